import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { SIPRI_ID_COLUMN } from "../../lib/sipri-import";
import { median, ms, ratio, results, timePair } from "./report";
import { bareParse, fullImport } from "./sipri-once";

const SHARED_EXTRACT = path.resolve("../shared/sipri/trade_register_AZ-AM-IL.csv");

/** A 25,000-row trade register made by repeating the shared extract's rows under new deal ids. */
async function buildSipriExport(out: string, rows: number): Promise<string> {
  const text = await readFile(SHARED_EXTRACT, "utf8");
  const lines = text.split("\r\n");
  const headerAt = lines.findIndex((l) => l.startsWith(SIPRI_ID_COLUMN));
  const head = lines.slice(0, headerAt + 1);
  const body = lines.slice(headerAt + 1).filter((l) => l.trim() !== "");
  const repeated: string[] = [];
  for (let copy = 0; repeated.length < rows; copy++) {
    for (const line of body) {
      if (repeated.length === rows) break;
      const comma = line.indexOf(",");
      repeated.push(`${Number(line.slice(0, comma)) + copy * 1_000_000}${line.slice(comma)}`);
    }
  }
  const file = path.join(out, `sipri-${rows}.csv`);
  await writeFile(file, [...head, ...repeated].join("\r\n"));
  return file;
}

export async function benchSipri(out: string) {
  const file = await buildSipriExport(out, 25_000);
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-bench-"));
  const warm = await timePair(
    () => fullImport(file, dir),
    () => bareParse(file),
  );
  const cold = timeFreshProcesses(file, dir);
  const section = "SIPRI import (25,000-row export, 2.7 MB)";
  const baseline = (t: number) => `${ms(t)} (read + Papa.parse, delimiter ",")`;
  results.push(
    {
      section,
      figure:
        "full import: read, parse, check every row, total, write 2 datasets + source; warm, in-process (median of 15)",
      value: ms(warm.a),
      baseline: baseline(warm.b),
      ratio: ratio(warm.a, warm.b),
      target: "≤ 1.5×",
    },
    {
      section,
      figure: `the same, cold: one run per fresh process, as the command runs (median of ${COLD_RUNS})`,
      value: ms(cold.a),
      baseline: baseline(cold.b),
      ratio: ratio(cold.a, cold.b),
      target: "≤ 1.5×",
    },
  );
  await rm(dir, { recursive: true, force: true });
}

const COLD_RUNS = 15;

/** Each side run once in a new node process, alternating; the in-process times, medians. */
function timeFreshProcesses(file: string, dir: string) {
  const tsx = createRequire(import.meta.url).resolve("tsx");
  const once = (...args: string[]) =>
    Number(
      execFileSync(
        process.execPath,
        ["--import", tsx, "--conditions=react-server", "scripts/bench/sipri-once.ts", ...args],
        { encoding: "utf8" },
      ).trim(),
    );
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    ta.push(once("import", file, dir));
    tb.push(once("parse", file));
  }
  return { a: median(ta), b: median(tb) };
}
