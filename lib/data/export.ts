import type { Catalog, Dataset } from "./catalog";
import { writeCsv, type CsvValue } from "./csv-write";
import type { DataRow, Source } from "./schema";

/** Cells as CSV wants them: numbers stay numbers, source id lists join with `;`. */
function csvCell(v: DataRow[string] | undefined): CsvValue {
  if (Array.isArray(v)) return v.join(";");
  return v;
}

/**
 * A download: rows as CSV, columns in the given order, text that begins like a formula
 * prefixed with `'` so spreadsheets show it as text (OWASP's advice).
 */
export function toCsv(columns: readonly string[], rows: readonly DataRow[]): string {
  return writeCsv(
    columns,
    rows.map((row) => columns.map((c) => csvCell(row[c]))),
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
  return toCsv(
    publicColumns(dataset).map((c) => c.key),
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
