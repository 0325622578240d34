import { formatNumber } from "../../data/format";
import { labelsThatFit, MARGIN, niceTicks, px, yearTicks, type Margin } from "../axis";
import type { PeriodKind } from "../../data/period-kinds";
import { seriesShape, type SeriesShape, type SeriesStyle } from "../palette";
import type { ChartView } from "../view";

/**
 * An estimates chart: every figure as a mark at the middle of its period, a horizontal line over
 * the period and a vertical line up to the high end of a stated range. `layoutEstimates` places
 * the marks; the server's SVG draws them as placed and the interactive chart takes its domains
 * and ticks from the same layout.
 */
export interface EstimatePoint {
  rowId: string;
  /** Where the mark leads: the figure's page, or the claim in the ledger (none when computed). */
  href?: string;
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
  /** How the source states the period (absent: a span). */
  periodKind?: PeriodKind;
  /** An arrow whose end the source does not state. */
  open?: boolean;
  /** Undated, and its source's publication date unknown: drawn apart from the time axis. */
  apart?: boolean;
  /** The outlets that reported this one measurement (folded into one mark), when more than one. */
  reports?: Report[];
}

/** One outlet's report of a measurement: who, in which words, and the row it is. */
export interface Report {
  rowId: string;
  /** The row's figure page. */
  href: string;
  source: string;
  quote?: string;
  reportedAs?: string;
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
  /** How each series is drawn, when not by its place in the list (colour by supplier, shape by denominator). */
  styles?: Record<string, SeriesStyle>;
}

/**
 * "from 18 to 69": the lowest and highest value, a stated one with its own precision, a
 * computed one rounded to a tenth.
 */
export function valueRange(points: readonly EstimatePoint[], digits?: number): string {
  const show = (p: EstimatePoint) => formatNumber(p.y, p.computed ? 1 : digits);
  const sorted = [...points].sort((a, b) => a.y - b.y);
  return `from ${show(sorted[0]!)} to ${show(sorted[sorted.length - 1]!)}`;
}

/**
 * The calendar years a domain covers, as a reader counts them: a domain of [2010, 2026] ends on
 * 1 January 2026, so it covers 2010–2025.
 */
export function coveredYears([from, to]: readonly [number, number]): string {
  const last = Math.max(from, to - 1);
  return last === from ? String(from) : `${from}–${last}`;
}

/** Whole years spanning every point's period (axis bounds: the last is exclusive). */
export function estimatesDomain(points: readonly EstimatePoint[]): [number, number] {
  const xs = points.filter((p) => !p.apart).flatMap((p) => [p.x - p.xErr[0], p.x + p.xErr[1]]);
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
    if (!p.apart) groups.set(key, [...(groups.get(key) ?? []), p]);
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
        (p.apart === true ||
          ((from === undefined || p.x + p.xErr[1] > from) &&
            (to === undefined || p.x - p.xErr[0] < to + 1))),
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
  /** The series' colour (index into the palette) and marker: they stay put when series are hidden. */
  color: number;
  shape: SeriesShape;
  cx: number;
  cy: number;
  /** Period line, from x0 to x1 (equal when the period is a point). */
  x0: number;
  x1: number;
  /** Top of a stated range, when there is one. */
  yHigh?: number;
  /** The period runs on from x0 ("since", year to date): an arrowhead at x1. */
  arrow?: boolean;
  /** …and the source does not say to when: a short dashed arrow of no stated length. */
  open?: boolean;
  /** Undated: a hollow marker. */
  hollow?: boolean;
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
  /** The lane for undated figures whose publication date is unknown too, right of the plot. */
  apartLane?: { x: number; width: number };
}

/** Width of the lane for undated figures, and the length of an arrow with no stated end. */
const LANE = 80;
const OPEN_ARROW = 22;

/**
 * Places an estimates chart in a `width` × `height` box. `styleOf` gives a series' colour and
 * shape, decided on the full series list, so hiding a series leaves the others' alone.
 */
export function layoutEstimates(
  data: EstimatesChartData,
  width: number,
  height: number,
  styleOf: (series: string) => SeriesStyle,
  margin: Margin = MARGIN,
): EstimatesLayout {
  const [x0, x1] = data.xDomain;
  const apart = data.points.some((p) => p.apart);
  const m = apart ? { ...margin, right: margin.right + LANE } : margin;
  const maxY = Math.max(1, ...data.points.map((p) => p.y + p.yErr[1]));
  const values = niceTicks(maxY);
  const top = values[values.length - 1]!;
  const plotWidth = width - m.left - m.right;
  const x = (v: number) => px(m.left + ((v - x0) / (x1 - x0 || 1)) * plotWidth);
  const y = (v: number) => px(height - m.bottom - (v / top) * (height - m.top - m.bottom));
  // Apart marks sit under the lane's label, clear of the time axis' last year.
  const laneX = px(width - margin.right - LANE / 2 + 7);
  return {
    kind: "estimates",
    width,
    height,
    margin: m,
    xDomain: data.xDomain,
    xTicks: yearTicks(data.xDomain, Math.min(8, labelsThatFit(plotWidth))).map((v) => ({
      value: v,
      at: x(v),
    })),
    yDomain: [0, top],
    yTicks: values.map((v) => ({ value: v, at: y(v) })),
    marks: data.points.map((p) => {
      const style = styleOf(p.series);
      const arrow = p.periodKind === "since" || p.periodKind === "year-to-date";
      const cx = p.apart ? laneX : x(p.x);
      const start = p.apart ? laneX : x(p.x - p.xErr[0]);
      return {
        point: p,
        color: style.color,
        shape: seriesShape(style.shape),
        cx,
        cy: y(p.y),
        x0: start,
        x1: p.apart ? laneX : p.open ? px(start + OPEN_ARROW) : x(p.x + p.xErr[1]),
        ...(p.yErr[1] > 0 ? { yHigh: y(p.y + p.yErr[1]) } : {}),
        ...(arrow ? { arrow: true } : {}),
        ...(p.open ? { open: true } : {}),
        ...(p.periodKind === "undated" ? { hollow: true } : {}),
      };
    }),
    ...(apart ? { apartLane: { x: px(width - margin.right - LANE), width: LANE } } : {}),
  };
}
