import Papa from "papaparse";
import type { Catalog, Dataset } from "./catalog";
import type { DataRow, Source } from "./schema";

/**
 * Text that a spreadsheet would run as a formula: a leading = + - @, tab or CR. Papaparse's own
 * `escapeFormulae: true` pattern ends in `.*$`, which fails on a cell with a line break after the
 * first character ("=1+1\nx"), so the check is only on the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Cells as CSV wants them: numbers stay numbers (never escaped), source id lists join with `;`. */
function csvCell(v: DataRow[string] | undefined): string | number {
  if (v === undefined) return "";
  if (Array.isArray(v)) return v.join(";");
  return v;
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled) of validated rows, columns in metadata order, written by
 * papaparse. Text that begins like a formula is prefixed with `'` so spreadsheets show it as text.
 */
export function toCsv(columns: readonly string[], rows: readonly DataRow[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((row) => columns.map((c) => csvCell(row[c]))) },
    { escapeFormulae: FORMULA_START, newline: "\r\n", quotes: false },
  );
}

export function datasetCsv(dataset: Dataset): string {
  return toCsv(
    dataset.meta.columns.map((c) => c.key),
    dataset.rows,
  );
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
    csv: `${siteUrl}/datasets/${dataset.slug}/data.csv`,
    rowCount: dataset.rows.length,
    rows: dataset.rows,
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
      columns: d.meta.columns.map((c) => ({
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
