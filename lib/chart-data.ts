import { partialDateEnd, partialDateStart } from "./cell-parsers";
import { formatNumber, formatValue } from "./format";
import type { ChartSpec, DataRow, DatasetMeta, Source } from "./schema";
import { partnerShares, transfersFromRows, windowLabel, windows } from "./sipri-shares";

/**
 * Chart data is prepared on the server, once, at build time: the browser gets plain points,
 * never CSV or raw rows to filter.
 */
export interface EstimatePoint {
  rowId: string;
  series: string;
  /** Midpoint of the period, as a fractional year. */
  x: number;
  /** Offsets from `x` to the period's start and end (for the horizontal period line). */
  xErr: [number, number];
  y: number;
  /** Offset up to the high end of a stated range, [0, 0] when none. */
  yErr: [number, number];
  period: string;
  valueText: string;
  source: string;
}

export interface EstimatesChartData {
  type: "estimates";
  id: string;
  title: string;
  subtitle?: string;
  yLabel: string;
  series: string[];
  points: EstimatePoint[];
  xDomain: [number, number];
  summary: string;
}

export interface BarDatum {
  rowId: string;
  category: string;
  value: number;
  valueText: string;
  source: string;
}

export interface BarsChartData {
  type: "bars";
  id: string;
  title: string;
  subtitle?: string;
  yLabel: string;
  bars: BarDatum[];
  summary: string;
}

export interface StackedRow {
  category: string;
  /** One value per series, in `series` order (0 where a series has none). */
  values: number[];
}

export interface StackedChartData {
  type: "stacked";
  id: string;
  title: string;
  subtitle?: string;
  yLabel: string;
  series: string[];
  rows: StackedRow[];
  /** Values are percentages (each bar sums to 100). */
  percent: boolean;
  summary: string;
}

export type ChartData = EstimatesChartData | BarsChartData | StackedChartData;

const OTHERS = "All others";

/** Keeps the `top` series with the largest totals; the rest are summed into "All others". */
function stackTop(
  categories: string[],
  cells: Map<string, Map<string, number>>,
  top: number | undefined,
): { series: string[]; rows: StackedRow[] } {
  const totals = new Map<string, number>();
  for (const byCategory of cells.values())
    for (const [series, v] of byCategory) totals.set(series, (totals.get(series) ?? 0) + v);
  const ranked = [...totals.keys()].sort(
    (a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : 1),
  );
  const kept = top !== undefined && ranked.length > top + 1 ? ranked.slice(0, top) : ranked;
  const hasOthers = kept.length < ranked.length;
  const series = hasOthers ? [...kept, OTHERS] : kept;
  const index = new Map(kept.map((name, i) => [name, i]));
  const rows = categories.map((category) => {
    const values = new Array<number>(series.length).fill(0);
    for (const [name, v] of cells.get(category) ?? []) {
      const i = index.get(name) ?? series.length - 1;
      values[i]! += v;
    }
    return { category, values };
  });
  return { series, rows };
}

function str(row: DataRow, key: string | undefined): string | undefined {
  if (!key) return undefined;
  const v = row[key];
  return typeof v === "string" ? v : undefined;
}

function num(row: DataRow, key: string | undefined): number | undefined {
  if (!key) return undefined;
  const v = row[key];
  return typeof v === "number" ? v : undefined;
}

/** Rows whose listed columns each hold one of the allowed values. */
export function matchesWhere(row: DataRow, where: Record<string, string[]> | undefined): boolean {
  if (!where) return true;
  return Object.entries(where).every(([k, allowed]) => allowed.includes(String(row[k] ?? "")));
}

interface Context {
  meta: DatasetMeta;
  sourceById: ReadonlyMap<string, Source>;
}

function rowUnit(meta: DatasetMeta, valueKey: string, row: DataRow): string | undefined {
  const col = meta.columns.find((c) => c.key === valueKey);
  return col?.unitColumn ? str(row, col.unitColumn) : col?.unit;
}

function sourceLabel(ctx: Context, row: DataRow): string {
  const key = ctx.meta.columns.find((c) => c.type === "sources")!.key;
  const ids = row[key] as string[];
  return ids.map((id) => ctx.sourceById.get(id)?.publisher ?? id).join("; ");
}

function periodLabel(ctx: Context, row: DataRow, startKey: string): string {
  const col = ctx.meta.columns.find((c) => c.key === startKey);
  return str(row, col?.display?.labelColumn) ?? str(row, startKey) ?? "";
}

function qualifierOf(ctx: Context, valueKey: string, row: DataRow): string | undefined {
  const col = ctx.meta.columns.find((c) => c.key === valueKey);
  return str(row, col?.display?.prefixColumn);
}

/**
 * Estimates with the same period and value (one statement reprinted by several outlets) would
 * hide each other; spread their dots a little along their period, whose line stays exact.
 */
/** Whole years spanning every point's period. */
export function estimatesDomain(points: readonly EstimatePoint[]): [number, number] {
  const xs = points.flatMap((p) => [p.x - p.xErr[0], p.x + p.xErr[1]]);
  return xs.length ? [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))] : [0, 1];
}

export function dodgeCoincident(points: EstimatePoint[]): void {
  const groups = new Map<string, EstimatePoint[]>();
  for (const p of points) {
    const key = `${p.x.toFixed(4)}|${p.y}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((p, i) => {
      const start = p.x - p.xErr[0];
      const end = p.x + p.xErr[1];
      const step = Math.min(0.15, (end - start) / (group.length + 1));
      p.x += (i - (group.length - 1) / 2) * step;
      p.xErr = [p.x - start, end - p.x];
    });
  }
}

function estimates(
  spec: Extract<ChartSpec, { type: "estimates" }>,
  rows: readonly DataRow[],
  ctx: Context,
  idKey: string,
): EstimatesChartData {
  const points: EstimatePoint[] = [];
  for (const row of rows) {
    if (!matchesWhere(row, spec.where)) continue;
    const unit = rowUnit(ctx.meta, spec.value, row);
    if (spec.unitStartsWith && !(unit ?? "").startsWith(spec.unitStartsWith)) continue;
    const y = num(row, spec.value);
    const start = str(row, spec.start);
    const end = str(row, spec.end) ?? start;
    if (y === undefined || start === undefined || end === undefined) continue;
    const x0 = partialDateStart(start);
    const x1 = partialDateEnd(end);
    const x = (x0 + x1) / 2;
    const high = num(row, spec.valueHigh);
    points.push({
      rowId: str(row, idKey)!,
      series: str(row, spec.series) ?? "",
      x,
      xErr: [x - x0, x1 - x],
      y,
      yErr: [0, high !== undefined ? high - y : 0],
      period: periodLabel(ctx, row, spec.start),
      valueText: formatValue(y, { unit, qualifier: qualifierOf(ctx, spec.value, row), high }),
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
  const ys = points.map((p) => p.y);
  const summary =
    points.length === 0
      ? "No rows match this chart."
      : `${points.length} estimate${points.length === 1 ? "" : "s"} for ${series.length} series (${series.slice(0, 4).join(", ")}${series.length > 4 ? ", …" : ""}), covering ${xDomain[0]}–${xDomain[1]}; values from ${formatNumber(Math.min(...ys))} to ${formatNumber(Math.max(...ys))} (${spec.yLabel}).`;
  return {
    type: "estimates",
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    yLabel: spec.yLabel,
    series,
    points,
    xDomain,
    summary,
  };
}

function bars(
  spec: Extract<ChartSpec, { type: "bars" }>,
  rows: readonly DataRow[],
  ctx: Context,
  idKey: string,
): BarsChartData {
  const picked = rows
    .filter((row) => matchesWhere(row, spec.where))
    .map((row) => ({ row, order: str(row, spec.orderBy) ?? "" }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const out: BarDatum[] = [];
  for (const { row } of picked) {
    const v = num(row, spec.value);
    if (v === undefined) continue;
    const unit = rowUnit(ctx.meta, spec.value, row);
    const factor = spec.convertUnits ? spec.convertUnits[unit ?? ""] : 1;
    // A unit with no stated conversion is left out rather than drawn on the wrong scale.
    if (factor === undefined) continue;
    out.push({
      rowId: str(row, idKey)!,
      category: str(row, spec.category) ?? "",
      value: v * factor,
      valueText: formatValue(v, { unit, qualifier: qualifierOf(ctx, spec.value, row) }),
      source: sourceLabel(ctx, row),
    });
  }
  const summary =
    out.length === 0
      ? "No rows match this chart."
      : `${out.length} bars: ${out.map((b) => `${b.category} ${b.valueText}`).join("; ")}.`;
  return {
    type: "bars",
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    yLabel: spec.yLabel,
    bars: out,
    summary,
  };
}

function stacked(
  spec: Extract<ChartSpec, { type: "stacked" }>,
  rows: readonly DataRow[],
): StackedChartData {
  const cells = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (!matchesWhere(row, spec.where)) continue;
    const v = num(row, spec.value);
    const x = row[spec.x];
    if (v === undefined || x === undefined) continue;
    const category = String(x);
    const series = String(row[spec.series] ?? "");
    const byCategory = cells.get(category) ?? new Map<string, number>();
    byCategory.set(series, (byCategory.get(series) ?? 0) + v);
    cells.set(category, byCategory);
  }
  // Years with nothing delivered are bars of zero, not gaps that close up the time axis.
  const years = [...cells.keys()].map(Number);
  if (years.length > 1 && years.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2100)) {
    for (let y = Math.min(...years); y <= Math.max(...years); y++)
      if (!cells.has(String(y))) cells.set(String(y), new Map());
  }
  const categories = [...cells.keys()].sort(
    (a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const { series, rows: out } = stackTop(categories, cells, spec.topSeries);
  const totals = out.map((r) => r.values.reduce((a, b) => a + b, 0));
  const max = totals.length ? Math.max(...totals) : 0;
  const summary =
    out.length === 0
      ? "No rows match this chart."
      : `${out.length} bars from ${out[0]!.category} to ${out[out.length - 1]!.category}, stacked by ${series.length} series (${series.join(", ")}); highest total ${max.toFixed(1)} in ${out[totals.indexOf(max)]!.category} (${spec.yLabel}).`;
  return {
    type: "stacked",
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    yLabel: spec.yLabel,
    series,
    rows: out,
    percent: false,
    summary,
  };
}

function windowShareChart(
  spec: Extract<ChartSpec, { type: "window-shares" }>,
  rows: readonly DataRow[],
): StackedChartData {
  const mine = transfersFromRows(rows).filter(
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
  const { series, rows: out } = stackTop(categories, cells, spec.topPartners);
  const latest = out[out.length - 1];
  const summary = latest
    ? `Computed shares for ${out.length} windows (${out[0]!.category} to ${latest.category}). In ${latest.category}: ${series
        .map((name, i) => ({ name, v: latest.values[i]! }))
        .filter((x) => x.v > 0)
        .sort((a, b) => b.v - a.v)
        .map((x) => `${x.name} ${x.v.toFixed(1)}%`)
        .join(", ")}.`
    : "No rows match this chart.";
  return {
    type: "stacked",
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle,
    yLabel: spec.yLabel,
    series,
    rows: out,
    percent: true,
    summary,
  };
}

export function chartData(
  meta: DatasetMeta,
  rows: readonly DataRow[],
  sources: readonly Source[],
): ChartData[] {
  const ctx: Context = { meta, sourceById: new Map(sources.map((s) => [s.id, s])) };
  const idKey = meta.columns.find((c) => c.type === "id")!.key;
  return meta.charts.map((spec) => {
    switch (spec.type) {
      case "estimates":
        return estimates(spec, rows, ctx, idKey);
      case "bars":
        return bars(spec, rows, ctx, idKey);
      case "stacked":
        return stacked(spec, rows);
      case "window-shares":
        return windowShareChart(spec, rows);
    }
  });
}
