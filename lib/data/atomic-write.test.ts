import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFilesAtomically } from "./atomic-write";

async function dirWith(files: Record<string, string>) {
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function snapshot(dir: string) {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (n) => [n, await readFile(path.join(dir, n), "utf8")] as const),
    ),
  );
}

describe(writeFilesAtomically, () => {
  it("replaces and creates files, leaving no temporaries", async () => {
    const dir = await dirWith({ "a.csv": "old a", "keep.csv": "keep" });
    writeFilesAtomically(dir, { "a.csv": "new a", "b.csv": "new b" });
    expect(await snapshot(dir)).toEqual({ "a.csv": "new a", "b.csv": "new b", "keep.csv": "keep" });
  });

  it("leaves the folder exactly as it was when it fails halfway through", async () => {
    const before = { "a.csv": "old a", "b.csv": "old b", "keep.csv": "keep" };
    const dir = await dirWith(before);
    const failing = () =>
      writeFilesAtomically(
        dir,
        { "a.csv": "new a", "b.csv": "new b", "c.csv": "new c" },
        {
          beforeRename: (_name, i) => {
            if (i === 2) throw new Error("disk full (simulated)");
          },
        },
      );
    expect(failing).toThrow("disk full (simulated)");
    expect(await snapshot(dir)).toEqual(before);
  });
});
