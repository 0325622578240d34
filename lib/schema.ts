import { z } from "zod";

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

const key = z.string().regex(/^[a-z][a-z0-9_]*$/, "column keys are snake_case");
const chartId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "chart ids are lower-case and hyphenated");

export const columnSpecSchema = z.strictObject({
  key,
  label: z.string().min(1),
  type: z.enum(COLUMN_TYPES),
  description: z.string().optional(),
  /** Unit of every value in the column, e.g. `%` or `TIV m`. */
  unit: z.string().optional(),
  /** Key of the column holding each row's unit (for mixed-unit tables). */
  unitColumn: key.optional(),
  optional: z.boolean().optional(),
  values: z.array(z.string().min(1)).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Key of a date column this date must not precede (period end ≥ period start). */
  notBefore: key.optional(),
  /** How the table shows the column; the CSV always carries every column. */
  display: z
    .strictObject({
      /** Left out of the table (still in CSV/JSON). */
      hidden: z.boolean().optional(),
      /** Show this column's text instead, but sort by this column's value. */
      labelColumn: key.optional(),
      /** Put this column's text before the value, e.g. `about`. */
      prefixColumn: key.optional(),
      /** Show `value–high` when this column has a value. */
      rangeEndColumn: key.optional(),
    })
    .optional(),
});
export type ColumnSpec = z.infer<typeof columnSpecSchema>;

/** Rows to include: each listed column must hold one of the values. */
const whereSchema = z.record(key, z.array(z.string()));

const estimatesChartSchema = z.strictObject({
  type: z.literal("estimates"),
  id: chartId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  where: whereSchema.optional(),
  /** Only rows whose unit (static or per-row) starts with this text. */
  unitStartsWith: z.string().optional(),
  start: key,
  end: key,
  value: key,
  valueHigh: key.optional(),
  series: key,
  yLabel: z.string().min(1),
});

const barsChartSchema = z.strictObject({
  type: z.literal("bars"),
  id: chartId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  where: whereSchema.optional(),
  /** Bars in order of this (date) column. */
  orderBy: key,
  category: key,
  value: key,
  series: key.optional(),
  yLabel: z.string().min(1),
  /** Per-row units converted for the axis, e.g. {"US$ bn": 1000} onto US$ m. Shown in the caption. */
  convertUnits: z.record(z.string(), z.number().positive()).optional(),
});

/** Bars stacked by series (e.g. TIV per year, by supplier); beyond `topSeries`, the rest are summed. */
const stackedChartSchema = z.strictObject({
  type: z.literal("stacked"),
  id: chartId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  where: whereSchema.optional(),
  x: key,
  series: key,
  value: key,
  topSeries: z.number().int().positive().optional(),
  yLabel: z.string().min(1),
});

/**
 * Partners' shares of a country's arms imports or exports per multi-year window, computed
 * from a SIPRI transfers table (columns year, supplier, recipient, tiv_m).
 */
const windowSharesChartSchema = z.strictObject({
  type: z.literal("window-shares"),
  id: chartId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  country: z.string().min(1),
  role: z.enum(["imports", "exports"]),
  windowYears: z.number().int().min(1).max(20),
  topPartners: z.number().int().positive().optional(),
  yLabel: z.string().min(1),
});

export const chartSpecSchema = z.discriminatedUnion("type", [
  estimatesChartSchema,
  barsChartSchema,
  stackedChartSchema,
  windowSharesChartSchema,
]);
export type ChartSpec = z.infer<typeof chartSpecSchema>;

/**
 * A contested quantity: every source's value for it, by period, with the claims about it.
 * `estimates`: rows of this dataset (with or without a stated method) plus ledger claims.
 * `sipri-windows`: shares published in this dataset beside shares recomputed from SIPRI data.
 */
const disagreementSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("estimates"),
    id: chartId,
    title: z.string().min(1),
    subtitle: z.string().optional(),
    where: whereSchema,
    start: key,
    end: key,
    value: key,
    valueHigh: key.optional(),
    /** Rows whose `column` holds one of `without` were stated without a method (absent: not known). */
    method: z.strictObject({ column: key, without: z.array(z.string()) }).optional(),
    claims: z.array(z.string()),
    yLabel: z.string().min(1),
  }),
  z.strictObject({
    type: z.literal("sipri-windows"),
    id: chartId,
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
  z.strictObject({
    type: z.literal("range"),
    label: z.string().min(1),
    where: whereSchema,
    value: key,
    valueHigh: key.optional(),
    unit: z.string().min(1),
  }),
]);
export type KeyFigureSpec = z.infer<typeof keyFigureSchema>;

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
  /** At least one of these columns must be filled on every row. */
  requireOneOf: z.array(z.array(key).min(2)).optional(),
  /** Columns that together identify a row: two rows with the same values are duplicates. */
  uniqueBy: z.array(key).min(1).optional(),
  charts: z.array(chartSpecSchema),
  /** Contested quantities shown source by source (see disagreementSchema). */
  disagreements: z.array(disagreementSchema).optional(),
  notes: z.array(z.string().min(1)),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

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
  charts: [],
  notes: [],
};

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
