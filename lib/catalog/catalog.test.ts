import { describe, expect, it } from "vitest";
import {
  GOOD_ROW,
  HEADER,
  META,
  SOURCES_CSV,
  SOURCES_HEADER,
  catalogFrom,
  problemsOf,
} from "@/tests/helpers";
import { buildCatalog } from "./build";

const csv = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";

describe(buildCatalog, () => {
  it("types every column of a valid dataset", () => {
    const r = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "t.csv": csv(GOOD_ROW, "r2,2021,2021,Kazakhstan,-3.5,US$ m,,,y,src-a;src-b"),
      "t.meta.json": META,
    });
    expect(r.problems).toEqual([]);
    const [d] = r.catalog!.datasets;
    expect(d!.slug).toBe("t");
    expect(d!.rows).toEqual([
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
        start: "2021",
        end: "2021",
        name: "Kazakhstan",
        value: -3.5,
        unit: "US$ m",
        kind: "y",
        source_ids: ["src-a", "src-b"],
      },
    ]);
    expect(d!.citedSourceIds).toEqual(["src-a", "src-b"]);
    expect(r.catalog!.sources[1]).toMatchObject({
      id: "src-b",
      published: "2021",
      kind: "estimate",
    });
  });

  it("accepts a header-only dataset as an empty one", () => {
    const r = catalogFrom({ "sources.csv": SOURCES_CSV, "t.csv": csv(), "t.meta.json": META });
    expect(r.problems).toEqual([]);
    expect(r.catalog!.datasets[0]!.rows).toEqual([]);
  });

  // One fixture per rule: each breaks exactly one thing and names file, line and column.
  it.each([
    [
      "unparseable CSV (unterminated quote)",
      csv(GOOD_ROW, 'r2,2021,2021,"Kaz,40,%,,,x,src-a'),
      'data/t.csv:3: (file): unterminated quoted field (a " opens a cell that is never closed)',
    ],
    [
      "missing column",
      "id,start,end,name,value,unit,share,rank,kind\nr1,2020,2020,A,1,%,,,x\n",
      "data/t.csv:1: source_ids: missing column (declared in t.meta.json)",
    ],
    [
      "unexpected column",
      `${HEADER},extra\n${GOOD_ROW},z\n`,
      "data/t.csv:1: extra: unexpected column (not declared in t.meta.json)",
    ],
    [
      "wrong type (number)",
      csv(GOOD_ROW.replace(",40,", ",forty,")),
      'data/t.csv:2: value: "forty" is not a number (write digits with "." for decimals, e.g. 1234.5)',
    ],
    [
      "wrong type (integer)",
      csv(GOOD_ROW.replace(",12.5,2,", ",12.5,2.5,")),
      'data/t.csv:2: rank: "2.5" is not a whole number',
    ],
    [
      "percentage outside 0–100 (percent column)",
      csv(GOOD_ROW.replace(",12.5,", ",120,")),
      "data/t.csv:2: share: 120 is above the maximum 100",
    ],
    [
      "percentage outside 0–100 (a `% of` unit)",
      csv(GOOD_ROW.replace(",40,", ",140,")),
      'data/t.csv:2: value: 140 is outside 0–100 for a percentage ("% of X")',
    ],
    [
      "date that does not parse",
      csv(GOOD_ROW.replace("2020,2020-06", "2016-21,2020-06")),
      'data/t.csv:2: start: "2016-21" has no month 21',
    ],
    [
      "period end before its start",
      csv(GOOD_ROW.replace("2020,2020-06", "2020-06,2020-03")),
      "data/t.csv:2: end: 2020-03 is before start 2020-06",
    ],
    [
      "unknown source id",
      csv(GOOD_ROW.replace("src-a", "src-zz")),
      'data/t.csv:2: source_ids: unknown source id "src-zz" (not in data/sources.csv)',
    ],
    [
      "duplicate row",
      csv(GOOD_ROW, GOOD_ROW.replace("r1,", "r2,")),
      "data/t.csv:3: (file): duplicate row: same values as line 2",
    ],
    [
      "duplicate id",
      csv(GOOD_ROW, GOOD_ROW.replace(",40,", ",41,")),
      'data/t.csv:3: id: duplicate id "r1" (also on line 2)',
    ],
    [
      "empty required field",
      csv(GOOD_ROW.replace("Azerbaijan", "")),
      "data/t.csv:2: name: required value is empty",
    ],
    [
      "category outside its vocabulary",
      csv(GOOD_ROW.replace(",x,src", ",z,src")),
      'data/t.csv:2: kind: "z" is not one of: "x", "y"',
    ],
    [
      "ragged row",
      csv(GOOD_ROW + ",extra"),
      "data/t.csv:2: (file): row has 11 fields, header has 10",
    ],
  ])("rejects %s", (_rule, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it("rejects a source URL that is not http(s)", () => {
    const sources = `${SOURCES_HEADER}\nsrc-a,T,P,,javascript:alert(1),2020,2026-11-22,press,\nsrc-b,T,P,,https://x.org,,2026-11-22,press,\n`;
    expect(problemsOf(csv(GOOD_ROW), META, sources)).toEqual([
      'data/sources.csv:2: url: URL scheme "javascript:" is not allowed (only http and https)',
    ]);
  });

  it("requires a URL except for opinion articles (kind claim)", () => {
    const sources = `${SOURCES_HEADER}\nsrc-a,T,P,,,2020,2026-11-22,press,\nsrc-b,T,P,,,,2026-11-22,claim,address not known\n`;
    expect(problemsOf(csv(GOOD_ROW), META, sources)).toEqual([
      'data/sources.csv:2: url: required for a source of kind "press" (only kind "claim" may lack a URL)',
    ]);
  });

  it("rejects metadata that is not JSON, with the line of the error", () => {
    const r = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "t.csv": csv(GOOD_ROW),
      "t.meta.json": '{\n  "title": "x",\n}',
    });
    expect(r.problems.map((p) => `${p.file}:${p.line}: ${p.column}`)).toEqual([
      "data/t.meta.json:3: (file)",
    ]);
    expect(r.problems[0]!.message).toMatch(/^not valid JSON: /);
  });

  it("rejects metadata that refers to a column it does not declare", () => {
    const meta = {
      ...META,
      columns: META.columns.map((c) => (c.key === "value" ? { ...c, unitColumn: "units" } : c)),
    };
    expect(problemsOf(csv(GOOD_ROW), meta)).toEqual([
      'data/t.meta.json:1: columns.4.unitColumn: refers to column "units", which is not declared in "columns"',
    ]);
  });

  it("rejects metadata with an unknown column type", () => {
    const meta = { ...META, columns: [...META.columns, { key: "x", label: "X", type: "money" }] };
    expect(problemsOf(csv(GOOD_ROW), meta)[0]).toMatch(
      /^data\/t\.meta\.json:1: columns\.10\.type: /,
    );
  });

  it("reports a CSV without metadata and metadata without a CSV", () => {
    const r = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "orphan.csv": "a\n1\n",
      "lonely.meta.json": META,
    });
    expect(r.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      "data/orphan.csv: has no metadata file orphan.meta.json",
      "data/lonely.csv: file is missing (lonely.meta.json describes it)",
    ]);
  });

  it("hands out no catalog at all when any file has a problem", () => {
    const r = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "t.csv": csv(GOOD_ROW, "r2,bad"),
      "t.meta.json": META,
    });
    expect(r.catalog).toBeUndefined();
  });

  it("reports every problem of a file, capped with a count", () => {
    const rows = Array.from({ length: 150 }, (_, i) => `r${i},2020,2020,A,x,%,,,x,src-a`);
    const problems = problemsOf(csv(...rows));
    expect(problems).toHaveLength(101);
    expect(problems[100]).toBe("data/t.csv:1: (file): … and 50 more problems in this file");
  });
});

describe("claims ledger validation", () => {
  const CLAIMS_META = {
    title: "Claims",
    subtitle: "s",
    description: "d",
    units: "u",
    columns: [
      { key: "id", label: "ID", type: "id" },
      { key: "source_id", label: "Source", type: "sources" },
      { key: "quote", label: "Quote", type: "text" },
      {
        key: "verdict",
        label: "Verdict",
        type: "category",
        values: ["supported", "not supported", "made up"],
      },
      { key: "evidence", label: "Evidence", type: "evidence", optional: true },
    ],
    roles: { quote: "quote", verdict: "verdict" },
    charts: [],
    notes: [],
  };
  const claims = (...rows: string[]) =>
    ["id,source_id,quote,verdict,evidence", ...rows].join("\n") + "\n";
  const files = (claimsCsv: string) => ({
    "sources.csv": SOURCES_CSV,
    "t.csv": `${HEADER}\n${GOOD_ROW}\n`,
    "t.meta.json": META,
    "claims.csv": claimsCsv,
    "claims.meta.json": CLAIMS_META,
  });
  const problems = (csv: string) =>
    catalogFrom(files(csv)).problems.map((p) => `${p.file}:${p.line}: ${p.column}: ${p.message}`);

  it("accepts claims whose evidence resolves, and keeps the ledger apart from the datasets", () => {
    const r = catalogFrom(files(claims('c1,src-a,"Up to 40%",supported,t#r1;source:src-b')));
    expect(r.problems).toEqual([]);
    expect(r.catalog!.datasets.map((d) => d.slug)).toEqual(["t"]);
    expect(r.catalog!.claims!.rows[0]).toMatchObject({
      id: "c1",
      evidence: ["t#r1", "source:src-b"],
    });
  });

  it.each([
    [
      "an unknown dataset row",
      "c1,src-a,q,supported,t#r9",
      'data/claims.csv:2: evidence: evidence "t#r9": dataset t has no row "r9"',
    ],
    [
      "an unknown dataset",
      "c1,src-a,q,supported,nope#r1",
      'data/claims.csv:2: evidence: evidence "nope#r1": no dataset "nope"',
    ],
    [
      "an unknown source",
      "c1,src-a,q,supported,source:zz",
      'data/claims.csv:2: evidence: evidence "source:zz": no source "zz" in data/sources.csv',
    ],
    [
      "a malformed reference",
      "c1,src-a,q,supported,row 1 of t",
      'data/claims.csv:2: evidence: "row 1 of t" is not an evidence reference (write dataset-slug#row-id or source:source-id)',
    ],
    [
      "a verdict outside the meta's vocabulary",
      "c1,src-a,q,maybe,",
      'data/claims.csv:2: verdict: "maybe" is not one of: "supported", "not supported", "made up"',
    ],
    [
      "a verdict outside the fixed vocabulary",
      "c1,src-a,q,made up,",
      'data/claims.csv:2: verdict: unknown verdict "made up" (use one of: supported, broadly supported, one of several estimates, period-dependent, right figure, wrong period, half supported, not supported, not found, unverified)',
    ],
    [
      "a missing quote",
      "c1,src-a,,supported,",
      "data/claims.csv:2: quote: required value is empty",
    ],
  ])("rejects %s", (_what, row, expected) => {
    expect(problems(claims(row))).toEqual([expected]);
  });
});
