import { execFileSync } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { median, ms, ratio, results } from "./report";

const REGISTER = path.resolve("../shared/sipri/trade_register_all_1995-2025.csv");
const RUNS = 5;

/** Wall-clock milliseconds of one command, start-up included. */
function timeProcess(args: string[]): number {
  const t = performance.now();
  execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  return performance.now() - t;
}

/**
 * The SIPRI import as a reader runs it: `npm run import:sipri` on SIPRI's complete register
 * (25,024 rows) into a copy of data/, in a fresh process each time, validation and atomic write
 * included. Baseline, in the same run and interleaved: a fresh `node` that reads the same file
 * and parses it with papaparse, nothing else.
 */
export async function benchSipri() {
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-bench-sipri-"));
  await cp("data", dir, { recursive: true });
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const bare = `const Papa = require("papaparse"); Papa.parse(require("node:fs").readFileSync(${JSON.stringify(REGISTER)}, "utf8"), { delimiter: "," });`;
  const imports: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    imports.push(
      timeProcess([
        tsx,
        "--conditions=react-server",
        "scripts/import-sipri.ts",
        REGISTER,
        "--out",
        dir,
      ]),
    );
    parses.push(timeProcess(["-e", bare]));
  }
  await rm(dir, { recursive: true, force: true });
  const a = median(imports);
  const b = median(parses);
  results.push({
    section: "SIPRI import (complete register, 25,024 rows, 2.7 MB)",
    figure: `npm run import:sipri as a fresh process: read, check, total, validate the would-be data folder, write (median of ${RUNS})`,
    value: ms(a),
    baseline: `${ms(b)} (fresh node: read + Papa.parse)`,
    ratio: ratio(a, b),
    target: "≤ 2000 ms",
  });
}
