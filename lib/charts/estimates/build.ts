import { rowValue } from "../../data/format";
import { valueFormat } from "../../data/roles";
import { matchesWhere, rowPeriod, sourceLabel, whereColumns, type ChartContext } from "../context";
import {
  dodgeCoincident,
  estimatesDomain,
  valueRange,
  type EstimatePoint,
  type EstimatesChartData,
} from "./model";
import type { EstimatesSpec } from "./spec";

/** Columns the spec names (checked against the metadata) and the roles it needs. */
export function estimatesReferences(spec: EstimatesSpec) {
  return {
    columns: { value: spec.value, series: spec.series, ...whereColumns(spec.where) },
    roles: ["period"] as const,
  };
}

export function buildEstimates(spec: EstimatesSpec, ctx: ChartContext): EstimatesChartData {
  const { dataset } = ctx;
  const format = valueFormat(dataset.meta.columns.find((c) => c.key === spec.value)!);
  const points: EstimatePoint[] = [];
  for (const row of dataset.rows) {
    if (!matchesWhere(row, spec.where)) continue;
    const shown = rowValue(format, row);
    const period = rowPeriod(dataset, row);
    if (!shown || !period) continue;
    if (spec.unitStartsWith && !(shown.unit ?? "").startsWith(spec.unitStartsWith)) continue;
    const x = (period.x0 + period.x1) / 2;
    points.push({
      rowId: String(row[dataset.roles.id]),
      series: String(row[spec.series] ?? ""),
      x,
      xErr: [x - period.x0, period.x1 - x],
      y: shown.value,
      yErr: [0, shown.high !== undefined ? shown.high - shown.value : 0],
      period: period.label,
      valueText: shown.fullText,
      source: sourceLabel(ctx, row),
    });
  }
  dodgeCoincident(points);
  // Series in order of size, so the legend leads with the suppliers most estimates are about.
  const count = new Map<string, number>();
  for (const p of points) count.set(p.series, (count.get(p.series) ?? 0) + 1);
  const series = [...count.keys()].sort(
    (a, b) => count.get(b)! - count.get(a)! || a.localeCompare(b),
  );
  const xDomain = estimatesDomain(points);
  const summary =
    points.length === 0
      ? "No rows match this chart."
      : `${points.length} estimate${points.length === 1 ? "" : "s"} for ${series.length} series (${series.slice(0, 4).join(", ")}${series.length > 4 ? ", …" : ""}), covering ${xDomain[0]}–${xDomain[1]}; values ${valueRange(points)} (${spec.yLabel}).`;
  return {
    kind: "estimates",
    id: spec.id,
    title: spec.title,
    ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
    yLabel: spec.yLabel,
    series,
    points,
    xDomain,
    summary,
  };
}
