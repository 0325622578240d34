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

/**
 * Times `a` and `b` in alternating batches, so drifts in machine load hit both alike; medians.
 * Each batch starts with an untimed run: it pays for the garbage the other side left behind
 * (collected while the next run waits on the disk), which is not its own cost. Within a batch
 * each run does pay for its own garbage, as a real run would.
 */
export async function timePair(
  a: () => Promise<unknown> | unknown,
  b: () => Promise<unknown> | unknown,
  rounds = 5,
  batch = 3,
) {
  const ta: number[] = [];
  const tb: number[] = [];
  const timeBatch = async (f: () => Promise<unknown> | unknown, into: number[]) => {
    await f();
    for (let i = 0; i < batch; i++) {
      const t = performance.now();
      await f();
      into.push(performance.now() - t);
    }
  };
  for (let r = 0; r < rounds; r++) {
    await timeBatch(a, ta);
    await timeBatch(b, tb);
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
