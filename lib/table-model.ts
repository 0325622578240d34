import type { DataRow, DatasetMeta } from "./schema";

/** What the browser needs to render and sort one table column (serialisable). */
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
}

export interface TableModel {
  idKey: string;
  sourcesKey: string;
  columns: TableColumn[];
}

/** The visible columns, in metadata order, with the helper columns each one reads. */
export function tableModel(meta: DatasetMeta): TableModel {
  const idKey = meta.columns.find((c) => c.type === "id")!.key;
  const sourcesKey = meta.columns.find((c) => c.type === "sources")!.key;
  const columns: TableColumn[] = meta.columns
    .filter((c) => !c.display?.hidden)
    .map((c) => ({
      key: c.key,
      label: c.label,
      kind:
        c.type === "sources"
          ? "sources"
          : c.type === "number" || c.type === "percent" || c.type === "integer"
            ? "number"
            : "text",
      ...(c.description ? { description: c.description } : {}),
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.unitColumn ? { unitColumn: c.unitColumn } : {}),
      ...(c.display?.labelColumn ? { labelColumn: c.display.labelColumn } : {}),
      ...(c.display?.prefixColumn ? { prefixColumn: c.display.prefixColumn } : {}),
      ...(c.display?.rangeEndColumn ? { rangeEndColumn: c.display.rangeEndColumn } : {}),
    }));
  return { idKey, sourcesKey, columns };
}

/** Keys the browser needs per row: visible columns, their helpers, and the row's provenance. */
export function clientRowKeys(meta: DatasetMeta, model: TableModel): string[] {
  const keys = new Set<string>([model.idKey, model.sourcesKey]);
  for (const c of model.columns) {
    keys.add(c.key);
    for (const k of [c.unitColumn, c.labelColumn, c.prefixColumn, c.rangeEndColumn])
      if (k) keys.add(k);
  }
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
