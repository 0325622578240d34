import { formatNumber } from "../../data/format";
import { numberCell } from "../../data/roles";
import { whereColumns, type ChartContext } from "../context";
import { matchesWhere } from "../../data/where";
import { stackTop, stackTotal, type StackedChartData } from "./model";
import type { StackedSpec } from "./spec";

export function stackedReferences(spec: StackedSpec) {
  return {
    columns: { x: spec.x, series: spec.series, value: spec.value, ...whereColumns(spec.where) },
    roles: [] as const,
  };
}

/** Sums `value` per (x, series); years with nothing are bars of zero, not gaps. */
export function buildStacked(spec: StackedSpec, ctx: ChartContext): StackedChartData {
  const cells = new Map<string, Map<string, number>>();
  for (const row of ctx.dataset.rows) {
    if (!matchesWhere(row, spec.where)) continue;
    const v = numberCell(row, spec.value);
    const x = row[spec.x];
    if (v === undefined || x === undefined) continue;
    const category = String(x);
    const series = String(row[spec.series] ?? "");
    const byCategory = cells.get(category) ?? new Map<string, number>();
    byCategory.set(series, (byCategory.get(series) ?? 0) + v);
    cells.set(category, byCategory);
  }
  const years = [...cells.keys()].map(Number);
  if (years.length > 1 && years.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2100)) {
    for (let y = Math.min(...years); y <= Math.max(...years); y++)
      if (!cells.has(String(y))) cells.set(String(y), new Map());
  }
  const categories = [...cells.keys()].sort(
    (a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const { series, rows } = stackTop(categories, cells, spec.topSeries);
  const totals = rows.map(stackTotal);
  const max = totals.length ? Math.max(...totals) : 0;
  const unit = ctx.dataset.meta.columns.find((c) => c.key === spec.value)?.unit;
  return {
    kind: "stacked",
    id: spec.id,
    title: spec.title,
    ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
    yLabel: spec.yLabel,
    series,
    rows,
    percent: false,
    ...(unit ? { unit } : {}),
    summary:
      rows.length === 0
        ? "No rows match this chart."
        : `${rows.length} bars from ${rows[0]!.category} to ${rows[rows.length - 1]!.category}, stacked by ${series.length} series: ${series.join(", ")}; highest total ${formatNumber(max, 1)} in ${rows[totals.indexOf(max)]!.category}, in ${spec.yLabel}.`,
  };
}
