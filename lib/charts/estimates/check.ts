import type { ColumnRoles } from "../../data/roles";
import type { DataRow } from "../../data/schema";
import { matchesWhere } from "../../data/where";
import { quantityOf } from "../../evidence/quantities";
import type { EstimatesSpec } from "./spec";

/**
 * One series, one quantity: a series whose rows would mix denominators or measures is refused
 * (`[path in the spec, message]`).
 */
export function checkEstimatesRows(
  spec: EstimatesSpec,
  roles: ColumnRoles,
  rows: readonly DataRow[],
): [string, string][] {
  if (!roles.denominator && !roles.measure) return [];
  const columns = Array.isArray(spec.series) ? spec.series : [spec.series];
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!matchesWhere(row, spec.where)) continue;
    const series = columns.map((k) => String(row[k] ?? "")).join(" · ");
    const q = quantityOf(roles, row) ?? "(none)";
    seen.set(series, (seen.get(series) ?? new Set()).add(q));
  }
  const problems: [string, string][] = [];
  for (const [series, quantities] of seen)
    if (quantities.size > 1)
      problems.push([
        "series",
        `series "${series}" would mix ${[...quantities].map((q) => `"${q}"`).join(" and ")}: add the denominator or measure column to the series, or filter to one`,
      ]);
  return problems;
}
