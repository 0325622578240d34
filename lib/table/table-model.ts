/**
 * Tables of data: which columns a dataset's table shows and how each sorts and filters
 * (table-model), the query over all rows (table-query) and the view kept in the address
 * (view-state). Pure and serialisable: the browser's table receives this model as props.
 */
import type { Dataset } from "../data/catalog";
import { isNumeric, valueFormat, type ValueFormat } from "../data/roles";
import type { DataRow } from "../data/schema";
import type { FilterKind, ViewColumns } from "./view-state";

/** What the browser needs to render, sort and filter one table column (serialisable). */
export interface TableColumn {
  key: string;
  label: string;
  /** `number` columns are right-aligned and sort descending on first click. */
  kind: "number" | "text" | "sources";
  description?: string;
  /** How a number column's cells are shown (unit, hedge, range end). */
  format?: ValueFormat;
  /** Shown instead of the value; the value is still the sort key. */
  labelColumn?: string;
  /** How the column can be filtered: by chosen values, or by a numeric range. */
  filter?: FilterKind;
  /** The values to choose from (values filters), with how many rows hold each. */
  options?: { value: string; count: number }[];
}

export interface TableModel {
  idKey: string;
  sourcesKey: string;
  quoteKey?: string;
  noteKey?: string;
  columns: TableColumn[];
  /** Columns giving each row's period, for the time range (dates or whole years). */
  period?: { start: string; end: string };
}

/** A text column with at most this many distinct values gets a "choose values" filter. */
const MAX_OPTIONS = 250;

/** The visible columns, in metadata order, with the helper columns each one reads. */
export function tableModel(dataset: Pick<Dataset, "meta" | "roles" | "rows">): TableModel {
  const { meta, roles, rows } = dataset;
  const period = roles.period;
  const columns: TableColumn[] = meta.columns
    .filter((c) => !c.display?.hidden && !c.internal)
    .map((c) => {
      const kind = c.type === "sources" ? "sources" : isNumeric(c) ? "number" : "text";
      let filter: FilterKind | undefined;
      let options: TableColumn["options"];
      if (kind === "number" && c.key !== period?.start) filter = "range";
      else if (kind === "text" && c.type !== "date") {
        const counts = new Map<string, number>();
        for (const r of rows) {
          const v = r[c.key];
          if (typeof v === "string") counts.set(v, (counts.get(v) ?? 0) + 1);
          if (counts.size > MAX_OPTIONS) break;
        }
        if (c.type === "category" || (counts.size > 1 && counts.size <= MAX_OPTIONS)) {
          filter = "values";
          options = [...counts]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([value, count]) => ({ value, count }));
        }
      }
      return {
        key: c.key,
        label: c.label,
        kind,
        ...(c.description ? { description: c.description } : {}),
        ...(kind === "number" ? { format: valueFormat(c) } : {}),
        ...(c.display?.labelColumn ? { labelColumn: c.display.labelColumn } : {}),
        ...(filter ? { filter } : {}),
        ...(options ? { options } : {}),
      } satisfies TableColumn;
    });
  return {
    idKey: roles.id,
    sourcesKey: roles.sources,
    ...(roles.quote ? { quoteKey: roles.quote } : {}),
    ...(roles.note ? { noteKey: roles.note } : {}),
    columns,
    ...(period ? { period: { start: period.start, end: period.end } } : {}),
  };
}

/** What the URL parser may accept for this table. */
export function viewColumns(model: TableModel): ViewColumns {
  return {
    sortable: model.columns.map((c) => c.key),
    filters: Object.fromEntries(
      model.columns.filter((c) => c.filter).map((c) => [c.key, c.filter!]),
    ),
  };
}

/** Keys the browser needs per row: visible columns, their helpers, the period, and provenance. */
export function clientRowKeys(model: TableModel): string[] {
  const keys = new Set<string>([model.idKey, model.sourcesKey]);
  for (const c of model.columns) {
    keys.add(c.key);
    const f = c.format;
    for (const k of [f?.unitColumn, f?.qualifierColumn, f?.rangeEndColumn, c.labelColumn])
      if (k) keys.add(k);
  }
  if (model.period) keys.add(model.period.end);
  for (const k of [model.quoteKey, model.noteKey]) if (k) keys.add(k);
  return [...keys];
}

export function pickKeys(rows: readonly DataRow[], keys: readonly string[]): DataRow[] {
  return rows.map((row) => {
    const out: DataRow = {};
    for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
    return out;
  });
}
