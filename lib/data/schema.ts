import { z } from "zod";
import { columnKey, slugId, whereSchema } from "./keys";

/** Column types a dataset can declare; each has a strict reader in `cell-parsers.ts`. */
export const COLUMN_TYPES = [
  "id", // row identifier: lower-case letters, digits and hyphens; unique in the file
  "text", // free text
  "category", // one of `values`
  "number", // decimal; a `% of …` unit (static or per row) bounds it to 0–100
  "percent", // decimal 0–100
  "integer", // whole number
  "date", // YYYY, YYYY-MM or YYYY-MM-DD
  "sources", // `;`-separated ids from data/sources.csv
  "url", // http(s) address
  "evidence", // `;`-separated references: `<dataset-slug>#<row-id>` or `source:<source-id>`
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export const columnSpecSchema = z.strictObject({
  key: columnKey,
  label: z.string().min(1),
  type: z.enum(COLUMN_TYPES),
  description: z.string().optional(),
  /** Unit of every value in the column, e.g. `%` or `TIV m`. */
  unit: z.string().optional(),
  /** Key of the column holding each row's unit (for mixed-unit tables). */
  unitColumn: columnKey.optional(),
  optional: z.boolean().optional(),
  values: z.array(z.string().min(1)).optional(),
  /** What each value of a category means (shown beside the data; keys must be `values`). */
  definitions: z.record(z.string(), z.string().min(1)).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Key of a date column this date must not precede (period end ≥ period start). */
  notBefore: columnKey.optional(),
  /**
   * The project's own bookkeeping (e.g. which research note a figure was taken from): kept in
   * `data/` and checked, left out of the public CSV and JSON, where it would mean nothing.
   */
  internal: z.boolean().optional(),
  /** How the column is shown; the public CSV carries every column that is not `internal`. */
  display: z
    .strictObject({
      /** Left out of the table (still in CSV/JSON). */
      hidden: z.boolean().optional(),
      /** Show this column's text instead, but sort by this column's value. */
      labelColumn: columnKey.optional(),
      /** Put this column's text before the value, e.g. `about`. */
      prefixColumn: columnKey.optional(),
      /** Show `value–high` when this column has a value. */
      rangeEndColumn: columnKey.optional(),
      /** Shown as written, without thousands separators (years: 2016, not 2,016). */
      plain: z.boolean().optional(),
      /**
       * Shown rounded to this many decimals; the stored figure stays unrounded (a workbook
       * cell's full value, e.g. 223.34580252284542 shown as 223.3, as the publisher prints it).
       */
      digits: z.number().int().min(0).max(6).optional(),
    })
    .optional(),
});
export type ColumnSpec = z.infer<typeof columnSpecSchema>;

/**
 * What each column is for, declared once. Every view reads rows through these roles (resolved
 * by `roles.ts`), never through a column name. The id and sources columns are the columns of
 * type `id` and `sources`.
 */
export const rolesSchema = z.strictObject({
  /** The figure a row states; its column's unit, qualifier and range end come with it. */
  value: columnKey.optional(),
  /** A rank the row states beside (or instead of) its value: "#2". */
  rank: columnKey.optional(),
  /** The period a row covers (dates or whole years); `end` defaults to `start`. */
  period: z.strictObject({ start: columnKey, end: columnKey.optional() }).optional(),
  /**
   * How the source states the period (a category of PERIOD_KINDS): a span, an as-of date,
   * year to date, "since", or undated. Checked against the period columns.
   */
  periodKind: columnKey.optional(),
  /** What a share is a share of (a category with definitions); required on share rows. */
  denominator: columnKey.optional(),
  /** What a volume or value measures (a category with definitions); required on other rows. */
  measure: columnKey.optional(),
  /** Lineage: the id of the row (same dataset) whose measurement this row repeats. */
  derivedFrom: columnKey.optional(),
  /** Lineage: who first published the measurement, when that is not a row here. */
  original: columnKey.optional(),
  /** Lineage: how this row reports its original (verbatim, rounded, paraphrased…). */
  reportedAs: columnKey.optional(),
  /** Columns that say what a row is about, in reading order ("Azerbaijan, share of …"). */
  labels: z.array(columnKey).optional(),
  /** The words a figure was quoted from. */
  quote: columnKey.optional(),
  note: columnKey.optional(),
  /** Who measured the figure (as distinct from the page that reported it). */
  estimator: columnKey.optional(),
  /** The edition or release a row's figure is read from, where several vintages sit side by side. */
  vintage: columnKey.optional(),
  /** Where in the publisher's file a figure is (sheet, cell), in reading order: "Sheet!B7". */
  location: z.array(columnKey).min(1).optional(),
  /** A flow's two ends: supplier and recipient. */
  from: columnKey.optional(),
  to: columnKey.optional(),
  /** The claims ledger's own columns. */
  topic: columnKey.optional(),
  /**
   * The estimates a claim is placed among: `<dataset>?<column>=<value>&…` picks the rows of the
   * same quantity; a claimed share also names its denominator (`statedDenominator`).
   */
  compare: columnKey.optional(),
  statedDenominator: columnKey.optional(),
  verdict: columnKey.optional(),
  explanation: columnKey.optional(),
});
export type RolesSpec = z.infer<typeof rolesSchema>;



/**
 * A contested quantity: every source's value for it, by period, with the claims about it.
 * `estimates`: rows of this dataset (with or without a stated method) plus ledger claims.
 * `sipri-windows`: shares published in this dataset beside shares recomputed from the SIPRI
 * transfers dataset its published-vs-recomputed section names, for one flow, window by window.
 */
export const disagreementSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("estimates"),
    id: slugId,
    title: z.string().min(1),
    subtitle: z.string().optional(),
    where: whereSchema,
    /** Rows whose `column` holds one of `without` were stated without a method (absent: not known). */
    method: z.strictObject({ column: columnKey, without: z.array(z.string()) }).optional(),
    claims: z.array(z.string()),
    yLabel: z.string().min(1),
  }),
  z.strictObject({
    type: z.literal("sipri-windows"),
    id: slugId,
    title: z.string().min(1),
    subtitle: z.string().optional(),
    country: z.string().min(1),
    role: z.enum(["imports", "exports"]),
    partner: z.string().min(1),
    claims: z.array(z.string()),
    yLabel: z.string().min(1),
  }),
]);
export type DisagreementSpec = z.infer<typeof disagreementSchema>;

/** Other dataset pages that show a section too (e.g. the transfers page shows the comparison). */
const alsoOn = z.array(slugId).optional();

/** Sections of a dataset page after its charts, in order. */
export const sectionSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("disagreements"),
    views: z.array(disagreementSchema).min(1),
    alsoOn,
  }),
  /**
   * SIPRI's shares as published (rows of this dataset: roles value, rank, from, to, period)
   * beside the same shares recomputed from a transfers dataset. `columns` names what each
   * published share is a share of, and what each rank ranks among.
   */
  z.strictObject({
    type: z.literal("published-vs-recomputed"),
    transfers: slugId,
    columns: z.strictObject({ shareOf: columnKey, rankAmong: columnKey }),
    /** Flows recomputed for every window, published or not. */
    headlineFlows: z.array(
      z.strictObject({
        country: z.string().min(1),
        role: z.enum(["imports", "exports"]),
        partner: z.string().min(1),
      }),
    ),
    /** Why published and recomputed figures differ; shown under the table. */
    notes: z.array(z.string().min(1)),
    alsoOn,
  }),
]);
export type SectionSpec = z.infer<typeof sectionSchema>;

const keyFigureSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("row"), rowId: z.string(), label: z.string().min(1) }),
  /** The largest partner's share of a country's arms trade in the latest window (computed). */
  z.strictObject({
    type: z.literal("top-partner"),
    country: z.string().min(1),
    role: z.enum(["imports", "exports"]),
    windowYears: z.number().int().min(1).max(20),
    label: z.string().min(1),
  }),
  /**
   * The latest independent estimate among the matching share rows, named with its denominator
   * and period; never a range across denominators.
   */
  z.strictObject({
    type: z.literal("latest"),
    label: z.string().min(1),
    where: whereSchema,
  }),
]);
export type KeyFigureSpec = z.infer<typeof keyFigureSchema>;

/**
 * A chart as the data layer sees it: a type and an id. The data layer knows no chart types;
 * the catalog checks each chart against its type's schema (lib/charts) when it is built.
 */
export const chartEntrySchema = z.looseObject({ type: z.string().min(1), id: slugId });
export type ChartEntry = z.infer<typeof chartEntrySchema>;

export const datasetMetaSchema = z.strictObject({
  title: z.string().min(1),
  /** Position on the overview (lower first); datasets without one follow, by title. */
  order: z.number().int().optional(),
  subtitle: z.string().min(1),
  description: z.string().min(1),
  /** One plain sentence on the units of the numbers in this dataset. */
  units: z.string().min(1),
  /** Date the underlying data was generated (e.g. a SIPRI export's "Data generated"). */
  vintage: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a date, YYYY-MM-DD")
    .optional(),
  /** Dataset-level attribution, e.g. "SIPRI Arms Transfers Database, data generated 12 Feb 2026". */
  attribution: z.string().optional(),
  /** The figure shown on the dataset's card on the overview page. */
  keyFigure: keyFigureSchema.optional(),
  columns: z.array(columnSpecSchema).min(1),
  roles: rolesSchema.default({}),
  /** At least one of these columns must be filled on every row. */
  requireOneOf: z.array(z.array(columnKey).min(2)).optional(),
  /** Columns that together identify a row: two rows with the same values are duplicates. */
  uniqueBy: z.array(columnKey).min(1).optional(),
  /** Figures drawn from the rows: each type's own schema (lib/charts) checks them in full. */
  charts: z.array(chartEntrySchema),
  sections: z.array(sectionSchema).optional(),
  notes: z.array(z.string().min(1)),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
/** Metadata as written in a file (before defaults are filled in). */
export type DatasetMetaInput = z.input<typeof datasetMetaSchema>;

export const SOURCE_KINDS = ["dataset", "estimate", "official", "press", "claim"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** `data/sources.csv` is validated with the same machinery as a dataset, from this spec. */
export const SOURCES_META: DatasetMeta = {
  title: "Sources",
  subtitle: "Every page, database or statement a figure comes from",
  description: "One row per source; datasets cite them by id.",
  units: "None.",
  columns: [
    { key: "id", label: "ID", type: "id" },
    { key: "title", label: "Title", type: "text" },
    { key: "publisher", label: "Publisher", type: "text" },
    { key: "author", label: "Author", type: "text", optional: true },
    { key: "url", label: "URL", type: "url", optional: true },
    { key: "published", label: "Published", type: "date", optional: true },
    { key: "accessed", label: "Accessed", type: "date" },
    { key: "kind", label: "Kind", type: "category", values: [...SOURCE_KINDS] },
    { key: "note", label: "Note", type: "text", optional: true },
  ],
  roles: {},
  charts: [],
  notes: [],
};

/** A row of `sources.csv`: its columns are fixed by SOURCES_META, so they are typed. */
export interface Source {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  url?: string;
  published?: string;
  accessed: string;
  kind: SourceKind;
  note?: string;
}

/** A validated data row: typed cells keyed by column; empty optional cells are absent. */
export type Cell = string | number | string[];

/** An evidence reference: a row of a dataset, or a source as a whole. */
export const EVIDENCE_REF =
  /^(?:([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9][a-z0-9-]*)|source:([a-z0-9][a-z0-9-]*))$/;
export type DataRow = Record<string, Cell>;
