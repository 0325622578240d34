import { formatNumber } from "../../data/format";
import { labelsThatFit, MARGIN, niceTicks, px, yearTicks, type Margin } from "../axis";
import { seriesShape, type SeriesShape } from "../palette";
import type { ChartView } from "../view";

/**
 * An estimates chart: every figure as a mark at the middle of its period, a horizontal line over
 * the period and a vertical line up to the high end of a stated range. `layoutEstimates` places
 * the marks; the server's SVG draws them as placed and the interactive chart takes its domains
 * and ticks from the same layout.
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
  /** The value with its unit and denominator, as its source stated it. */
  valueText: string;
  source: string;
  /** Computed by Flowledger (e.g. recomputed from SIPRI data), not stated by a source. */
  computed?: boolean;
}

export interface EstimatesChartData {
  kind: "estimates";
  id: string;
  title: string;
  subtitle?: string;
  yLabel: string;
  series: string[];
  points: EstimatePoint[];
  xDomain: [number, number];
  summary: string;
}

/**
 * "from 18 to 69": the lowest and highest value, a stated one with its own precision, a
 * computed one rounded to a tenth.
 */
export function valueRange(points: readonly EstimatePoint[]): string {
  const show = (p: EstimatePoint) => formatNumber(p.y, p.computed ? 1 : undefined);
  const sorted = [...points].sort((a, b) => a.y - b.y);
  return `from ${show(sorted[0]!)} to ${show(sorted[sorted.length - 1]!)}`;
}

/** Whole years spanning every point's period. */
export function estimatesDomain(points: readonly EstimatePoint[]): [number, number] {
  const xs = points.flatMap((p) => [p.x - p.xErr[0], p.x + p.xErr[1]]);
  return xs.length ? [Math.floor(Math.min(...xs)), Math.ceil(Math.max(...xs))] : [0, 1];
}

/**
 * Estimates with the same period and value (one statement reprinted by several outlets) would
 * hide each other; spread their dots a little along their period, whose line stays exact.
 */
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

/** The chart as the reader's view asks for it: the series shown and the years in range. */
export function viewEstimates(data: EstimatesChartData, view: ChartView): EstimatesChartData {
  const { shown, from, to } = view;
  return {
    ...data,
    series: data.series.filter((s) => shown.includes(s)),
    points: data.points.filter(
      (p) =>
        shown.includes(p.series) &&
        (from === undefined || p.x + p.xErr[1] > from) &&
        (to === undefined || p.x - p.xErr[0] < to + 1),
    ),
  };
}

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  at: number;
}

export interface EstimateMark {
  point: EstimatePoint;
  /** Index of the point's series in the full series list (colour and shape stay put). */
  seriesIndex: number;
  shape: SeriesShape;
  cx: number;
  cy: number;
  /** Period line, from x0 to x1 (equal when the period is a point). */
  x0: number;
  x1: number;
  /** Top of a stated range, when there is one. */
  yHigh?: number;
}

export interface EstimatesLayout {
  kind: "estimates";
  width: number;
  height: number;
  margin: Margin;
  xDomain: [number, number];
  xTicks: Tick[];
  yDomain: [number, number];
  yTicks: Tick[];
  marks: EstimateMark[];
}

/**
 * Places an estimates chart in a `width` × `height` box. `colorOf` gives a series' index in
 * the full list, so hiding a series leaves the others' colours alone.
 */
export function layoutEstimates(
  data: EstimatesChartData,
  width: number,
  height: number,
  colorOf: (series: string) => number,
  margin: Margin = MARGIN,
): EstimatesLayout {
  const [x0, x1] = data.xDomain;
  const maxY = Math.max(1, ...data.points.map((p) => p.y + p.yErr[1]));
  const values = niceTicks(maxY);
  const top = values[values.length - 1]!;
  const plotWidth = width - margin.left - margin.right;
  const x = (v: number) => px(margin.left + ((v - x0) / (x1 - x0 || 1)) * plotWidth);
  const y = (v: number) =>
    px(height - margin.bottom - (v / top) * (height - margin.top - margin.bottom));
  return {
    kind: "estimates",
    width,
    height,
    margin,
    xDomain: data.xDomain,
    xTicks: yearTicks(data.xDomain, Math.min(8, labelsThatFit(plotWidth))).map((v) => ({
      value: v,
      at: x(v),
    })),
    yDomain: [0, top],
    yTicks: values.map((v) => ({ value: v, at: y(v) })),
    marks: data.points.map((p) => {
      const seriesIndex = colorOf(p.series);
      return {
        point: p,
        seriesIndex,
        shape: seriesShape(seriesIndex),
        cx: x(p.x),
        cy: y(p.y),
        x0: x(p.x - p.xErr[0]),
        x1: x(p.x + p.xErr[1]),
        ...(p.yErr[1] > 0 ? { yHigh: y(p.y + p.yErr[1]) } : {}),
      };
    }),
  };
}
