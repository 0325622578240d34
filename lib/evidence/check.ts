import type { ColumnRoles } from "../data/roles";
import type { DataRow } from "../data/schema";
import { checkLineage } from "./lineage";
import { checkPeriod } from "./periods";
import { checkQuantity } from "./quantities";

/**
 * The evidence checks of one dataset's valid rows, as `[row index, column, message]`: each
 * period as its kind states it, each share's denominator and volume's measure, and lineage that
 * resolves without cycles.
 */
export function checkEvidenceRows(
  roles: ColumnRoles,
  rows: readonly DataRow[],
): [number, string, string][] {
  const problems: [number, string, string][] = [];
  rows.forEach((row, i) => {
    for (const [column, message] of [...checkPeriod(roles, row), ...checkQuantity(roles, row)])
      problems.push([i, column, message]);
  });
  problems.push(...checkLineage(roles, rows));
  return problems;
}
