import { rowValue } from "../../data/format";
import { valueFormat } from "../../data/roles";
import { rowPeriod, sourceLabel, whereColumns, type ChartContext } from "../context";
import { matchesWhere } from "../../data/where";
import type { BarDatum, BarsChartData } from "./model";
import type { BarsSpec } from "./spec";

export function barsReferences(spec: BarsSpec) {
  return {
    columns: { category: spec.category, value: spec.value, ...whereColumns(spec.where) },
    roles: ["period"] as const,
  };
}

/** One bar per matching row, in period order; a unit with no stated conversion is left out. */
export function buildBars(spec: BarsSpec, ctx: ChartContext): BarsChartData {
  const { dataset } = ctx;
  const format = valueFormat(dataset.meta.columns.find((c) => c.key === spec.value)!);
  const picked = dataset.rows
    .filter((row) => matchesWhere(row, spec.where))
    .map((row) => ({ row, period: rowPeriod(dataset, row) }))
    // By start; a bare year ("2021") before a part of it ("2021-01"), as the dates sort.
    .sort(
      (a, b) =>
        (a.period?.x0 ?? Infinity) - (b.period?.x0 ?? Infinity) ||
        (a.period?.start ?? "").localeCompare(b.period?.start ?? ""),
    );
  const bars: BarDatum[] = [];
  for (const { row } of picked) {
    const shown = rowValue(format, row);
    if (!shown) continue;
    const factor = spec.convertUnits ? spec.convertUnits[shown.unit ?? ""] : 1;
    // Drawn on the wrong scale is worse than not drawn: the caption lists the conversions.
    if (factor === undefined) continue;
    bars.push({
      rowId: String(row[dataset.roles.id]),
      category: String(row[spec.category] ?? ""),
      value: shown.value * factor,
      valueText: shown.fullText,
      source: sourceLabel(ctx, row),
    });
  }
  return {
    kind: "bars",
    id: spec.id,
    title: spec.title,
    ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
    yLabel: spec.yLabel,
    bars,
    summary:
      bars.length === 0
        ? "No rows match this chart."
        : `${bars.length} bars: ${bars.map((b) => `${b.category} ${b.valueText}`).join("; ")}.`,
  };
}
