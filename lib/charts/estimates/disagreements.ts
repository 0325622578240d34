import { partialDateEnd, partialDateStart } from "../../data/cell-parsers";
import type { Catalog, Dataset } from "../../data/catalog";
import { formatNumber, formatPartialDate, rowValue } from "../../data/format";
import { textCell } from "../../data/roles";
import type { DataRow, DisagreementSpec } from "../../data/schema";
import { independenceText, measurementCount, publicationCount } from "../../evidence/lineage";
import { instant } from "../../evidence/periods";
import { quantityOf } from "../../evidence/quantities";
import { type ChartContext } from "../context";
import { matchesWhere } from "../../data/where";
import { estimatePoints } from "./build";
import {
  dodgeCoincident,
  estimatesDomain,
  valueRange,
  type EstimatePoint,
  type EstimatesChartData,
} from "./model";
import type { SeriesStyle } from "../palette";
import { compareArms, type ComparisonRow } from "../../sipri/comparison";
import { claimViews, type ClaimView } from "../../claims/claims-view";

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
  published: "Published by SIPRI (as reported at release)",
  claim: "Claim checked in the ledger",
} as const;

/** First word of a unit ("%", "bcm", "US$"): a claim is drawn only on a chart of its own unit. */
function unitFamily(unit: string | undefined): string {
  return (unit ?? "").trim().split(/\s+/)[0] ?? "";
}

/** A claim's series: one per denominator it states, so a claimed share sits with its own whole. */
function claimSeries(claim: ClaimView): string {
  return claim.statedDenominator ? `Claim: % of ${claim.statedDenominator}` : SERIES.claim;
}

/** A claim with a stated figure, placed at its stated period (or its article's date). */
function claimPoint(
  claim: ClaimView,
  atWindowEnd: boolean,
  units: ReadonlySet<string>,
): EstimatePoint | undefined {
  if (claim.statedValue === undefined || !units.has(unitFamily(claim.statedUnit))) return undefined;
  // A claim that states no period is placed at its article's date, as a point: the article's
  // year is when it was said, not a period it covers.
  const stated = claim.statedStart !== undefined;
  const start = claim.statedStart ?? claim.date;
  const end = claim.statedEnd ?? start;
  if (!start) return undefined;
  const x0 = stated ? partialDateStart(start) : instant(start);
  const x1 = stated ? partialDateEnd(end) : x0;
  const x = atWindowEnd ? Math.floor(x1 - 1e-9) + 0.5 : (x0 + x1) / 2;
  return {
    rowId: claim.id,
    href: `/claims#${claim.id}`,
    series: claimSeries(claim),
    x,
    xErr: atWindowEnd ? [0, 0] : [x - x0, x1 - x],
    ...(stated ? {} : { periodKind: "undated" as const }),
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
  lead: string,
  styles?: Record<string, SeriesStyle>,
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
    summary: summary(order, points, spec.yLabel, lead),
    ...(styles ? { styles } : {}),
  };
}

function summary(order: string[], points: EstimatePoint[], yLabel: string, lead: string): string {
  if (points.length === 0) return "No values for this quantity.";
  const parts = order
    .map((s) => [s, points.filter((p) => p.series === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} × ${s}`);
  return `${lead}: ${parts.join("; ")}; values ${valueRange(points)}, in ${yLabel}.`;
}

function estimatesView(
  spec: Extract<DisagreementSpec, { type: "estimates" }>,
  ctx: ChartContext,
  claims: ClaimView[],
): EstimatesChartData {
  const { dataset } = ctx;
  const { roles } = dataset;
  const rows = dataset.rows.filter((row) => matchesWhere(row, spec.where));
  // One series per denominator (or measure): shares of different wholes are never joined.
  const seriesOf = (row: DataRow) => {
    const q = quantityOf(roles, row);
    const name =
      q === undefined ? "as reported" : textCell(row, roles.denominator) ? `% of ${q}` : q;
    const withoutMethod =
      spec.method && spec.method.without.includes(String(row[spec.method.column] ?? ""));
    return withoutMethod ? `${name} (no method stated)` : name;
  };
  const points = estimatePoints(ctx, rows, seriesOf);
  const drawn = new Set(points.flatMap((p) => (p.reports ?? [p]).map((r) => r.rowId)));
  const measured = rows.filter((r) => drawn.has(String(r[roles.id])));
  const units = new Set(
    rows.map((r) => unitFamily(roles.value ? rowValue(roles.value, r)?.unit : undefined)),
  );
  const estimates = measurementCount(roles, measured, dataset.rows);
  const publications = publicationCount(roles, measured);
  for (const c of claims) {
    const p = claimPoint(c, false, units);
    if (p) points.push(p);
  }
  dodgeCoincident(points);
  // Colour by what is measured (a claim shares its whole's colour), shape by the kind of figure:
  // an estimate with a method, one stated without, a claim.
  const wholes: string[] = [];
  const styles: Record<string, SeriesStyle> = {};
  const order: string[] = [];
  for (const p of [...points].sort((a, b) => Number(isClaim(a)) - Number(isClaim(b)))) {
    if (styles[p.series]) continue;
    const whole = p.series.replace(/^Claim: /, "").replace(/ \(no method stated\)$/, "");
    if (!wholes.includes(whole)) wholes.push(whole);
    const shape = isClaim(p) ? 5 : p.series.endsWith("(no method stated)") ? 1 : 0;
    styles[p.series] = { color: wholes.indexOf(whole), shape };
    order.push(p.series);
  }
  return chartOf(spec, order, points, independenceText(estimates, publications), styles);
}

function isClaim(p: EstimatePoint): boolean {
  return p.series === SERIES.claim || p.series.startsWith("Claim: ");
}

function windowsView(
  spec: Extract<DisagreementSpec, { type: "sipri-windows" }>,
  ctx: ChartContext,
  rows: ComparisonRow[],
  vintage: string | undefined,
  claims: ClaimView[],
): EstimatesChartData {
  const { dataset } = ctx;
  const byId = new Map(dataset.rows.map((r) => [String(r[dataset.roles.id]), r]));
  const flow =
    spec.role === "imports"
      ? `${spec.partner} → ${spec.country}`
      : `${spec.country} → ${spec.partner}`;
  const measure = `% of ${spec.country}'s arms ${spec.role}`;
  const recomputed = `Recomputed from SIPRI data (generated ${vintage ? formatPartialDate(vintage) : "?"})`;
  const points: EstimatePoint[] = [];
  const publishedRows: DataRow[] = [];
  // Rolling windows overlap, so each is drawn at its last year (SIPRI's "2016–20" at 2020).
  for (const r of rows) {
    if (r.measure !== measure || r.flow !== flow) continue;
    const x = r.to + 0.5;
    const members = r.published.filter((p) => p.share !== undefined).map((p) => byId.get(p.rowId)!);
    publishedRows.push(...members);
    // Outlets reporting the same release are one estimate: one mark, its reports folded in.
    estimatePoints(ctx, members, () => SERIES.published).forEach((p, i) => {
      points.push({
        ...p,
        x: x - 0.12 * (i + 1),
        xErr: [0, 0],
        period: r.window,
        valueText: `${formatNumber(p.y)}% ${measure.replace(/^%\s*/, "")}`,
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
  const published = points.filter((p) => p.series === SERIES.published).length;
  for (const c of claims) {
    const p = claimPoint(c, true, new Set(["%"]));
    if (p) points.push(p);
  }
  return chartOf(
    spec,
    [SERIES.published, recomputed, SERIES.claim],
    points,
    independenceText(published, publicationCount(dataset.roles, publishedRows)),
  );
}

/** The disagreement views a dataset declares in a `disagreements` section. */
export function disagreements(
  catalog: Catalog,
  dataset: Dataset,
  specs: readonly DisagreementSpec[],
): Disagreement[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const views = new Map(claimViews(catalog).map((c) => [c.id, c]));
  const ctx: ChartContext = { dataset, sources };
  return specs.map((spec) => {
    const claims = spec.claims.map((id) => views.get(id)!);
    if (spec.type === "estimates")
      return { id: spec.id, chart: estimatesView(spec, ctx, claims), claims };
    // Validation made sure the dataset has a comparison section naming a transfers dataset.
    const section = dataset.meta.sections!.find((s) => s.type === "published-vs-recomputed")!;
    const transfers = catalog.datasets.find((d) => d.slug === section.transfers)!;
    const comparison = compareArms(dataset, transfers, catalog, {
      columns: section.columns,
      headlineFlows: [{ country: spec.country, role: spec.role, partner: spec.partner }],
    });
    return {
      id: spec.id,
      chart: windowsView(spec, ctx, comparison.rows, comparison.vintage, claims),
      claims,
    };
  });
}
