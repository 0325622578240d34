/**
 * Series colours from the Okabe–Ito palette, distinguishable with the common colour-vision
 * deficiencies, each paired with a marker shape so colour is never the only cue. The colours
 * are CSS variables so dark mode can lighten them (see globals.css).
 */
export const SERIES_COLORS = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `var(--series-${i})`);
export const SERIES_SHAPES = [
  "circle",
  "square",
  "triangle",
  "diamond",
  "cross",
  "star",
  "wye",
] as const;

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length]!;
}

export function seriesShape(i: number): (typeof SERIES_SHAPES)[number] {
  return SERIES_SHAPES[i % SERIES_SHAPES.length]!;
}

/** Whole-year ticks across a domain, at most about `max` of them. */
export function yearTicks([from, to]: [number, number], max = 8): number[] {
  const span = Math.max(1, to - from);
  const step = Math.max(1, Math.ceil(span / max));
  const ticks: number[] = [];
  for (let y = from; y <= to; y += step) ticks.push(y);
  return ticks;
}
