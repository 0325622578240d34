/**
 * The crude link to Israel as its evidence states it: for each quantity (Azerbaijan's share;
 * Azerbaijan's and Kazakhstan's together), every independent estimate whose stated period meets
 * the chosen years, grouped by denominator — a count and a range per denominator, never one
 * range across denominators. Re-reports are folded into the estimate they repeat (the
 * disagreement views' own points). The reference value that sets a drawn width is the median of
 * the denominator with the most independent estimates; the sleeve is that denominator's range.
 */
import type { Disagreement } from "../charts/estimates/disagreements";
import type { EstimatePoint } from "../charts/estimates/model";
import type { Dataset } from "../data/catalog";
import { formatNumber } from "../data/format";

export interface DenominatorRange {
  /** "% of Israel's crude imports", as the disagreement view names the series. */
  denominator: string;
  estimates: EstimatePoint[];
  /** The sources of the estimates' rows (re-reports included). */
  sourceIds: string[];
  min: number;
  max: number;
}

export interface OilLink {
  id: string;
  label: string;
  /** The disagreement view this link comes from (its anchor on the dataset page). */
  href: string;
  groups: DenominatorRange[];
  /** The group whose median sets the width; undefined when no estimate meets the years. */
  reference?: { denominator: string; value: number; why: string };
  /** Estimates left out because their stated period lies outside the chosen years. */
  outside: number;
}

export interface Years {
  from: number;
  to: number;
}

/** Whether a point's stated period meets the years (an undated estimate meets none). */
export function meetsYears(p: EstimatePoint, years: Years): boolean {
  if (p.apart || !Number.isFinite(p.x)) return false;
  const x0 = p.x - p.xErr[0];
  const x1 = p.x + p.xErr[1];
  // x1 is the instant after the period's last; a point in time (x0 = x1) meets its own year.
  return x0 < years.to + 1 && (x1 > years.from || (x0 === x1 && x0 >= years.from));
}

function isEstimate(p: EstimatePoint): boolean {
  return !p.series.startsWith("Claim");
}

/** "% of X (no method stated)" counts with "% of X": the same denominator. */
export function denominatorOf(series: string): string {
  return series.replace(/ \(no method stated\)$/, "");
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function oilLink(
  view: Disagreement,
  label: string,
  dataset: Dataset,
  years: Years | undefined,
): OilLink {
  const rowById = new Map(dataset.rows.map((r) => [String(r[dataset.roles.id]), r]));
  const sourceIdsOf = (points: EstimatePoint[]) => [
    ...new Set(
      points
        .flatMap((p) => [p.rowId, ...(p.reports ?? []).map((r) => r.rowId)])
        .flatMap((id) => (rowById.get(id)?.[dataset.roles.sources] as string[] | undefined) ?? []),
    ),
  ];
  const all = view.chart.points.filter(isEstimate);
  const inYears = years ? all.filter((p) => meetsYears(p, years)) : all;
  const byDenominator = new Map<string, EstimatePoint[]>();
  for (const p of inYears) {
    const d = denominatorOf(p.series);
    byDenominator.set(d, [...(byDenominator.get(d) ?? []), p]);
  }
  const groups = [...byDenominator]
    .map(([denominator, estimates]) => ({
      denominator,
      estimates: [...estimates].sort((a, b) => a.y - b.y),
      sourceIds: sourceIdsOf(estimates),
      min: Math.min(...estimates.map((p) => p.y)),
      max: Math.max(...estimates.map((p) => p.y + p.yErr[1])),
    }))
    .sort(
      (a, b) =>
        b.estimates.length - a.estimates.length || a.denominator.localeCompare(b.denominator),
    );
  const lead = groups[0];
  return {
    id: view.id,
    label,
    href: `/datasets/${dataset.slug}#disagreement-${view.id}`,
    groups,
    ...(lead
      ? {
          reference: {
            denominator: lead.denominator,
            value: median(lead.estimates.map((p) => p.y)),
            why: `the median of the ${lead.estimates.length} independent ${lead.estimates.length === 1 ? "estimate" : "estimates"} of ${lead.denominator}, the denominator with the most estimates${groups.length > 1 ? "; the other denominators are listed, not drawn, since shares of different wholes do not add or compare" : ""}`,
          },
        }
      : {}),
    outside: all.length - inYears.length,
  };
}

/** One line per denominator: "3 independent estimates of % of X: 22–46.4%". */
export function groupText(g: DenominatorRange): string {
  const n = g.estimates.length;
  const range =
    g.min === g.max ? `${formatNumber(g.min)}%` : `${formatNumber(g.min)}–${formatNumber(g.max)}%`;
  return `${n} independent ${n === 1 ? "estimate" : "estimates"} of ${g.denominator}: ${range}`;
}

/** Everything a reader hears or reads on the link: every estimate with source and period. */
export function oilLinkText(link: OilLink): string {
  if (link.groups.length === 0) return `${link.label}: no independent estimate for these years.`;
  const parts = link.groups.map(
    (g) =>
      `${groupText(g)} (${g.estimates.map((p) => `${p.valueText}, ${p.period}, ${p.source}${p.reports ? `, ${p.reports.length} reports` : ""}`).join("; ")})`,
  );
  return `${link.label}: ${parts.join(". ")}.`;
}
