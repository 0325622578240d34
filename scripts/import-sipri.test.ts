import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { snapshot, sourcesOnly } from "@/tests/helpers";

const root = path.resolve(import.meta.dirname, "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const fixtures = path.join(root, "tests/fixtures/sipri");

function importSipri(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [tsx, "--conditions=react-server", "scripts/import-sipri.ts", ...args],
    { cwd: root, encoding: "utf8" },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function copyOfData() {
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-data-"));
  await cp(path.join(root, "data"), dir, { recursive: true });
  return dir;
}

describe("npm run import:sipri", () => {
  it("imports a trade register into a data folder that then validates", async () => {
    const out = await sourcesOnly();
    const r = importSipri(
      path.join(fixtures, "register-crlf.csv"),
      "--out",
      out,
      "--deliveries",
      "Israel>Azerbaijan",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^Imported 5 register rows \(data generated 2026-02-12\): 4 yearly supplier–recipient totals/,
    );
    const transfers = await readFile(path.join(out, "arms-transfers.csv"), "utf8");
    expect(transfers.split("\r\n")[1]).toBe(
      "2016-israel-azerbaijan,2016,Israel,Azerbaijan,60,1,sipri-at-db-2026-02-12",
    );
    const v = spawnSync(
      process.execPath,
      [tsx, "--conditions=react-server", "scripts/validate.ts", out],
      { cwd: root, encoding: "utf8" },
    );
    expect(v.status).toBe(0);
    // Running it again on the same input changes nothing.
    const first = await snapshot(out);
    expect(
      importSipri(
        path.join(fixtures, "register-crlf.csv"),
        "--out",
        out,
        "--deliveries",
        "Israel>Azerbaijan",
      ).status,
    ).toBe(0);
    expect(await snapshot(out)).toEqual(first);
  });

  it.each([
    [
      "not-sipri.csv",
      'not-sipri.csv:1: (file): not a SIPRI trade register: no header row with "SIPRI AT Database ID"',
    ],
    ["truncated.csv", "truncated.csv:11: (file): row has 6 fields, header has 17"],
    ["bad-values.csv", 'bad-values.csv:9: TIV delivery values: "3O.1" is not a number'],
  ])(
    "refuses %s with a located message and leaves the data folder untouched",
    async (name, message) => {
      const out = await copyOfData();
      const before = await snapshot(out);
      const r = importSipri(path.join(fixtures, name), "--out", out);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain("no file was changed");
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(await snapshot(out)).toEqual(before);
    },
  );

  it("validates the data folder as it would be, and writes nothing when it would not validate", async () => {
    // A new vintage replaces the SIPRI source row, but the claims ledger still cites the old one
    // as evidence: the import must refuse, naming the file and line that would break.
    const out = await copyOfData();
    const before = await snapshot(out);
    const r = importSipri(
      path.join(fixtures, "register-crlf.csv"),
      "--out",
      out,
      "--vintage",
      "2027-01-01",
    );
    expect(r.status).toBe(1);
    const claims = (await readFile(path.join(out, "claims.csv"), "utf8")).split(/\r?\n/);
    const line = claims.findIndex((l) => l.includes("source:sipri-at-db-2026-02-12")) + 1;
    expect(line).toBeGreaterThan(1);
    expect(r.stderr).toContain(
      `claims.csv:${line}: evidence: evidence "source:sipri-at-db-2026-02-12": no source "sipri-at-db-2026-02-12"`,
    );
    expect(r.stderr).toContain("no file was changed");
    expect(await snapshot(out)).toEqual(before);
  });

  it("explains its usage when called without a file", () => {
    const r = importSipri();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage: npm run import:sipri --");
  });

  it("leaves the data folder exactly as it was when the import fails halfway through writing", async () => {
    const { importSipri } = await import("@/lib/sipri/import");
    const { DEFAULT_SIPRI_OPTIONS } = await import("@/lib/sipri/datasets");
    const out = await sourcesOnly();
    await cp(path.join(root, "data/arms-transfers.csv"), path.join(out, "arms-transfers.csv"));
    await cp(
      path.join(root, "data/arms-transfers.meta.json"),
      path.join(out, "arms-transfers.meta.json"),
    );
    const before = await snapshot(out);
    const failing = importSipri(
      path.join(fixtures, "register-crlf.csv"),
      out,
      DEFAULT_SIPRI_OPTIONS,
      undefined,
      {
        beforeRename: (_name, i) => {
          if (i === 2) throw new Error("disk full (simulated) after two files were replaced");
        },
      },
    );
    await expect(failing).rejects.toThrow("disk full (simulated)");
    expect(await snapshot(out)).toEqual(before);
  });
});
