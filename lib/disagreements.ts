import { compareArms, TRANSFERS_SLUG, type ComparisonRow } from "./arms-comparison";
import type { Catalog, Dataset } from "./catalog";
import { partialDateEnd, partialDateStart } from "./cell-parsers";
import type { EstimatePoint, EstimatesChartData } from "./chart-data";
import { dodgeCoincident, estimatesDomain, matchesWhere } from "./chart-data";
import { claimViews, type ClaimView } from "./claims-view";
import { formatPartialDate, formatValue } from "./format";
import type { DataRow, DisagreementSpec, Source } from "./schema";

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

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function publishers(ids: string[], sources: ReadonlyMap<string, Source>): string {
  return ids.map((id) => sources.get(id)?.publisher ?? id).join("; ");
}

/** First word of a unit ("%", "bcm", "US$"): a claim is drawn only on a chart of its own unit. */
function unitFamily(unit: string | undefined): string {
  return (unit ?? "").trim().split(/\s+/)[0] ?? "";
}

/** A claim with a stated figure, placed at its stated period (or its article's date). */
function claimPoint(
  claim: ClaimView,
  row: DataRow,
  atWindowEnd: boolean,
  units: ReadonlySet<string>,
): EstimatePoint | undefined {
  if (typeof row.stated_value !== "number" || !units.has(unitFamily(str(row.stated_unit))))
    return undefined;
  const start = str(row.stated_period_start) ?? claim.date;
  const end =
    str(row.stated_period_end) ?? (str(row.stated_period_start) ? undefined : claim.date) ?? start;
  if (!start) return undefined;
  const x0 = partialDateStart(start);
  const x1 = partialDateEnd(end ?? start);
  const x = atWindowEnd ? Math.floor(x1 - 1e-9) + 0.5 : (x0 + x1) / 2;
  return {
    rowId: claim.id,
    series: SERIES.claim,
    x,
    xErr: atWindowEnd ? [0, 0] : [x - x0, x1 - x],
    y: row.stated_value,
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
    type: "estimates",
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    yLabel: spec.yLabel,
    series: order.filter((s) => points.some((p) => p.series === s)),
    points,
    xDomain: estimatesDomain(points),
    summary: summary(points, spec.yLabel),
  };
}

function summary(points: EstimatePoint[], yLabel: string): string {
  const count = (s: string) => points.filter((p) => p.series === s).length;
  const parts = Object.values(SERIES)
    .map((s) => [s, count(s)] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} × ${s.toLowerCase()}`);
  const others = points.filter((p) => !Object.values(SERIES).includes(p.series as never)).length;
  if (others) parts.push(`${others} recomputed`);
  const ys = points.map((p) => p.y);
  return points.length
    ? `${parts.join(", ")}; values from ${Math.min(...ys)} to ${Math.max(...ys)} (${yLabel}).`
    : "No values for this quantity.";
}

function estimatesView(
  spec: Extract<DisagreementSpec, { type: "estimates" }>,
  dataset: Dataset,
  claims: ClaimView[],
  claimRows: Map<string, DataRow>,
  sources: ReadonlyMap<string, Source>,
): EstimatesChartData {
  const idKey = dataset.meta.columns.find((c) => c.type === "id")!.key;
  const sourcesKey = dataset.meta.columns.find((c) => c.type === "sources")!.key;
  const valueCol = dataset.meta.columns.find((c) => c.key === spec.value)!;
  const labelKey = dataset.meta.columns.find((c) => c.key === spec.start)?.display?.labelColumn;
  const points: EstimatePoint[] = [];
  for (const row of dataset.rows) {
    if (!matchesWhere(row, spec.where) || typeof row[spec.value] !== "number") continue;
    const start = str(row[spec.start]);
    if (!start) continue;
    const x0 = partialDateStart(start);
    const x1 = partialDateEnd(str(row[spec.end]) ?? start);
    const x = (x0 + x1) / 2;
    const y = row[spec.value] as number;
    const high =
      spec.valueHigh && typeof row[spec.valueHigh] === "number"
        ? (row[spec.valueHigh] as number)
        : undefined;
    points.push({
      rowId: String(row[idKey]),
      series: !spec.method
        ? SERIES.reported
        : spec.method.without.includes(String(row[spec.method.column] ?? ""))
          ? SERIES.noMethod
          : SERIES.method,
      x,
      xErr: [x - x0, x1 - x],
      y,
      yErr: [0, high !== undefined ? high - y : 0],
      period: (labelKey && str(row[labelKey])) || formatPartialDate(start),
      valueText: formatValue(y, {
        unit: valueCol.unitColumn ? str(row[valueCol.unitColumn]) : valueCol.unit,
        qualifier: valueCol.display?.prefixColumn
          ? str(row[valueCol.display.prefixColumn])
          : undefined,
        high,
      }),
      source: `${publishers(row[sourcesKey] as string[], sources)}${str(row.estimator) ? ` (${str(row.estimator)})` : ""}`,
    });
  }
  const units = new Set(
    dataset.rows
      .filter((r) => matchesWhere(r, spec.where))
      .map((r) => unitFamily(valueCol.unitColumn ? str(r[valueCol.unitColumn]) : valueCol.unit)),
  );
  for (const c of claims) {
    const p = claimPoint(c, claimRows.get(c.id)!, false, units);
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
  claimRows: Map<string, DataRow>,
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
        valueText: `${p.share}%`,
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
        valueText: `${r.recomputed.share.toFixed(1)}% (computed)`,
        source: "SIPRI trade register, computed by Flowledger",
      });
  }
  for (const c of claims) {
    const p = claimPoint(c, claimRows.get(c.id)!, true, new Set(["%"]));
    if (p) points.push(p);
  }
  return chartOf(spec, [SERIES.published, recomputed, SERIES.claim], points);
}

export function disagreements(catalog: Catalog, dataset: Dataset): Disagreement[] {
  const specs = dataset.meta.disagreements ?? [];
  if (specs.length === 0) return [];
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const views = new Map(claimViews(catalog).map((c) => [c.id, c]));
  const claimRows = new Map((catalog.claims?.rows ?? []).map((r) => [String(r.id), r]));
  const transfers = catalog.datasets.find((d) => d.slug === TRANSFERS_SLUG);
  const comparison =
    specs.some((s) => s.type === "sipri-windows") && transfers
      ? compareArms(dataset, transfers, catalog)
      : undefined;
  const out: Disagreement[] = [];
  for (const spec of specs) {
    const claims = spec.claims.map((id) => views.get(id)!).filter(Boolean);
    if (spec.type === "estimates")
      out.push({
        id: spec.id,
        chart: estimatesView(spec, dataset, claims, claimRows, sources),
        claims,
      });
    else if (comparison)
      out.push({
        id: spec.id,
        chart: windowsView(spec, comparison.rows, comparison.vintage, claims, claimRows, sources),
        claims,
      });
  }
  return out;
}
