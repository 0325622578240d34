import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/build";
import type { DataFile } from "@/lib/data/catalog";

/**
 * Fuzzing the loader with the real data files: 1,000 random mutations (byte flips, truncations,
 * inserted quotes, delimiters, line breaks and NULs, dropped or doubled lines), from a fixed
 * seed so a failure can be replayed. Each must end in a catalog or in located problems: never
 * an exception, never a hang.
 */
const DATA = path.resolve(import.meta.dirname, "../data");
const all: DataFile[] = readdirSync(DATA)
  .filter((n) => n.endsWith(".csv") || n.endsWith(".meta.json"))
  .sort()
  // Plain Uint8Array copies: a Buffer's slice() is a view, and mutating it would corrupt the originals.
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(DATA, name))) }));

/**
 * The imported statistics (tens of thousands of rows, megabytes) cut to their first 200 rows
 * plus every row another file names (claims' evidence, key figures): the same formats and
 * references, small enough for a thousand full catalogs. Their own parsing is fuzzed through
 * the same reader; the importers' tests cover the workbooks they come from.
 */
const BIG = 500_000;
const decoder = new TextDecoder();
const named = new Set(
  all
    .filter((f) => f.bytes.length < BIG)
    .flatMap((f) => decoder.decode(f.bytes).match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []),
);
const files: DataFile[] = all.map((f) => {
  if (f.bytes.length < BIG || !f.name.endsWith(".csv")) return f;
  const lines = decoder.decode(f.bytes).split("\r\n");
  const kept = lines.filter((line, i) => i <= 200 || named.has(line.slice(0, line.indexOf(","))));
  return { name: f.name, bytes: new TextEncoder().encode(kept.join("\r\n")) };
});

/**
 * Datasets whose metadata names other datasets or ledger claims (in `sections`) need those,
 * and so everything, to validate.
 */
const withLedger = new Set(
  files
    .filter(
      (f) =>
        f.name.endsWith(".meta.json") && new TextDecoder().decode(f.bytes).includes('"sections"'),
    )
    .map((f) => f.name.replace(".meta.json", "")),
);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const INSERTS = ['"', ",", "\n", "\r", "\r\n", ";", "\u0000", "'", "\ufeff", '""', "\u00e9"].map(
  (s) => new TextEncoder().encode(s),
);

function mutate(bytes: Uint8Array, rand: () => number): { bytes: Uint8Array; what: string } {
  const at = Math.floor(rand() * (bytes.length + 1));
  const op = Math.floor(rand() * 6);
  const out = (parts: Uint8Array[]) => {
    const total = parts.reduce((n, p) => n + p.length, 0);
    const b = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      b.set(p, o);
      o += p.length;
    }
    return b;
  };
  switch (op) {
    case 0: {
      const b = bytes.slice();
      if (b.length) b[Math.min(at, b.length - 1)] = Math.floor(rand() * 256);
      return { bytes: b, what: `flip byte ${at}` };
    }
    case 1:
      return { bytes: bytes.slice(0, at), what: `truncate at ${at}` };
    case 2: {
      const ins = INSERTS[Math.floor(rand() * INSERTS.length)]!;
      return {
        bytes: out([bytes.slice(0, at), ins, bytes.slice(at)]),
        what: `insert ${JSON.stringify(new TextDecoder().decode(ins))} at ${at}`,
      };
    }
    case 3: {
      const len = Math.floor(rand() * 200);
      return {
        bytes: out([bytes.slice(0, at), bytes.slice(at + len)]),
        what: `delete ${len} bytes at ${at}`,
      };
    }
    case 4: {
      // Double a line: a duplicate row (or header).
      const text = new TextDecoder().decode(bytes);
      const lines = text.split("\n");
      const i = Math.floor(rand() * lines.length);
      lines.splice(i, 0, lines[i]!);
      return { bytes: new TextEncoder().encode(lines.join("\n")), what: `double line ${i + 1}` };
    }
    default: {
      const b = bytes.slice();
      for (let k = 0; k < 8 && b.length; k++)
        b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      return { bytes: b, what: "scramble 8 bytes" };
    }
  }
}

describe("fuzzing the loader with mutated real data", () => {
  it("ends every one of 1,000 mutations in a catalog or located problems, within bounds", () => {
    const rand = rng(20261122);
    const started = Date.now();
    let rejected = 0;
    for (let i = 0; i < 1000; i++) {
      const target = Math.floor(rand() * files.length);
      const { bytes, what } = mutate(files[target]!.bytes, rand);
      const label = `case ${i}: ${files[target]!.name}, ${what}`;
      // A dataset file is checked with sources.csv and its own pair; sources and the claims
      // ledger (whose evidence points into every dataset) with everything.
      const name = files[target]!.name;
      const slug = name.replace(/\.(csv|meta\.json)$/, "");
      const alone = slug !== "sources" && slug !== "claims" && !withLedger.has(slug);
      const mutated = files
        .filter(
          (f) =>
            !alone ||
            f.name === "sources.csv" ||
            f.name === `${slug}.csv` ||
            f.name === `${slug}.meta.json`,
        )
        .map((f) => (f.name === name ? { name, bytes } : f));

      const t = Date.now();
      let result;
      try {
        result = buildCatalog(mutated);
      } catch (e) {
        throw new Error(`${label}: threw ${String(e)}`);
      }
      expect(Date.now() - t, `${label}: took too long`).toBeLessThan(5_000);
      if (!result.catalog) {
        rejected++;
        expect(result.problems.length, label).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(p.file, label).toMatch(/^data\/[a-z0-9.-]+$/);
          expect(Number.isInteger(p.line) && p.line >= 1, `${label}: line ${p.line}`).toBe(true);
          expect(p.column.length, label).toBeGreaterThan(0);
          expect(p.message.length, label).toBeGreaterThan(0);
        }
      } else expect(result.problems, label).toEqual([]);
    }
    // The mutations must actually break things most of the time, or this test proves little.
    console.log(
      `fuzz: ${rejected} of 1000 mutations rejected with located problems, ${1000 - rejected} accepted, in ${Date.now() - started} ms`,
    );
    expect(rejected).toBeGreaterThan(500);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
