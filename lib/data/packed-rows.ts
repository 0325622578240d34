import type { DataRow } from "./schema";

/**
 * Rows packed column by column, with repeated values (countries, units, source ids) stored
 * once in a dictionary: how a large table travels to the browser. A 100,000-row table packs to
 * a fraction of its JSON, since Next does not compress route-handler output.
 */
export type PackedColumn = { values: unknown[] } | { dict: unknown[]; codes: number[] };

export interface PackedRows {
  keys: string[];
  count: number;
  columns: PackedColumn[];
}

export function packRows(rows: readonly DataRow[], keys: readonly string[]): PackedRows {
  const columns = keys.map((key): PackedColumn => {
    const values = rows.map((r) => r[key] ?? null);
    const index = new Map<string, number>();
    const dict: unknown[] = [];
    const codes: number[] = [];
    for (const v of values) {
      const k = JSON.stringify(v);
      let code = index.get(k);
      if (code === undefined) {
        code = dict.length;
        index.set(k, code);
        dict.push(v);
      }
      codes.push(code);
    }
    // A dictionary pays off only when values repeat.
    return dict.length <= values.length / 4 ? { dict, codes } : { values };
  });
  return { keys: [...keys], count: rows.length, columns };
}

export function unpackRows(packed: PackedRows): DataRow[] {
  const rows: DataRow[] = Array.from({ length: packed.count }, () => ({}));
  packed.keys.forEach((key, c) => {
    const col = packed.columns[c]!;
    for (let i = 0; i < packed.count; i++) {
      const v = "values" in col ? col.values[i] : col.dict[col.codes[i]!];
      if (v !== null && v !== undefined) rows[i]![key] = v as DataRow[string];
    }
  });
  return rows;
}
