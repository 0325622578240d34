import { rowValue } from "../../data/format";
import { figureHref } from "../../data/row-ids";
import { textCell, valueFormat } from "../../data/roles";
import type { DataRow } from "../../data/schema";
import type { SeriesStyle } from "../palette";
import {
  independenceText,
  independentEstimates,
  measurementCount,
  publicationCount,
} from "../../evidence/lineage";
import { statedPeriod } from "../../evidence/periods";
import { sourceLabel, whereColumns, type ChartContext } from "../context";
import { matchesWhere } from "../../data/where";
import {
  dodgeCoincident,
  estimatesDomain,
  valueRange,
  coveredYears,
  type EstimatePoint,
  type EstimatesChartData,
} from "./model";
import type { EstimatesSpec } from "./spec";

export function seriesColumns(spec: EstimatesSpec): string[] {
  return Array.isArray(spec.series) ? spec.series : [spec.series];
}

/** Columns the spec names (checked against the metadata) and the roles it needs. */
export function estimatesReferences(spec: EstimatesSpec) {
  return {
    columns: {
      value: spec.value,
      ...Object.fromEntries(seriesColumns(spec).map((k, i) => [`series.${i}`, k])),
      ...whereColumns(spec.where),
    },
    roles: ["period"] as const,
  };
}

/** The publication date of a row's first source, which ends "since" arrows and places undated figures. */
export function publishedOf(ctx: ChartContext, row: DataRow): string | undefined {
  const id = (row[ctx.dataset.roles.sources] as string[] | undefined)?.[0];
  return id ? ctx.sources.get(id)?.published : undefined;
}

/**
 * One point per independent estimate of a series, at its period as its source states it; rows
 * repeating the same measurement (lineage) are folded into it as reports. Shared by estimates
 * charts and the disagreement views.
 */
export function estimatePoints(
  ctx: ChartContext,
  rows: readonly DataRow[],
  seriesOf: (row: DataRow) => string,
  valueKey = ctx.dataset.roles.value?.key,
): EstimatePoint[] {
  const { dataset } = ctx;
  const { roles } = dataset;
  const format = valueKey
    ? valueFormat(dataset.meta.columns.find((c) => c.key === valueKey)!)
    : undefined;
  const bySeries = new Map<string, DataRow[]>();
  for (const row of rows) {
    const series = seriesOf(row);
    bySeries.set(series, [...(bySeries.get(series) ?? []), row]);
  }
  const points: EstimatePoint[] = [];
  for (const [series, members] of bySeries)
    for (const estimate of independentEstimates(roles, members, dataset.rows)) {
      const row = estimate.lead;
      const shown = format ? rowValue(format, row) : undefined;
      const period = statedPeriod(roles, row, publishedOf(ctx, row));
      if (!shown || !period) continue;
      const x = period.apart
        ? NaN
        : period.kind === "span" || period.kind === "as-of" || period.kind === "undated"
          ? (period.x0 + period.x1) / 2
          : period.x0;
      const estimator = textCell(row, roles.estimator);
      points.push({
        rowId: String(row[roles.id]),
        href: figureHref(dataset.slug, String(row[roles.id])),
        series,
        x,
        xErr: period.apart ? [0, 0] : [x - period.x0, period.x1 - x],
        y: shown.value,
        yErr: [0, shown.high !== undefined ? shown.high - shown.value : 0],
        period: period.label,
        valueText: shown.fullText,
        source: `${sourceLabel(ctx, row)}${estimator ? `; measured by ${estimator}` : ""}${estimate.original ? `; first published by ${estimate.original}` : ""}`,
        ...(period.kind !== "span" ? { periodKind: period.kind } : {}),
        ...(period.open ? { open: true } : {}),
        ...(period.apart ? { apart: true } : {}),
        ...(estimate.rows.length > 1
          ? {
              reports: estimate.rows.map((r) => ({
                rowId: String(r[roles.id]),
                href: figureHref(dataset.slug, String(r[roles.id])),
                source: sourceLabel(ctx, r),
                ...(textCell(r, roles.quote) ? { quote: textCell(r, roles.quote)! } : {}),
                ...(textCell(r, roles.reportedAs)
                  ? { reportedAs: textCell(r, roles.reportedAs)! }
                  : {}),
              })),
            }
          : {}),
      });
    }
  return points;
}

export function buildEstimates(spec: EstimatesSpec, ctx: ChartContext): EstimatesChartData {
  const { dataset } = ctx;
  const format = valueFormat(dataset.meta.columns.find((c) => c.key === spec.value)!);
  const columns = seriesColumns(spec);
  const rows = dataset.rows.filter((row) => {
    if (!matchesWhere(row, spec.where)) return false;
    const unit = rowValue(format, row)?.unit ?? "";
    return !spec.unitStartsWith || unit.startsWith(spec.unitStartsWith);
  });
  const points = estimatePoints(
    ctx,
    rows,
    (row) => columns.map((k) => String(row[k] ?? "")).join(" · "),
    spec.value,
  );
  dodgeCoincident(points);
  const { series, styles } = seriesOrder(points, columns.length);
  const xDomain = estimatesDomain(points);
  const drawn = new Set(
    points.flatMap((p) => (p.reports ?? [{ rowId: p.rowId }]).map((r) => r.rowId)),
  );
  const publications = publicationCount(
    dataset.roles,
    rows.filter((r) => drawn.has(String(r[dataset.roles.id]))),
  );
  // A statistics series in several vintages (each edition's figure for a year revises the
  // last) holds no independent estimates: it counts figures.
  // A figure repeated against several wholes is drawn once in each series but is one estimate:
  // the count is of measurements (lineage), the marks may be more.
  const measurements = measurementCount(
    dataset.roles,
    rows.filter((r) => drawn.has(String(r[dataset.roles.id]))),
    dataset.rows,
  );
  const counted = dataset.roles.vintage
    ? (n: number, p: number) =>
        `${n} figure${n === 1 ? "" : "s"} from ${p} publication${p === 1 ? "" : "s"}`
    : independenceText;
  const marks =
    !dataset.roles.vintage && measurements !== points.length
      ? ` (${points.length} marks: a figure repeated against different wholes is drawn under each)`
      : "";
  const summary =
    points.length === 0
      ? "No rows match this chart."
      : `${counted(dataset.roles.vintage ? points.length : measurements, publications)}${marks} for ${series.length} series: ${series.slice(0, 4).join(", ")}${series.length > 4 ? ", …" : ""}; covering ${coveredYears(xDomain)}; values ${valueRange(points, format.digits)}, in ${spec.yLabel}.`;
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
    ...(styles ? { styles } : {}),
  };
}

/** Values in order of how many points carry them, then alphabetically. */
function byCount(values: string[]): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a.localeCompare(b));
}

/**
 * The legend's order and, when a series is named by two columns (supplier · denominator), its
 * style: one colour per supplier, one marker shape per denominator, so a reader sees at once
 * which marks are one supplier's and which measure the same whole.
 */
function seriesOrder(
  points: EstimatePoint[],
  columns: number,
): { series: string[]; styles?: Record<string, SeriesStyle> } {
  if (columns < 2) return { series: byCount(points.map((p) => p.series)) };
  const split = (s: string) => {
    const at = s.indexOf(" · ");
    return [s.slice(0, at), s.slice(at + 3)] as const;
  };
  const firsts = byCount(points.map((p) => split(p.series)[0]));
  const rests = byCount(points.map((p) => split(p.series)[1]));
  const series = byCount(points.map((p) => p.series)).sort(
    (a, b) => firsts.indexOf(split(a)[0]) - firsts.indexOf(split(b)[0]),
  );
  const styles = Object.fromEntries(
    series.map((s) => [
      s,
      { color: firsts.indexOf(split(s)[0]), shape: rests.indexOf(split(s)[1]) },
    ]),
  );
  return { series, styles };
}
