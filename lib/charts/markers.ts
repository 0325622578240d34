import type { SeriesShape } from "./palette";

/**
 * Each series' marker as an SVG path centred on (x, y), about 10 px across: the same shapes in
 * the chart, its legend and its exported file, so the shape keeps its meaning off the page.
 */
const PATHS: Record<SeriesShape, (x: number, y: number) => string> = {
  circle: (x, y) => `M${x - 4.5},${y}a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0`,
  square: (x, y) => `M${x - 4},${y - 4}h8v8h-8Z`,
  triangle: (x, y) => `M${x},${y - 5.5}l5,9h-10Z`,
  diamond: (x, y) => `M${x},${y - 5.5}l5.5,5.5l-5.5,5.5l-5.5,-5.5Z`,
  cross: (x, y) => `M${x - 1.8},${y - 5}h3.6v3.2h3.2v3.6h-3.2v3.2h-3.6v-3.2h-3.2v-3.6h3.2Z`,
  star: (x, y) =>
    `M${x},${y - 5.5}l1.6,3.6l3.9,.4l-2.9,2.6l.9,3.9l-3.5,-2l-3.5,2l.9,-3.9l-2.9,-2.6l3.9,-.4Z`,
  wye: (x, y) =>
    `M${x - 1.5},${y - 5.5}h3v3.5l3,-1.8l1.5,2.6l-3,1.7l3,1.7l-1.5,2.6l-3,-1.8v3.5h-3v-3.5l-3,1.8l-1.5,-2.6l3,-1.7l-3,-1.7l1.5,-2.6l3,1.8Z`,
  triangleDown: (x, y) => `M${x},${y + 5.5}l5,-9h-10Z`,
  hexagon: (x, y) => `M${x - 5},${y}l2.5,-4.3h5l2.5,4.3l-2.5,4.3h-5Z`,
};

export function markerPath(shape: SeriesShape, x: number, y: number): string {
  return PATHS[shape](x, y);
}

/** A filled square, for series of bars (their shape carries no meaning). */
export function squarePath(x: number, y: number): string {
  return PATHS.square(x, y);
}
