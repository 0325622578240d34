import { COMPACT, labelsThatFit, MARGIN, niceTicks, px, type Margin } from "../axis";
import type { Tick } from "../estimates/model";

/**
 * Bar charts, plain (one bar per row) or stacked (bars split by series), share one layout:
 * categories along the bottom, thinned to the labels that fit and turned when they are long.
 */
export interface BarDatum {
  rowId: string;
  category: string;
  /** On the chart's axis unit (after any stated conversion). */
  value: number;
  /** As its source stated it, with its own unit. */
  valueText: string;
  source: string;
}

export interface BarsChartData {
  kind: "bars";
  id: string;
  title: string;
  subtitle?: string;
  yLabel: string;
  bars: BarDatum[];
  summary: string;
}

/** The frame shared by plain and stacked bars: value axis, category labels, bar slots. */
export interface BandsLayout {
  width: number;
  height: number;
  margin: Margin;
  yDomain: [number, number];
  yTicks: Tick[];
  /** Pixel height of the value 0 (the baseline). */
  baseline: number;
  /** Categories whose label is drawn (the rest are skipped to keep labels apart). */
  labels: { index: number; text: string; x: number }[];
  /** Every nth category is labelled (the interactive chart's tick interval + 1). */
  labelEvery: number;
  /** Labels are turned 30° when some are long. */
  rotateLabels: boolean;
}

export interface BarMark {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Places `categories` bars whose tallest reaches `max` (or 0–100 when `percent`): the frame,
 * plus where each category's bar goes and the pixel height of a value, for the chart types
 * that place their own marks (plain and stacked bars).
 */
export function bandsFor(
  categories: readonly string[],
  max: number,
  percent: boolean,
  width: number,
  height: number,
  margin: Margin = MARGIN,
): {
  layout: BandsLayout;
  slot: (index: number) => { x: number; width: number };
  y: (v: number) => number;
} {
  const values = percent ? [0, 25, 50, 75, 100] : niceTicks(max);
  const top = values[values.length - 1]!;
  // Long labels are turned and given room below the bars, except in a miniature (no labels).
  const rotateLabels = margin !== COMPACT && categories.some((c) => c.length > 7);
  const m = rotateLabels ? { ...margin, bottom: Math.max(margin.bottom, 64) } : margin;
  const plot = width - m.left - m.right;
  const step = plot / Math.max(1, categories.length);
  const barWidth = px(Math.max(2, step * 0.78));
  const y = (v: number) => px(height - m.bottom - (v / top) * (height - m.top - m.bottom));
  const labelEvery = Math.ceil(categories.length / labelsThatFit(plot));
  return {
    layout: {
      width,
      height,
      margin: m,
      yDomain: [0, top],
      yTicks: values.map((v) => ({ value: v, at: y(v) })),
      baseline: y(0),
      labels: categories.flatMap((text, index) =>
        index % labelEvery === 0 ? [{ index, text, x: px(m.left + step * (index + 0.5)) }] : [],
      ),
      labelEvery,
      rotateLabels,
    },
    slot: (i) => ({ x: px(m.left + step * i + (step - barWidth) / 2), width: barWidth }),
    y,
  };
}

export interface BarsLayout extends BandsLayout {
  kind: "bars";
  marks: (BarMark & { bar: BarDatum })[];
}

export function layoutBars(
  data: BarsChartData,
  width: number,
  height: number,
  margin: Margin = MARGIN,
): BarsLayout {
  const { layout, slot, y } = bandsFor(
    data.bars.map((d) => d.category),
    Math.max(0, ...data.bars.map((d) => d.value)),
    false,
    width,
    height,
    margin,
  );
  return {
    kind: "bars",
    ...layout,
    marks: data.bars.map((bar, i) => ({
      bar,
      ...slot(i),
      y: y(bar.value),
      height: px(layout.baseline - y(bar.value)),
    })),
  };
}
