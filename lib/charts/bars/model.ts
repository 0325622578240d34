import {
  COMPACT,
  labelsThatFit,
  MARGIN,
  niceTicks,
  px,
  valueAxisWidth,
  type Margin,
} from "../axis";
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
  /**
   * Categories whose label is drawn (the rest are skipped to keep labels apart); `text` is cut
   * with an ellipsis where the full label would not fit.
   */
  labels: { index: number; text: string; full: string; x: number }[];
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

/** 12 px tick text is about 0.6 em a character (DejaVu Sans, the widest likely fallback). */
const CHAR_PX = 7.2;
const COS30 = Math.cos(Math.PI / 6);
const SIN30 = 0.5;
/** From the baseline to a label's anchor. */
export const LABEL_GAP = 16;
const MAX_LABEL_CHARS = 28;

/** `text`, cut to `max` characters with an ellipsis when longer. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
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
  const withAxis =
    margin === COMPACT ? margin : { ...margin, left: valueAxisWidth(values, margin) };
  // Long labels are turned and given room below the bars, except in a miniature (no labels).
  const rotateLabels = margin !== COMPACT && categories.some((c) => c.length > 7);
  const step = (width - withAxis.left - withAxis.right) / Math.max(1, categories.length);
  // A turned label runs down-left from its bar: it is cut to what fits left of the first bar.
  const maxChars = rotateLabels
    ? Math.max(
        6,
        Math.min(MAX_LABEL_CHARS, Math.floor((withAxis.left + step / 2) / (COS30 * CHAR_PX))),
      )
    : Infinity;
  const longest = Math.min(maxChars, Math.max(0, ...categories.map((c) => c.length)));
  const m = rotateLabels
    ? {
        ...withAxis,
        bottom: Math.max(margin.bottom, Math.ceil(LABEL_GAP + longest * CHAR_PX * SIN30 + 8)),
      }
    : withAxis;
  const plot = width - m.left - m.right;
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
        index % labelEvery === 0
          ? [
              {
                index,
                text: shorten(text, maxChars),
                full: text,
                x: px(m.left + step * (index + 0.5)),
              },
            ]
          : [],
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
