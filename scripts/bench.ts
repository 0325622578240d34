/**
 * `npm run bench [-- section…]`: prints one table of measured figures, each beside a baseline
 * measured in the same run (these machines are noisy: read the ratios, not the milliseconds).
 * Sections: sipri. Generated inputs go to bench-output/ (never committed).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Papa from "papaparse";
import { DEFAULT_SIPRI_OPTIONS } from "../lib/sipri-datasets";
import { SIPRI_ID_COLUMN } from "../lib/sipri-import";
import { importSipri } from "./import-sipri";

const OUT = path.resolve("bench-output");
const SHARED_EXTRACT = path.resolve("../shared/sipri/trade_register_AZ-AM-IL.csv");

interface Row {
  section: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
}

const results: Row[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Alternates the two measurements so drifts in machine load hit both alike. */
async function timePair(
  a: () => Promise<unknown> | unknown,
  b: () => Promise<unknown> | unknown,
  runs = 7,
) {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  return { a: median(ta), b: median(tb) };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** A 25,000-row trade register made by repeating the shared extract's rows under new deal ids. */
async function buildSipriExport(rows: number): Promise<string> {
  const text = await readFile(SHARED_EXTRACT, "utf8");
  const lines = text.split("\r\n");
  const headerAt = lines.findIndex((l) => l.startsWith(SIPRI_ID_COLUMN));
  const head = lines.slice(0, headerAt + 1);
  const body = lines.slice(headerAt + 1).filter((l) => l.trim() !== "");
  const out: string[] = [];
  for (let copy = 0; out.length < rows; copy++) {
    for (const line of body) {
      if (out.length === rows) break;
      const comma = line.indexOf(",");
      out.push(`${Number(line.slice(0, comma)) + copy * 1_000_000}${line.slice(comma)}`);
    }
  }
  const file = path.join(OUT, `sipri-${rows}.csv`);
  await writeFile(file, [...head, ...out].join("\r\n"));
  return file;
}

async function benchSipri() {
  const file = await buildSipriExport(25_000);
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-bench-"));
  const fullImport = async () => {
    const r = await importSipri(file, dir, DEFAULT_SIPRI_OPTIONS);
    if (!r.ok) throw new Error(r.problems[0]);
  };
  // Papaparse's default delimiter detection picks ";" on a SIPRI file (every line ends in one)
  // and returns two-field rows; the fair baseline parses the same 17 columns as the import.
  const bareParse = async () => {
    const text = await readFile(file, "utf8");
    Papa.parse(text, { header: false, delimiter: "," });
  };
  const t = await timePair(fullImport, bareParse);
  results.push({
    section: "SIPRI import (25,000-row export, 2.7 MB)",
    figure:
      "full import: read, parse, check every row, total, write 2 datasets + source (in-process)",
    value: ms(t.a),
    baseline: `${ms(t.b)} (read + Papa.parse, delimiter ",")`,
    ratio: `${(t.a / t.b).toFixed(2)}×`,
    target: "≤ 1.5×",
  });
  await rm(dir, { recursive: true, force: true });
}

function printTable(rows: Row[]) {
  const headers: (keyof Row)[] = ["section", "figure", "value", "baseline", "ratio", "target"];
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => r[h].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(headers.map((h) => r[h])));
}

const SECTIONS: Record<string, () => Promise<void>> = { sipri: benchSipri };

async function main() {
  await mkdir(OUT, { recursive: true });
  const wanted = process.argv.slice(2);
  for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) {
    const run = SECTIONS[name];
    if (!run)
      throw new Error(`unknown section "${name}" (have: ${Object.keys(SECTIONS).join(", ")})`);
    await run();
  }
  printTable(results);
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
