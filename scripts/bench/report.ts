/** The one table `npm run bench` prints: each figure beside a baseline measured in the same run. */
export interface BenchRow {
  section: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
}

export const results: BenchRow[] = [];

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

/** Alternates the two measurements so drifts in machine load hit both alike; medians. */
export async function timePair(
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

export function printTable(rows: BenchRow[]) {
  const headers: (keyof BenchRow)[] = ["section", "figure", "value", "baseline", "ratio", "target"];
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => r[h].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(headers.map((h) => r[h])));
}
