import { formatNumber } from "../data/format";

/**
 * Axes shared by every chart type: round value ticks, year ticks thinned to what fits the
 * width, the plot margins, and pixel rounding. The server's SVG and the interactive charts take
 * their ticks and domains from here, so both draw the same axes.
 */

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const MARGIN: Margin = { top: 12, right: 16, bottom: 28, left: 52 };

/**
 * Room for the value axis: the default margin, or more when the longest tick label
 * ("200,000") would not fit in it (labels at 12 px are about 7 px a character).
 */
export function valueAxisWidth(ticks: readonly number[], margin: Margin = MARGIN): number {
  const longest = Math.max(0, ...ticks.map((t) => formatNumber(t).length));
  return Math.max(margin.left, Math.ceil(14 + longest * 7));
}

/** A miniature (the overview cards): marks only, no axes or labels. */
export const COMPACT: Margin = { top: 4, right: 4, bottom: 4, left: 4 };

/** A year label (four digits at 12 px) needs about this much room to stay apart from the next. */
export const MIN_TICK_SPACING = 44;

/** Coordinates to a tenth of a pixel: finer than a screen shows, and a third of the page bytes. */
export const px = (v: number) => Math.round(v * 10) / 10;

/** Round axis ticks from 0 to just above `max`: steps of 1, 2, 2.5 or 5 × 10^k. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 0.999; t += step) ticks.push(Math.round(t * 1e9) / 1e9);
  return ticks;
}

/** How many labels fit along `length` pixels (at least 2). */
export function labelsThatFit(length: number, spacing = MIN_TICK_SPACING): number {
  return Math.max(2, Math.floor(length / spacing));
}

/** Whole-year ticks across a domain: at most `max` of them, from its first year, evenly stepped. */
export function yearTicks([from, to]: [number, number], max = 8): number[] {
  const span = Math.max(1, to - from);
  const step = Math.max(1, Math.ceil(span / Math.max(1, max)));
  const ticks: number[] = [];
  for (let y = from; y <= to; y += step) ticks.push(y);
  return ticks;
}
