import { partialDateEnd, partialDateStart } from "../data/cell-parsers";
import type { Catalog, Dataset } from "../data/catalog";
import { formatNumber, formatPartialDate, rowValue } from "../data/format";
import { textCell } from "../data/roles";
import type { DisagreementSpec, Source } from "../data/schema";
import { matchesWhere, rowPeriod } from "../charts/context";
import {
  dodgeCoincident,
  estimatesDomain,
  valueRange,
  type EstimatePoint,
  type EstimatesChartData,
} from "../charts/estimates/model";
import { compareArms, type ComparisonRow } from "../sipri/comparison";
import { claimViews, type ClaimView } from "./claims-view";

/**
 * "Where sources disagree": for one contested quantity, every source's value by period —
 * estimates with a stated method, figures stated without one, and the claims checked in the
 * ledger, each drawn differently — with the claims listed beside the chart.
 */
export interface Disagreement {
  id: string;
  chart: EstimatesChartData;
  claims: ClaimView[];
}

export const SERIES = {
  method: "Estimate with a stated method",
  noMethod: "Figure stated without a method",
  reported: "Figure as reported (method not recorded)",
  published: "Published by SIPRI (as reported at release)",
  claim: "Claim checked in the ledger",
} as const;

function publishers(ids: readonly string[], sources: ReadonlyMap<string, Source>): string {
  return ids.map((id) => sources.get(id)?.publisher ?? id).join("; ");
}

/** First word of a unit ("%", "bcm", "US$"): a claim is drawn only on a chart of its own unit. */
function unitFamily(unit: string | undefined): string {
  return (unit ?? "").trim().split(/\s+/)[0] ?? "";
}

/** A claim with a stated figure, placed at its stated period (or its article's date). */
function claimPoint(
  claim: ClaimView,
  atWindowEnd: boolean,
  units: ReadonlySet<string>,
): EstimatePoint | undefined {
  if (claim.statedValue === undefined || !units.has(unitFamily(claim.statedUnit))) return undefined;
  const start = claim.statedStart ?? claim.date;
  const end = claim.statedEnd ?? start;
  if (!start) return undefined;
  const x0 = partialDateStart(start);
  const x1 = partialDateEnd(end);
  const x = atWindowEnd ? Math.floor(x1 - 1e-9) + 0.5 : (x0 + x1) / 2;
  return {
    rowId: claim.id,
    series: SERIES.claim,
    x,
    xErr: atWindowEnd ? [0, 0] : [x - x0, x1 - x],
    y: claim.statedValue,
    yErr: [0, 0],
    period: claim.statedPeriod || `article of ${claim.dateText}`,
    valueText: claim.stated,
    source: `${claim.source.publisher} (claim: ${claim.verdict})`,
  };
}

/** A disagreement view as chart data: series in a fixed order, only those with points. */
function chartOf(
  spec: DisagreementSpec,
  order: string[],
  points: EstimatePoint[],
): EstimatesChartData {
  return {
    kind: "estimates",
    id: spec.id,
    title: spec.title,
    ...(spec.subtitle ? { subtitle: spec.subtitle } : {}),
    yLabel: spec.yLabel,
    series: order.filter((s) => points.some((p) => p.series === s)),
    points,
    xDomain: estimatesDomain(points),
    summary: summary(order, points, spec.yLabel),
  };
}

function summary(order: string[], points: EstimatePoint[], yLabel: string): string {
  if (points.length === 0) return "No values for this quantity.";
  const parts = order
    .map((s) => [s, points.filter((p) => p.series === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} × ${s}`);
  return `${parts.join("; ")}; values ${valueRange(points)} (${yLabel}).`;
}

function estimatesView(
  spec: Extract<DisagreementSpec, { type: "estimates" }>,
  dataset: Dataset,
  claims: ClaimView[],
  sources: ReadonlyMap<string, Source>,
): EstimatesChartData {
  const { roles } = dataset;
  const points: EstimatePoint[] = [];
  const units = new Set<string>();
  for (const row of dataset.rows) {
    if (!matchesWhere(row, spec.where)) continue;
    const shown = roles.value ? rowValue(roles.value, row) : undefined;
    const period = rowPeriod(dataset, row);
    if (!shown || !period) continue;
    units.add(unitFamily(shown.unit));
    const x = (period.x0 + period.x1) / 2;
    const estimator = textCell(row, roles.estimator);
    points.push({
      rowId: String(row[roles.id]),
      series: !spec.method
        ? SERIES.reported
        : spec.method.without.includes(String(row[spec.method.column] ?? ""))
          ? SERIES.noMethod
          : SERIES.method,
      x,
      xErr: [x - period.x0, period.x1 - x],
      y: shown.value,
      yErr: [0, shown.high !== undefined ? shown.high - shown.value : 0],
      period: period.label,
      valueText: shown.fullText,
      source: `${publishers(row[roles.sources] as string[], sources)}${estimator ? ` (${estimator})` : ""}`,
    });
  }
  for (const c of claims) {
    const p = claimPoint(c, false, units);
    if (p) points.push(p);
  }
  dodgeCoincident(points);
  return chartOf(spec, [SERIES.method, SERIES.reported, SERIES.noMethod, SERIES.claim], points);
}

function windowsView(
  spec: Extract<DisagreementSpec, { type: "sipri-windows" }>,
  rows: ComparisonRow[],
  vintage: string | undefined,
  claims: ClaimView[],
  sources: ReadonlyMap<string, Source>,
): EstimatesChartData {
  const flow =
    spec.role === "imports"
      ? `${spec.partner} → ${spec.country}`
      : `${spec.country} → ${spec.partner}`;
  const measure = `% of ${spec.country}'s arms ${spec.role}`;
  const recomputed = `Recomputed from SIPRI data (generated ${vintage ? formatPartialDate(vintage) : "?"})`;
  const points: EstimatePoint[] = [];
  // Rolling windows overlap, so each is drawn at its last year (SIPRI's "2016–20" at 2020).
  for (const r of rows) {
    if (r.measure !== measure || r.flow !== flow) continue;
    const x = r.to + 0.5;
    r.published.forEach((p, i) => {
      if (p.share === undefined) return;
      points.push({
        rowId: p.rowId,
        series: SERIES.published,
        x: x - 0.12 * (i + 1),
        xErr: [0, 0],
        y: p.share,
        yErr: [0, 0],
        period: r.window,
        valueText: `${formatNumber(p.share)}% ${measure.replace(/^%\s*/, "")}`,
        source: publishers(p.sourceIds, sources),
      });
    });
    if (r.recomputed?.share !== undefined)
      points.push({
        rowId: r.key,
        series: recomputed,
        x: x + 0.12,
        xErr: [0, 0],
        y: r.recomputed.share,
        yErr: [0, 0],
        period: r.window,
        valueText: `${formatNumber(r.recomputed.share, 1)}% ${measure.replace(/^%\s*/, "")} (computed)`,
        source: "SIPRI trade register, computed by Flowledger",
        computed: true,
      });
  }
  for (const c of claims) {
    const p = claimPoint(c, true, new Set(["%"]));
    if (p) points.push(p);
  }
  return chartOf(spec, [SERIES.published, recomputed, SERIES.claim], points);
}

/** The disagreement views a dataset declares in a `disagreements` section. */
export function disagreements(
  catalog: Catalog,
  dataset: Dataset,
  specs: readonly DisagreementSpec[],
): Disagreement[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const views = new Map(claimViews(catalog).map((c) => [c.id, c]));
  return specs.map((spec) => {
    const claims = spec.claims.map((id) => views.get(id)!);
    if (spec.type === "estimates")
      return { id: spec.id, chart: estimatesView(spec, dataset, claims, sources), claims };
    // Validation made sure the dataset has a comparison section naming a transfers dataset.
    const section = dataset.meta.sections!.find((s) => s.type === "published-vs-recomputed")!;
    const transfers = catalog.datasets.find((d) => d.slug === section.transfers)!;
    const comparison = compareArms(dataset, transfers, catalog, {
      columns: section.columns,
      headlineFlows: [{ country: spec.country, role: spec.role, partner: spec.partner }],
    });
    return {
      id: spec.id,
      chart: windowsView(spec, comparison.rows, comparison.vintage, claims, sources),
      claims,
    };
  });
}
