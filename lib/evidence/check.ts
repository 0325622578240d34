import { matchesWhere } from "../data/where";
import type { ColumnRoles } from "../data/roles";
import type { DatasetMeta, DataRow } from "../data/schema";
import { checkLineage } from "./lineage";
import { checkPeriod } from "./periods";
import { checkQuantity, quantityOf } from "./quantities";

export interface EvidenceProblems {
  /** [row index, column, message] */
  rows: [number, string, string][];
  /** [metadata path, message] */
  meta: [string, string][];
}

/**
 * The evidence checks of one dataset's valid rows: each period as its kind states it, each
 * share's denominator and volume's measure, lineage that resolves without cycles, and charts
 * whose series would mix denominators or measures (refused: one series, one quantity).
 */
export function checkEvidenceRows(
  meta: DatasetMeta,
  roles: ColumnRoles,
  rows: readonly DataRow[],
): EvidenceProblems {
  const problems: EvidenceProblems = { rows: [], meta: [] };
  rows.forEach((row, i) => {
    for (const [column, message] of [...checkPeriod(roles, row), ...checkQuantity(roles, row)])
      problems.rows.push([i, column, message]);
  });
  problems.rows.push(...checkLineage(roles, rows));
  if (roles.denominator || roles.measure)
    meta.charts.forEach((chart, c) => {
      if (chart.type !== "estimates") return;
      const columns = Array.isArray(chart.series) ? chart.series : [chart.series];
      const seen = new Map<string, Set<string>>();
      for (const row of rows) {
        if (!matchesWhere(row, chart.where)) continue;
        const series = columns.map((k) => String(row[k] ?? "")).join(" · ");
        const q = quantityOf(roles, row) ?? "(none)";
        seen.set(series, (seen.get(series) ?? new Set()).add(q));
      }
      for (const [series, quantities] of seen)
        if (quantities.size > 1)
          problems.meta.push([
            `charts.${c}.series`,
            `series "${series}" would mix ${[...quantities].map((q) => `"${q}"`).join(" and ")}: add the denominator or measure column to the series, or filter to one`,
          ]);
    });
  return problems;
}
