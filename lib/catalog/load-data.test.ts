import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getCatalog } from "./load-data";
import { DataProblemsError } from "../data/problems";

describe(getCatalog, () => {
  const dirs: string[] = [];
  afterAll(async () => {
    vi.unstubAllEnvs();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it("does not keep a failed load: once the file is fixed, the next call succeeds without a restart", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "flowledger-data-"));
    dirs.push(dir);
    for (const f of ["sources.csv", "corridor-places.csv", "corridor-places.meta.json"])
      await cp(path.join("data", f), path.join(dir, f));
    vi.stubEnv("FLOWLEDGER_DATA_DIR", dir);
    const good = await readFile(path.join(dir, "corridor-places.csv"), "utf8");
    // Truncated mid-row, as a failed copy leaves it.
    await writeFile(path.join(dir, "corridor-places.csv"), good.slice(0, good.length - 40));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = await getCatalog().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DataProblemsError);
    // The server's log gets the located lines.
    expect(String(log.mock.calls[0]?.[0])).toMatch(/data problem/);
    expect(String(log.mock.calls[0]?.[0])).toContain(`${dir.split(path.sep).pop()}`);
    log.mockRestore();
    await writeFile(path.join(dir, "corridor-places.csv"), good);
    const catalog = await getCatalog();
    expect(catalog.datasets.map((d) => d.slug)).toContain("corridor-places");
    // And once loaded, it is the same catalog for every caller.
    expect(await getCatalog()).toBe(catalog);
  });
});
