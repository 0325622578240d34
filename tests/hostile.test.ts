import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/build";
import type { CatalogResult } from "@/lib/data/catalog";
import { toCsv } from "@/lib/data/export";
import { formatProblem } from "@/lib/data/problems";
import { GOOD_ROW, HEADER, META, SOURCES_CSV } from "./helpers";

/**
 * The hostile corpus: files a careless or malicious contributor could drop into data/. Each
 * one is either accepted with exactly the right values or rejected with exactly the right
 * `file:line: column: message`, and nothing ever throws. A file named `*.sources.csv` stands in
 * for data/sources.csv, `*.meta.json` for the dataset's metadata, anything else for its CSV.
 */
const DIR = path.join(import.meta.dirname, "fixtures/hostile");
const enc = new TextEncoder();

function run(replacements: Record<string, Uint8Array>): CatalogResult {
  const files: Record<string, Uint8Array> = {
    "sources.csv": enc.encode(SOURCES_CSV),
    "t.meta.json": enc.encode(JSON.stringify(META)),
    "t.csv": enc.encode(`${HEADER}\n${GOOD_ROW}\n`),
    ...replacements,
  };
  return buildCatalog(Object.entries(files).map(([name, bytes]) => ({ name, bytes })));
}

function fixture(name: string): CatalogResult {
  const bytes = readFileSync(path.join(DIR, name));
  const target = name.endsWith(".sources.csv")
    ? "sources.csv"
    : name.endsWith(".meta.json")
      ? "t.meta.json"
      : "t.csv";
  return run({ [target]: bytes });
}

const problems = (r: CatalogResult) => r.problems.map(formatProblem);
const rows = (r: CatalogResult) => r.catalog!.datasets[0]!.rows;

const REJECTED: Record<string, string[]> = {
  "01-unterminated-quote.csv": [
    'data/t.csv:3: (file): unterminated quoted field (a " opens a cell that is never closed)',
  ],
  "02-ragged-rows.csv": [
    "data/t.csv:3: (file): row has 5 fields, header has 10",
    "data/t.csv:4: (file): row has 11 fields, header has 10",
  ],
  "04-latin1.csv": [
    "data/t.csv:3: (file): file is not valid UTF-8 (e.g. saved as Latin-1/Windows-1252); save it as UTF-8",
  ],
  "05-nul-byte.csv": ["data/t.csv:3: (file): contains a NUL byte: this is not a text CSV file"],
  "08-duplicate-headers.csv": ["data/t.csv:1: name: duplicate column name (also column 4)"],
  "10-thousands-separator.csv": [
    'data/t.csv:2: value: "1,234.5" is not a number (remove the thousands separators)',
  ],
  "11-decimal-comma.csv": [
    'data/t.csv:2: value: "12,5" is not a number (use "." as the decimal separator)',
  ],
  "12-huge-number.csv": [
    'data/t.csv:2: value: "1e309" is not a number (far too large to be a figure)',
  ],
  "13-nan.csv": [
    'data/t.csv:2: value: "NaN" is not a number (write digits with "." for decimals, e.g. 1234.5)',
  ],
  "15-percent-sign.csv": [
    'data/t.csv:2: value: "40%" is not a number (drop the % sign: the unit belongs in the metadata or unit column)',
  ],
  "16-bad-period.csv": ['data/t.csv:2: start: "2016-21" has no month 21'],
  "17-unknown-source.csv": [
    'data/t.csv:2: source_ids: unknown source id "src-nowhere" (not in data/sources.csv)',
  ],
  "18-javascript-url.sources.csv": [
    'data/sources.csv:2: url: URL scheme "javascript:" is not allowed (only http and https)',
  ],
  "19-data-url.sources.csv": [
    'data/sources.csv:3: url: URL scheme "data:" is not allowed (only http and https)',
  ],
  "23-meta-declares-missing-column.meta.json": [
    "data/t.csv:1: extra: missing column (declared in t.meta.json)",
  ],
  "24-empty-file.csv": ["data/t.csv:1: (file): file is empty: expected a header row"],
  "25-percent-out-of-range.csv": [
    'data/t.csv:2: value: 140 is outside 0–100 for a percentage ("% of X")',
    "data/t.csv:3: share: 101 is above the maximum 100",
  ],
  "26-duplicate-id.csv": ['data/t.csv:3: id: duplicate id "r1" (also on line 2)'],
  "27-blank-required.csv": [
    "data/t.csv:2: start: required value is empty",
    "data/t.csv:3: name: required value is empty",
    "data/t.csv:3: source_ids: required value is empty",
  ],
  "29-multiline-cell.csv": [
    'data/t.csv:4: value: "forty" is not a number (write digits with "." for decimals, e.g. 1234.5)',
  ],
  "30-unknown-column-type.meta.json": [
    'data/t.meta.json:1: columns.2.type: Invalid option: expected one of "id"|"text"|"category"|"number"|"percent"|"integer"|"date"|"sources"|"url"|"evidence"',
  ],
  "31-meta-is-an-array.meta.json": [
    "data/t.meta.json:1: (file): Invalid input: expected object, received array",
  ],
  "32-period-reversed.csv": ["data/t.csv:2: end: 2021-03 is before start 2021-06"],
  "33-scientific-notation.csv": [
    'data/t.csv:2: value: "1e3" is not a number (write the number without an exponent)',
  ],
  "34-year-out-of-range.csv": [
    "data/t.csv:2: start: year 1066 is out of range (1900–2100)",
    "data/t.csv:2: end: year 1066 is out of range (1900–2100)",
  ],
  "35-category-injection.csv": ['data/t.csv:2: kind: "x;DROP TABLE" is not one of: "x", "y"'],
};

describe("hostile data corpus", () => {
  it.each(Object.entries(REJECTED))(
    "rejects %s with located problems and no data",
    (name, expected) => {
      const r = fixture(name);
      expect(problems(r)).toEqual(expected);
      expect(r.catalog).toBeUndefined();
    },
  );

  it("rejects metadata that is not JSON at the line of the error", () => {
    const p = problems(fixture("22-not-json.meta.json"));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^data\/t\.meta\.json:4: \(file\): not valid JSON: /);
  });

  it("accepts BOM + CRLF and reads the values exactly", () => {
    expect(rows(fixture("03-bom-crlf.csv"))).toEqual([
      {
        id: "r1",
        start: "2020",
        end: "2020-06",
        name: "Azerbaijan",
        value: 40,
        unit: "% of X",
        share: 12.5,
        rank: 2,
        kind: "x",
        source_ids: ["src-a"],
      },
      {
        id: "r2",
        start: "2021-01",
        end: "2021-12",
        name: "Kazakhstan, via CPC",
        value: -3.5,
        unit: "US$ m",
        kind: "y",
        source_ids: ["src-a", "src-b"],
      },
    ]);
  });

  it("accepts a header-only file as an empty dataset", () => {
    expect(rows(fixture("09-header-only.csv"))).toEqual([]);
  });

  it("reads -0 as the number 0", () => {
    expect(rows(fixture("14-negative-zero.csv"))[0]).toMatchObject({ value: 0, share: 0 });
    expect(Object.is(rows(fixture("14-negative-zero.csv"))[0]!.value, -0)).toBe(false);
  });

  it("keeps HTML in text cells as text, exactly", () => {
    expect(rows(fixture("20-html-in-text.csv")).map((r) => r.name)).toEqual([
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(2)">',
    ]);
  });

  it("keeps a quote inside an unquoted cell as a literal quote", () => {
    expect(rows(fixture("28-quote-inside-cell.csv"))[0]!.name).toBe('say "hi"');
  });

  it("keeps formula-looking text as data, and neutralises it in downloads while numbers stay numbers", () => {
    const data = rows(fixture("21-formula-cells.csv"));
    expect(data.map((r) => r.name)).toEqual([
      '=HYPERLINK("http://evil.example","click")',
      "+cmd|' /C calc'!A0",
      "@SUM(A1:A2)",
      "-2+3",
    ]);
    const csv = toCsv(["name", "value"], data).split("\r\n");
    // Each neutralised cell is also quoted (papaparse quotes what it escapes); numbers are bare.
    expect(csv).toEqual([
      "name,value",
      `"'=HYPERLINK(""http://evil.example"",""click"")",1`,
      `"'+cmd|' /C calc'!A0",2`,
      `"'@SUM(A1:A2)",3`,
      `"'-2+3",4`,
      "",
    ]);
  });

  it("rejects a 5 MB single cell without passing it on", () => {
    const r = run({
      "t.csv": enc.encode(`${HEADER}\nr1,2020,2020,${"x".repeat(5_000_000)},40,% of X,,,x,src-a\n`),
    });
    expect(problems(r)).toEqual([
      "data/t.csv:2: name: cell is 5000000 characters long (limit 100000)",
    ]);
  });

  it("rejects 10,000 columns with one message", () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",");
    expect(problems(run({ "t.csv": enc.encode(`${wide}\n${wide}\n`) }))).toEqual([
      "data/t.csv:1: (file): header has 10000 columns (limit 500)",
    ]);
  });
});

describe("the validator and the build on hostile data", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const brokenDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "flowledger-hostile-"));
    writeFileSync(
      path.join(dir, "sources.csv"),
      readFileSync(path.join(DIR, "18-javascript-url.sources.csv")),
    );
    writeFileSync(path.join(dir, "t.meta.json"), JSON.stringify(META));
    writeFileSync(path.join(dir, "t.csv"), readFileSync(path.join(DIR, "05-nul-byte.csv")));
    return dir;
  };

  it("npm run validate prints located problems and exits 1, without a stack trace", () => {
    const r = spawnSync(
      process.execPath,
      [tsx, "--conditions=react-server", "scripts/validate.ts", brokenDir()],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sources\.csv:2: url: URL scheme "javascript:" is not allowed/);
    expect(r.stderr).toMatch(/t\.csv:3: \(file\): contains a NUL byte/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("next build stops on the same problems, without a stack trace", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/next/dist/bin/next"), "build"],
      {
        cwd: root,
        encoding: "utf8",
        env: {
          ...process.env,
          FLOWLEDGER_DATA_DIR: brokenDir(),
          FLOWLEDGER_DIST_DIR: ".next-hostile",
          FLOWLEDGER_DATA_VALIDATED: "",
        },
        timeout: 120_000,
      },
    );
    expect(r.status).toBe(1);
    const out = `${r.stdout}${r.stderr}`;
    expect(out).toMatch(/t\.csv:3: \(file\): contains a NUL byte/);
    expect(out).toMatch(/Build stopped: fix the data problems above/);
    expect(out).not.toMatch(/\n\s+at /);
  });
});
