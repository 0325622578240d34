import { MARGIN, px, type Margin } from "../axis";
import { bandsFor, type BarMark, type BandsLayout } from "../bars/model";
import { OTHERS, type SeriesStyle } from "../palette";
import { categoryYear, yearInRange, type ChartView } from "../view";

/** Bars stacked by series: TIV per year by partner, or each window's shares summing to 100%. */
export interface StackedRow {
  category: string;
  /** One value per series, in `series` order (0 where a series has none). */
  values: number[];
}

export interface StackedChartData {
  kind: "stacked";
  id: string;
  title: string;
  subtitle?: string;
  yLabel: string;
  series: string[];
  rows: StackedRow[];
  /** Values are percentages (each bar sums to 100). */
  percent: boolean;
  /** The unit of an absolute value in tooltips, e.g. "TIV m". */
  unit?: string;
  summary: string;
}

/** A series above this share of any one bar is never folded into "All others". */
export const NEVER_FOLDED = 0.1;

/**
 * Keeps the `top` series with the largest totals, and any series above a tenth of some bar (a
 * partner large in one window only); the rest are summed into "All others".
 */
export function stackTop(
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
  const large = new Set<string>();
  for (const byCategory of cells.values()) {
    const bar = [...byCategory.values()].reduce((a, v) => a + v, 0);
    for (const [series, v] of byCategory) if (bar > 0 && v > NEVER_FOLDED * bar) large.add(series);
  }
  const chosen =
    top !== undefined ? ranked.filter((name, i) => i < top || large.has(name)) : ranked;
  // "All others" of a single series would hide a name for nothing: keep it.
  const kept = ranked.length - chosen.length > 1 ? chosen : ranked;
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

/** The chart as the view asks for it: chosen series, years in range, absolute or share of each bar. */
export function viewStacked(data: StackedChartData, view: ChartView): StackedChartData {
  const keep = data.series.map((s) => view.shown.includes(s));
  const rows = data.rows
    .filter((r) => yearInRange(categoryYear(r.category), view.from, view.to))
    .map((r) => {
      const values = r.values.map((v, i) => (keep[i] ? v : 0));
      if (view.mode !== "share" || data.percent) return { ...r, values };
      const total = values.reduce((a, b) => a + b, 0);
      return { ...r, values: values.map((v) => (total > 0 ? (v / total) * 100 : 0)) };
    });
  return { ...data, rows, percent: data.percent || view.mode === "share" };
}

export function stackTotal(row: StackedRow): number {
  return row.values.reduce((a, b) => a + b, 0);
}

export interface StackedMark extends BarMark {
  category: string;
  series: string;
  /** Index of the series in the full list (its colour). */
  seriesIndex: number;
  value: number;
}

export interface StackedLayout extends BandsLayout {
  kind: "stacked";
  marks: StackedMark[];
}

/** Places each bar's segments, bottom to top in series order; zero segments are left out. */
export function layoutStacked(
  data: StackedChartData,
  width: number,
  height: number,
  styleOf: (series: string) => SeriesStyle,
  margin: Margin = MARGIN,
): StackedLayout {
  const { layout, slot, y } = bandsFor(
    data.rows.map((r) => r.category),
    Math.max(0, ...data.rows.map(stackTotal)),
    data.percent,
    width,
    height,
    margin,
  );
  const marks: StackedMark[] = [];
  data.rows.forEach((r, i) => {
    let base = 0;
    r.values.forEach((value, j) => {
      if (!(value > 0)) return;
      const series = data.series[j]!;
      const bottom = y(base);
      base += value;
      marks.push({
        category: r.category,
        series,
        seriesIndex: styleOf(series).color,
        value,
        ...slot(i),
        y: y(base),
        height: px(Math.max(0, bottom - y(base))),
      });
    });
  });
  return { kind: "stacked", ...layout, marks };
}
