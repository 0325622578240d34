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
  "triangleDown",
  "hexagon",
] as const;
export type SeriesShape = (typeof SERIES_SHAPES)[number];

/** How a series is drawn: a colour and a marker shape (indices into the lists above). */
export interface SeriesStyle {
  color: number;
  shape: number;
}

/** The series that sums everything beyond the largest few; drawn in grey. */
export const OTHERS = "All others";

export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length]!;
}

/** A series' colour by name: "All others" is grey whatever its place. */
export function seriesFill(name: string, index: number): string {
  return name === OTHERS ? "var(--others)" : seriesColor(index);
}

export function seriesShape(i: number): SeriesShape {
  return SERIES_SHAPES[i % SERIES_SHAPES.length]!;
}
