import type { Catalog, Dataset } from "./catalog";
import { fullDate } from "./cell-parsers";
import { writeCsv, type CsvValue } from "./csv-write";
import type { DataRow, Source } from "./schema";

/** Cells as CSV wants them: numbers stay numbers, source id lists join with `;`. */
function csvCell(v: DataRow[string] | undefined): CsvValue {
  if (Array.isArray(v)) return v.join(";");
  return v;
}

/** A column as a download needs to know it: dates are written in full, with their precision. */
export interface CsvColumn {
  key: string;
  type?: string;
  /** Set on a period's end column (it must not precede its start): its last day is written. */
  notBefore?: string;
}

/** The header a download writes: each date column followed by its `_precision` column. */
export function csvHeader(columns: readonly (string | CsvColumn)[]): string[] {
  return columns.flatMap((c) =>
    typeof c !== "string" && c.type === "date" ? [c.key, `${c.key}_precision`] : [asKey(c)],
  );
}

function asKey(c: string | CsvColumn): string {
  return typeof c === "string" ? c : c.key;
}

/** A UTF-8 byte-order mark: without it Excel reads a CSV as the system's legacy code page. */
export const BOM = "\uFEFF";

/**
 * A download: rows as CSV, columns in the given order, dates in full with their precision,
 * text that begins like a formula prefixed with `'` so spreadsheets show it as text (OWASP's
 * advice).
 */
export function toCsv(columns: readonly (string | CsvColumn)[], rows: readonly DataRow[]): string {
  return writeCsv(
    csvHeader(columns),
    rows.map((row) =>
      columns.flatMap((c): CsvValue[] => {
        const v = row[asKey(c)];
        if (typeof c === "string" || c.type !== "date") return [csvCell(v)];
        const full = typeof v === "string" ? fullDate(v, c.notBefore !== undefined) : undefined;
        return full ? [full.date, full.precision] : [csvCell(v), undefined];
      }),
    ),
    { neutraliseFormulae: true },
  );
}

/** The columns a public download carries: every column but the project's bookkeeping. */
export function publicColumns(dataset: Dataset) {
  return dataset.meta.columns.filter((c) => !c.internal);
}

function publicRows(dataset: Dataset): DataRow[] {
  const internal = dataset.meta.columns.filter((c) => c.internal).map((c) => c.key);
  if (internal.length === 0) return dataset.rows;
  return dataset.rows.map((row) => {
    const copy = { ...row };
    for (const key of internal) delete copy[key];
    return copy;
  });
}

export function datasetCsv(dataset: Dataset): string {
  return toCsv(publicColumns(dataset), dataset.rows);
}

export function citedSources(catalog: Catalog, dataset: Dataset): Source[] {
  const byId = new Map(catalog.sources.map((s) => [s.id, s]));
  return dataset.citedSourceIds.map((id) => byId.get(id)!);
}

/** The JSON download: rows, the metadata that explains them, and every source they cite. */
export function datasetJson(catalog: Catalog, dataset: Dataset, siteUrl = "") {
  return {
    slug: dataset.slug,
    ...dataset.meta,
    columns: publicColumns(dataset),
    csv: `${siteUrl}/datasets/${dataset.slug}/data.csv`,
    rowCount: dataset.rows.length,
    rows: publicRows(dataset),
    sources: citedSources(catalog, dataset),
  };
}

/** `/api/datasets`: what exists, how big, and where to get it. */
export function catalogJson(catalog: Catalog) {
  return {
    datasets: catalog.datasets.map((d) => ({
      slug: d.slug,
      title: d.meta.title,
      description: d.meta.description,
      rowCount: d.rows.length,
      columns: publicColumns(d).map((c) => ({
        key: c.key,
        label: c.label,
        type: c.type,
        unit: c.unit,
      })),
      page: `/datasets/${d.slug}`,
      csv: `/datasets/${d.slug}/data.csv`,
      json: `/datasets/${d.slug}/data.json`,
    })),
  };
}
