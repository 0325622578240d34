import { formatNumber } from "../../data/format";
import { partnerShares, transfersOf, windowLabel, windows } from "../../sipri/shares";
import type { ChartContext } from "../context";
import { stackTop, type StackedChartData } from "../stacked/model";
import type { WindowSharesSpec } from "./spec";

export function windowSharesReferences() {
  return { columns: {}, roles: ["from", "to", "period", "value"] as const };
}

/** Each window's partner shares (computed), drawn as stacked bars summing to 100%. */
export function buildWindowShares(spec: WindowSharesSpec, ctx: ChartContext): StackedChartData {
  const mine = transfersOf(ctx.dataset).filter(
    (t) => (spec.role === "imports" ? t.recipient : t.supplier) === spec.country,
  );
  const years = mine.map((t) => t.year);
  const cells = new Map<string, Map<string, number>>();
  const categories: string[] = [];
  if (years.length > 0) {
    for (const w of windows(
      Math.min(...years) + spec.windowYears - 1,
      Math.max(...years),
      spec.windowYears,
    )) {
      const shares = partnerShares(mine, spec.country, spec.role, w);
      if (shares.total === 0) continue;
      const label = windowLabel(w);
      categories.push(label);
      cells.set(label, new Map(shares.partners.map((p) => [p.partner, p.share ?? 0])));
    }
  }
  const { series, rows } = stackTop(categories, cells, spec.topPartners);
  const latest = rows[rows.length - 1];
  return {
    kind: "stacked",
    id: spec.id,
    title: spec.title,
    ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
    yLabel: spec.yLabel,
    series,
    rows,
    percent: true,
    summary: latest
      ? `Computed shares for ${rows.length} windows (${rows[0]!.category} to ${latest.category}). In ${latest.category}: ${series
          .map((name, i) => ({ name, v: latest.values[i]! }))
          .filter((x) => x.v > 0)
          .sort((a, b) => b.v - a.v)
          .map((x) => `${x.name} ${formatNumber(x.v, 1)}%`)
          .join(", ")}.`
      : "No rows match this chart.",
  };
}
