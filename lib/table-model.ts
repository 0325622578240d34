import type { DataRow, DatasetMeta } from "./schema";
import type { FilterKind, ViewColumns } from "./view-state";

/** What the browser needs to render, sort and filter one table column (serialisable). */
export interface TableColumn {
  key: string;
  label: string;
  /** `number` columns are right-aligned and sort descending on first click. */
  kind: "number" | "text" | "sources";
  description?: string;
  /** Static unit for the whole column. */
  unit?: string;
  unitColumn?: string;
  /** Shown instead of the value; the value is still the sort key. */
  labelColumn?: string;
  prefixColumn?: string;
  rangeEndColumn?: string;
  /** How the column can be filtered: by chosen values, or by a numeric range. */
  filter?: FilterKind;
  /** Shown as written, without thousands separators (years). */
  plain?: boolean;
  /** The values to choose from (values filters), with how many rows hold each. */
  options?: { value: string; count: number }[];
}

export interface TableModel {
  idKey: string;
  sourcesKey: string;
  columns: TableColumn[];
  /** Columns giving each row's period, for the time range (dates or integer years). */
  period?: { start: string; end: string };
}

/** A text column with at most this many distinct values gets a "choose values" filter. */
const MAX_OPTIONS = 250;

function periodOf(meta: DatasetMeta): TableModel["period"] {
  const start = meta.columns.find((c) => c.type === "date" && !c.display?.hidden);
  if (start) {
    const end = meta.columns.find((c) => c.type === "date" && c.notBefore === start.key);
    return { start: start.key, end: end?.key ?? start.key };
  }
  const year = meta.columns.find((c) => c.type === "integer" && c.key === "year");
  return year ? { start: year.key, end: year.key } : undefined;
}

/** The visible columns, in metadata order, with the helper columns each one reads. */
export function tableModel(meta: DatasetMeta, rows: readonly DataRow[] = []): TableModel {
  const idKey = meta.columns.find((c) => c.type === "id")!.key;
  const sourcesKey = meta.columns.find((c) => c.type === "sources")!.key;
  const period = periodOf(meta);
  const columns: TableColumn[] = meta.columns
    .filter((c) => !c.display?.hidden)
    .map((c) => {
      const kind =
        c.type === "sources"
          ? "sources"
          : c.type === "number" || c.type === "percent" || c.type === "integer"
            ? "number"
            : "text";
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
        ...(c.unit ? { unit: c.unit } : {}),
        ...(c.unitColumn ? { unitColumn: c.unitColumn } : {}),
        ...(c.display?.labelColumn ? { labelColumn: c.display.labelColumn } : {}),
        ...(c.display?.prefixColumn ? { prefixColumn: c.display.prefixColumn } : {}),
        ...(c.display?.rangeEndColumn ? { rangeEndColumn: c.display.rangeEndColumn } : {}),
        ...(filter ? { filter } : {}),
        ...(c.type === "integer" && /(^|_)year$/.test(c.key) ? { plain: true } : {}),
        ...(options ? { options } : {}),
      } satisfies TableColumn;
    });
  return { idKey, sourcesKey, columns, ...(period ? { period } : {}) };
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
export function clientRowKeys(meta: DatasetMeta, model: TableModel): string[] {
  const keys = new Set<string>([model.idKey, model.sourcesKey]);
  for (const c of model.columns) {
    keys.add(c.key);
    for (const k of [c.unitColumn, c.labelColumn, c.prefixColumn, c.rangeEndColumn])
      if (k) keys.add(k);
  }
  if (model.period) keys.add(model.period.end);
  for (const k of ["quote", "note"]) if (meta.columns.some((c) => c.key === k)) keys.add(k);
  return [...keys];
}

export function pickKeys(rows: readonly DataRow[], keys: readonly string[]): DataRow[] {
  return rows.map((row) => {
    const out: DataRow = {};
    for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
    return out;
  });
}
