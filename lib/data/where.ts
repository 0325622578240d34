import type { Where } from "./keys";
import type { DataRow } from "./schema";

/** Rows whose listed columns each hold one of the allowed values (every row when no filter). */
export function matchesWhere(row: DataRow, where: Where | undefined): boolean {
  if (!where) return true;
  return Object.entries(where).every(([k, allowed]) => allowed.includes(String(row[k] ?? "")));
}
