import { withoutFloatNoise } from "../data/format";

/**
 * A table computed on the server (published vs recomputed, countries…) as plain cells: what
 * each cell shows (text, links) and the value it sorts by. Serialisable, so one client
 * component sorts any of them by any column.
 */
export interface CellLine {
  text: string;
  href?: string;
  /** Shown muted: "not found", "–". */
  missing?: boolean;
}

export interface TableCell {
  /** The sort key: a number, a text, or null (missing: sorts last either way). */
  sort: number | string | null;
  lines: CellLine[];
}

export interface CellColumn {
  id: string;
  label: string;
  /** Right-aligned, and sorted largest first on the first click. */
  numeric?: boolean;
  description?: string;
}

export interface CellTable {
  columns: CellColumn[];
  rows: { key: string; cells: Record<string, TableCell> }[];
}

export function cell(text: string, sort: TableCell["sort"] = text, href?: string): TableCell {
  return { sort, lines: [{ text, ...(href ? { href } : {}) }] };
}

export function missingCell(text: string): TableCell {
  return { sort: null, lines: [{ text, missing: true }] };
}

/** Compares two sort keys; missing keys are left to the caller (they sort last). */
export function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en");
}

/** "value:desc" → the column and direction, when the column exists. */
export function parseCellSort(
  table: CellTable,
  param: string | null,
): { id: string; desc: boolean } | undefined {
  const [id, dir] = (param ?? "").split(":");
  if (!table.columns.some((c) => c.id === id)) return undefined;
  return { id: id!, desc: dir === "desc" };
}

/** Rows sorted by a column, missing values last either way; the table's order when unsorted. */
export function sortCellRows<R extends CellTable["rows"][number]>(
  rows: readonly R[],
  sort: { id: string; desc: boolean } | undefined,
): R[] {
  if (!sort) return [...rows];
  return [...rows].sort((a, b) => {
    const x = a.cells[sort.id]?.sort ?? null;
    const y = b.cells[sort.id]?.sort ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sort.desc ? compareKeys(y, x) : compareKeys(x, y);
  });
}

/** Folds case and accents, so "cote" finds "Côte" and "TURK" finds "Turkiye". */
export function searchKey(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Rows whose text in the column contains every word of the query. */
export function searchCellRows<R extends CellTable["rows"][number]>(
  rows: readonly R[],
  columnId: string,
  q: string,
): R[] {
  const words = searchKey(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const text = searchKey((r.cells[columnId]?.lines ?? []).map((l) => l.text).join(" "));
    return words.every((w) => text.includes(w));
  });
}

/**
 * A cell table as CSV rows: text columns as shown, numeric columns as the number they sort by
 * (unrounded; empty where missing), so a download holds the same rows as the table on screen.
 */
export function cellTableRows(table: CellTable): {
  header: string[];
  rows: (string | number | undefined)[][];
} {
  return {
    header: table.columns.map((c) => c.label),
    rows: table.rows.map((r) =>
      table.columns.map((c) => {
        const cellOf = r.cells[c.id];
        if (!cellOf) return undefined;
        if (c.numeric)
          return typeof cellOf.sort === "number" ? withoutFloatNoise(cellOf.sort) : undefined;
        return cellOf.lines.map((l) => l.text).join(" ");
      }),
    ),
  };
}
