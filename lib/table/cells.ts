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
