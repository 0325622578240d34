import { cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildCatalog } from "@/lib/catalog/build";
import type { CatalogResult, Dataset } from "@/lib/data/catalog";
import { resolveRoles } from "@/lib/data/roles";
import { datasetMetaSchema, type DataRow } from "@/lib/data/schema";
import { formatProblem } from "@/lib/data/problems";

export const SOURCES_HEADER = "id,title,publisher,author,url,published,accessed,kind,note";
export const SOURCES_CSV = `${SOURCES_HEADER}
src-a,Title A,Publisher A,,https://example.org/a,2020-01-02,2026-11-22,press,
src-b,Title B,Publisher B,,http://example.org/b,2021,2026-11-22,estimate,
`;

/** A small dataset spec covering every column type, for fixtures to break one rule at a time. */
export const META = {
  title: "Test",
  subtitle: "Sub",
  description: "Desc",
  units: "Units.",
  columns: [
    { key: "id", label: "ID", type: "id" },
    { key: "start", label: "Start", type: "date" },
    { key: "end", label: "End", type: "date", notBefore: "start" },
    { key: "name", label: "Name", type: "text" },
    { key: "value", label: "Value", type: "number", unitColumn: "unit" },
    { key: "unit", label: "Unit", type: "text" },
    { key: "share", label: "Share", type: "percent", optional: true },
    { key: "rank", label: "Rank", type: "integer", optional: true, min: 1 },
    { key: "kind", label: "Kind", type: "category", values: ["x", "y"] },
    { key: "source_ids", label: "Source", type: "sources" },
  ],
  roles: { value: "value", period: { start: "start", end: "end" }, labels: ["name"] },
  charts: [],
  notes: [],
};

export const HEADER = "id,start,end,name,value,unit,share,rank,kind,source_ids";
export const GOOD_ROW = "r1,2020,2020-06,Azerbaijan,40,% of X,12.5,2,x,src-a";

export function catalogFrom(files: Record<string, string | object | Uint8Array>): CatalogResult {
  const enc = new TextEncoder();
  return buildCatalog(
    Object.entries(files).map(([name, content]) => ({
      name,
      bytes:
        content instanceof Uint8Array
          ? content
          : enc.encode(typeof content === "string" ? content : JSON.stringify(content, null, 2)),
    })),
  );
}

/** Problems of a one-dataset fixture (`t.csv` + `t.meta.json`), formatted as the CLI prints them. */
export function problemsOf(
  csv: string | Uint8Array,
  meta: object = META,
  sources = SOURCES_CSV,
): string[] {
  return catalogFrom({ "sources.csv": sources, "t.csv": csv, "t.meta.json": meta }).problems.map(
    formatProblem,
  );
}

/** A dataset built from metadata and typed rows directly (no CSV), for component tests. */
export function datasetOf(meta: object, rows: DataRow[], slug = "t"): Dataset {
  const parsed = datasetMetaSchema.parse(meta);
  return {
    slug,
    meta: parsed,
    roles: resolveRoles(parsed),
    rows,
    citedSourceIds: [],
    lines: rows.map((_, i) => i + 2),
  };
}

/**
 * A small catalog shaped like the real one: oil-share estimates (with ranges, hedges and a
 * method column), SIPRI-like transfers, SIPRI shares as published (with a comparison section
 * shown on the transfers page too) and a claims ledger citing rows of each.
 */
export const MINI = {
  "sources.csv": `${SOURCES_HEADER}
src-a,Title A,Publisher A,,https://example.org/a,2020-01-02,2026-11-22,press,
src-b,Title B,Publisher B,,http://example.org/b,2021,2026-11-22,estimate,
sipri,SIPRI register,SIPRI,,https://www.sipri.org,2026-02-12,2026-11-22,dataset,"Export selection as SIPRI states it: ""Transfers from All countries to All countries""."
art,An article,Blog,,,2025,2026-11-22,claim,
`,
  "oil.csv": `id,kind,start,end,label,supplier,metric,denominator,measure,qualifier,value,high,unit,basis,original,reported_as,source_ids,quote
o1,span,2018,2018,2018 (full year),Azerbaijan,share of crude deliveries,crude deliveries,,,22,,% of crude deliveries,tanker tracking,,,src-b,"""22pc"""
o2,as-of,2020-03,2020-03,as of March 2020,Azerbaijan,share of oil needs,oil needs,,about,40,45,% of oil needs,not stated,,,src-a,"""40-45 percent"""
o3,span,2025,2025,2025,Russia,share of oil imports,oil imports,,about,28,,% of oil imports,tanker tracking,Reuters,verbatim,src-b,"""28 percent"""
o4,span,2025,2025,2025,Azerbaijan,crude imported,,crude volume,,94000,,b/d,tanker tracking,Reuters,verbatim,src-b,"""94,000"""
o5,span,2025,2025,2025,Azerbaijan,crude imported,,crude volume,about,94000,,b/d,tanker tracking,Reuters,translated,src-a,"""94 bin"""
o6,since,2019,,,Azerbaijan,crude imported,,crude volume,,74000,,b/d,tanker tracking,,,src-a,"""74,000 since"""
o7,undated,,,,Azerbaijan,share of oil needs,oil needs,,,25,,% of oil needs,not stated,,,src-b,"""one in four"""
`,
  "oil.meta.json": {
    title: "Oil",
    subtitle: "s",
    description: "d",
    units: "u",
    columns: [
      { key: "id", label: "ID", type: "id", display: { hidden: true } },
      {
        key: "kind",
        label: "Period stated as",
        type: "category",
        values: ["span", "as-of", "year-to-date", "since", "undated"],
      },
      {
        key: "start",
        label: "Period",
        type: "date",
        optional: true,
        display: { labelColumn: "label" },
      },
      {
        key: "end",
        label: "End",
        type: "date",
        optional: true,
        notBefore: "start",
        display: { hidden: true },
      },
      {
        key: "label",
        label: "Period as stated",
        type: "text",
        optional: true,
        display: { hidden: true },
      },
      { key: "supplier", label: "Supplier", type: "text" },
      { key: "metric", label: "Metric", type: "text" },
      {
        key: "denominator",
        label: "Share of",
        type: "category",
        optional: true,
        values: ["crude deliveries", "oil needs", "oil imports"],
        definitions: {
          "crude deliveries": "Crude cargoes delivered.",
          "oil needs": "All oil used.",
          "oil imports": "Crude and products imported.",
        },
      },
      {
        key: "measure",
        label: "Measure",
        type: "category",
        optional: true,
        values: ["crude volume"],
        definitions: { "crude volume": "Crude imported, b/d." },
      },
      {
        key: "qualifier",
        label: "Qualifier",
        type: "category",
        optional: true,
        values: ["about"],
        display: { hidden: true },
      },
      {
        key: "value",
        label: "Value",
        type: "number",
        unitColumn: "unit",
        display: { prefixColumn: "qualifier", rangeEndColumn: "high" },
      },
      {
        key: "high",
        label: "High",
        type: "number",
        unitColumn: "unit",
        optional: true,
        display: { hidden: true },
      },
      { key: "unit", label: "Unit", type: "text" },
      { key: "basis", label: "Basis", type: "category", values: ["tanker tracking", "not stated"] },
      { key: "original", label: "First published by", type: "text", optional: true },
      {
        key: "reported_as",
        label: "Reported as",
        type: "category",
        optional: true,
        values: ["verbatim", "translated"],
        display: { hidden: true },
      },
      { key: "source_ids", label: "Source", type: "sources" },
      { key: "quote", label: "Quote", type: "text", display: { hidden: true } },
    ],
    roles: {
      value: "value",
      period: { start: "start", end: "end" },
      periodKind: "kind",
      labels: ["supplier", "metric"],
      denominator: "denominator",
      measure: "measure",
      original: "original",
      reportedAs: "reported_as",
      quote: "quote",
    },
    keyFigure: { type: "latest", label: "Azerbaijan's share", where: { supplier: ["Azerbaijan"] } },
    charts: [
      {
        type: "estimates",
        id: "shares",
        title: "Shares",
        where: { unit: ["% of crude deliveries", "% of oil needs", "% of oil imports"] },
        value: "value",
        series: ["supplier", "denominator"],
        yLabel: "%",
      },
      {
        type: "estimates",
        id: "volumes",
        title: "Volumes",
        where: { measure: ["crude volume"] },
        value: "value",
        series: ["supplier", "measure"],
        yLabel: "b/d",
      },
    ],
    sections: [
      {
        type: "disagreements",
        views: [
          {
            type: "estimates",
            id: "az",
            title: "Azerbaijan",
            where: { supplier: ["Azerbaijan"], unit: ["% of crude deliveries", "% of oil needs"] },
            method: { column: "basis", without: ["not stated"] },
            claims: ["c1", "c2"],
            yLabel: "%",
          },
        ],
      },
    ],
    notes: [],
  },
  "transfers.csv": `id,year,supplier,recipient,tiv_m,source_ids
t1,2016,Israel,Azerbaijan,60,sipri
t2,2016,Russia,Azerbaijan,20,sipri
t3,2017,Israel,Azerbaijan,30,sipri
t4,2020,Israel,Azerbaijan,10,sipri
t5,2020,Turkiye,Azerbaijan,30,sipri
t6,2020,Israel,India,100,sipri
`,
  "transfers.meta.json": {
    title: "Transfers",
    subtitle: "s",
    description: "d",
    units: "TIV m",
    vintage: "2026-02-12",
    columns: [
      { key: "id", label: "ID", type: "id", display: { hidden: true } },
      { key: "year", label: "Year", type: "integer", display: { plain: true } },
      { key: "supplier", label: "Supplier", type: "text" },
      { key: "recipient", label: "Recipient", type: "text" },
      { key: "tiv_m", label: "TIV", type: "number", unit: "TIV m" },
      { key: "source_ids", label: "Source", type: "sources" },
    ],
    roles: {
      value: "tiv_m",
      period: { start: "year" },
      from: "supplier",
      to: "recipient",
      labels: ["supplier", "recipient"],
    },
    keyFigure: {
      type: "top-partner",
      country: "Azerbaijan",
      role: "imports",
      windowYears: 5,
      label: "largest supplier's share",
    },
    charts: [
      {
        type: "stacked",
        id: "annual",
        title: "Annual",
        where: { recipient: ["Azerbaijan"] },
        x: "year",
        series: "supplier",
        value: "tiv_m",
        yLabel: "TIV m",
      },
      {
        type: "window-shares",
        id: "windows",
        title: "Windows",
        country: "Azerbaijan",
        role: "imports",
        windowYears: 5,
        yLabel: "%",
      },
    ],
    notes: [],
  },
  "published.csv": `id,start,end,label,supplier,recipient,share,share_of,rank,rank_among,source_ids,quote
p1,2016,2020,2016–20,Israel,Azerbaijan,69,Azerbaijan's arms imports,,,src-a,"""69%"""
p2,2016,2020,2016–20,Israel,Azerbaijan,17,Israel's arms exports,2,Israel's recipients,src-b,"""17 percent"""
p3,2016,2020,2016–20,All suppliers,Azerbaijan,,,23,world arms importers,src-a,"""23rd"""
`,
  "published.meta.json": {
    title: "Published",
    subtitle: "s",
    description: "d",
    units: "%",
    columns: [
      { key: "id", label: "ID", type: "id", display: { hidden: true } },
      { key: "start", label: "Window", type: "date", display: { labelColumn: "label" } },
      { key: "end", label: "End", type: "date", notBefore: "start", display: { hidden: true } },
      { key: "label", label: "Window as stated", type: "text", display: { hidden: true } },
      { key: "supplier", label: "Supplier", type: "text" },
      { key: "recipient", label: "Recipient", type: "text" },
      { key: "share", label: "Share", type: "percent", unit: "%", optional: true },
      { key: "share_of", label: "Share of", type: "text", optional: true },
      { key: "rank", label: "Rank", type: "integer", optional: true, min: 1 },
      { key: "rank_among", label: "Rank among", type: "text", optional: true },
      { key: "source_ids", label: "Source", type: "sources" },
      { key: "quote", label: "Quote", type: "text", display: { hidden: true } },
    ],
    roles: {
      value: "share",
      rank: "rank",
      period: { start: "start", end: "end" },
      labels: ["supplier", "recipient", "share_of"],
      from: "supplier",
      to: "recipient",
      quote: "quote",
    },
    requireOneOf: [["share", "rank"]],
    charts: [],
    sections: [
      {
        type: "disagreements",
        views: [
          {
            type: "sipri-windows",
            id: "israel-share",
            title: "Israel's share",
            country: "Azerbaijan",
            role: "imports",
            partner: "Israel",
            claims: ["c3"],
            yLabel: "%",
          },
        ],
        alsoOn: ["transfers"],
      },
      {
        type: "published-vs-recomputed",
        transfers: "transfers",
        columns: { shareOf: "share_of", rankAmong: "rank_among" },
        headlineFlows: [{ country: "Azerbaijan", role: "imports", partner: "Israel" }],
        notes: ["SIPRI revises past years."],
        alsoOn: ["transfers"],
      },
    ],
    notes: [],
  },
  "claims.csv": `id,source_id,quote,stated_qualifier,stated_value,stated_unit,stated_period,stated_start,stated_end,verdict,explanation,evidence
c1,art,Up to 40% of oil,up to,40,% of Israel's oil imports,,,,period-dependent,Estimates differ.,oil#o1;oil#o2
c2,art,Azerbaijan sells 94 bcm,,94,bcm,,,,not found,Wrong unit.,
c3,art,69% of arms 2016-2021,nearly,69,% of Azerbaijan's arms imports,2016–2021,2016,2021,"right figure, wrong period",SIPRI's 69% is for 2016–20.,published#p1;source:sipri
`,
  "claims.meta.json": {
    title: "Claims",
    subtitle: "s",
    description: "d",
    units: "u",
    columns: [
      { key: "id", label: "ID", type: "id" },
      { key: "source_id", label: "Source", type: "sources" },
      { key: "quote", label: "Quote", type: "text" },
      {
        key: "stated_qualifier",
        label: "Q",
        type: "category",
        optional: true,
        values: ["up to", "nearly"],
      },
      {
        key: "stated_value",
        label: "Stated",
        type: "number",
        optional: true,
        unitColumn: "stated_unit",
        display: { prefixColumn: "stated_qualifier" },
      },
      { key: "stated_unit", label: "Unit", type: "text", optional: true },
      { key: "stated_period", label: "Period", type: "text", optional: true },
      {
        key: "stated_start",
        label: "Start",
        type: "date",
        optional: true,
        display: { labelColumn: "stated_period" },
      },
      { key: "stated_end", label: "End", type: "date", optional: true, notBefore: "stated_start" },
      {
        key: "verdict",
        label: "Verdict",
        type: "category",
        values: ["period-dependent", "not found", "right figure, wrong period"],
      },
      { key: "explanation", label: "Explanation", type: "text" },
      { key: "evidence", label: "Evidence", type: "evidence", optional: true },
    ],
    roles: {
      value: "stated_value",
      period: { start: "stated_start", end: "stated_end" },
      quote: "quote",
      verdict: "verdict",
      explanation: "explanation",
    },
    charts: [],
    notes: [],
  },
};

/** The mini catalog, validated (throws with the problems if a fixture is broken). */
export function miniCatalog() {
  const r = catalogFrom(MINI);
  if (!r.catalog) throw new Error(r.problems.map(formatProblem).join("\n"));
  return r.catalog;
}

/** Every file of a folder and its text: compared before and after a refused import. */
export async function snapshot(dir: string) {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (n) => [n, await readFile(path.join(dir, n), "utf8")] as const),
    ),
  );
}

/** A fresh data folder holding only the project's sources.csv, for importers to write into. */
export async function sourcesOnly() {
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-data-"));
  await cp(path.resolve(import.meta.dirname, "../data/sources.csv"), path.join(dir, "sources.csv"));
  return dir;
}
