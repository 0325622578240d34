/**
 * The figure kinds: one record per kind of drawable figure, holding everything lib/ knows about
 * drawing it — how it is laid out in a box, narrowed to a reader's view, which series a reader
 * may show or hide, when it has nothing to draw, and its marks as shapes for a link preview,
 * all from the one layout. A kind missing any part is a compile error. Its drawings (server SVG,
 * miniature, interactive layer) are registered in components/charts/kinds.tsx.
 *
 * Adding a kind: a folder lib/charts/<kind>/ (its data and layout, `model.ts`), its data type
 * in FigureData, a record here, and a record in components/charts/kinds.tsx.
 */
import type { Margin } from "./axis";
import { layoutBars, type BarsChartData, type BarsLayout } from "./bars/model";
import {
  layoutEstimates,
  viewEstimates,
  type EstimatesChartData,
  type EstimatesLayout,
} from "./estimates/model";
import { layoutMap, type MapData, type MapLayout } from "./map/model";
import { WORLD } from "./map/world";
import { OTHERS, type SeriesStyle } from "./palette";
import { layoutSankey, type SankeyData, type SankeyLayout } from "./sankey/model";
import {
  layoutStacked,
  viewStacked,
  type StackedChartData,
  type StackedLayout,
} from "./stacked/model";
import type { ChartView } from "./view";

/** What a dataset's chart specs build: the kinds a chart frame draws (legend, modes, years). */
export type ChartData = EstimatesChartData | BarsChartData | StackedChartData | MapData;
/** Every drawable figure: the dataset charts, and the flows' map and Sankeys. */
export type FigureData = ChartData | MapData | SankeyData;
export type FigureKind = FigureData["kind"];
export type ChartKind = ChartData["kind"];
export type DataOf<K extends FigureKind> = Extract<FigureData, { kind: K }>;

export type FigureLayout = EstimatesLayout | BarsLayout | StackedLayout | MapLayout | SankeyLayout;
export type ChartLayout = Extract<FigureLayout, { kind: ChartKind }>;
export type LayoutOf<K extends FigureKind> = Extract<FigureLayout, { kind: K }>;

/** A box to lay a figure out in; a kind whose height follows from its data ignores `height`. */
export interface Box {
  width: number;
  height: number;
  margin?: Margin;
}

/** A mark as the link-preview image draws it: a box, or a dot when `round`. */
export interface PreviewShape {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  round?: boolean;
  /** A name beside the shape (a Sankey's node, a map's place), on its `labelSide`. */
  label?: string;
  labelSide?: "left" | "right";
}

/** Colours for preview shapes: a series' colour by its index, and the "All others" grey. */
export interface PreviewPaint {
  series: (index: number) => string;
  others: string;
}

interface KindDef<K extends FigureKind> {
  layout(data: DataOf<K>, box: Box, styleOf: (series: string) => SeriesStyle): LayoutOf<K>;
  /** The figure as the reader's view asks for it (series shown, years, absolute or share). */
  view(data: DataOf<K>, view: ChartView): DataOf<K>;
  /** The series a reader can show or hide (none for a kind with one series). */
  series(data: DataOf<K>): string[];
  /** Declared styles of series, when the builder chose them (else by position). */
  styles(data: DataOf<K>): Record<string, SeriesStyle> | undefined;
  isEmpty(data: DataOf<K>): boolean;
  /** Whether a reader may switch the values to shares of each category's total. */
  canShare(data: DataOf<K>): boolean;
  /** Whether series are told apart by marker shapes (the legend then shows each marker). */
  markers: boolean;
  preview(
    layout: LayoutOf<K>,
    styleOf: (series: string) => SeriesStyle,
    paint: PreviewPaint,
  ): PreviewShape[];
}

const KINDS: { [K in FigureKind]: KindDef<K> } = {
  estimates: {
    layout: (data, box, styleOf) =>
      layoutEstimates(data, box.width, box.height, styleOf, box.margin),
    view: viewEstimates,
    series: (data) => data.series,
    styles: (data) => data.styles,
    isEmpty: (data) => data.points.length === 0,
    canShare: () => false,
    markers: true,
    preview: (layout, _styleOf, paint) =>
      layout.marks
        .filter((m) => Number.isFinite(m.cx))
        .flatMap((m) => {
          const color = paint.series(m.color);
          const dot = { x: m.cx - 7, y: m.cy - 7, width: 14, height: 14, color, round: true };
          return m.x1 - m.x0 > 2
            ? [{ x: m.x0, y: m.cy - 1.5, width: m.x1 - m.x0, height: 3, color }, dot]
            : [dot];
        }),
  },
  bars: {
    layout: (data, box) => layoutBars(data, box.width, box.height, box.margin),
    view: (data) => data,
    series: () => [],
    styles: () => undefined,
    isEmpty: (data) => data.bars.length === 0,
    canShare: () => false,
    markers: false,
    preview: (layout, _styleOf, paint) =>
      layout.marks.map((m) => ({
        x: m.x,
        y: m.y,
        width: m.width,
        height: m.height,
        color: paint.series(0),
      })),
  },
  stacked: {
    layout: (data, box, styleOf) => layoutStacked(data, box.width, box.height, styleOf, box.margin),
    view: viewStacked,
    series: (data) => data.series,
    styles: () => undefined,
    isEmpty: (data) => data.rows.length === 0,
    // A lone series is 100% of every bar, and shares of shares mean nothing.
    canShare: (data) => !data.percent && data.series.length > 1,
    markers: false,
    preview: (layout, styleOf, paint) =>
      layout.marks.map((m) => ({
        x: m.x,
        y: m.y,
        width: m.width,
        height: m.height,
        color: m.series === OTHERS ? paint.others : paint.series(styleOf(m.series).color),
      })),
  },
  map: {
    layout: (data, box) => layoutMap(data, WORLD, box.width, box.height),
    view: (data) => data,
    series: () => [],
    styles: () => undefined,
    isEmpty: (data) => data.arrows.length === 0 && data.places.length === 0,
    canShare: () => false,
    markers: false,
    // The places and where each arrow's label sits, as dots.
    preview: (layout, _styleOf, paint) => [
      ...layout.places.map((p) => ({
        x: p.x - 5,
        y: p.y - 5,
        width: 10,
        height: 10,
        color: paint.others,
        round: true,
        label: p.name,
        labelSide: "right" as const,
      })),
      ...layout.arrows
        .filter((a) => a.arrow.value !== undefined)
        .map((a, i) => ({
          x: a.labelAt.x - 7,
          y: a.labelAt.y - 7,
          width: 14,
          height: 14,
          color: paint.series(i),
          round: true,
          label: a.arrow.label,
          labelSide: "right" as const,
        })),
    ],
  },
  sankey: {
    layout: (data, box) => layoutSankey(data, box.width),
    view: (data) => data,
    series: () => [],
    styles: () => undefined,
    isEmpty: (data) => data.links.length === 0,
    canShare: () => false,
    markers: false,
    // The nodes as bars: partners in series colours, the country they join in grey.
    preview: (layout, _styleOf, paint) =>
      layout.nodes.map((n, i) => ({
        x: n.x,
        y: n.y,
        width: layout.nodeWidth,
        height: Math.max(2, n.height),
        color: /^Others \(/.test(n.name) ? paint.others : paint.series(i),
        label: n.name,
        labelSide: n.side === "from" ? ("right" as const) : ("left" as const),
      })),
  },
};

/** The record of a figure's kind. */
export function kindOf<K extends FigureKind>(kind: K): KindDef<K> {
  return KINDS[kind];
}

/** Lays out any figure in a box. */
export function layoutFigure<D extends FigureData>(
  data: D,
  box: Box,
  styleOf: (series: string) => SeriesStyle = seriesStyles(data),
): LayoutOf<D["kind"]> {
  return kindOf(data.kind).layout(data as never, box, styleOf) as LayoutOf<D["kind"]>;
}

/**
 * How each series of a figure is drawn, from the figure as built (not as filtered), so colours
 * and shapes stay put when a reader hides series: its declared style, or its place in the list.
 */
export function seriesStyles(data: FigureData): (series: string) => SeriesStyle {
  const kind = kindOf(data.kind);
  const all = kind.series(data as never);
  const styles = kind.styles(data as never);
  return (series) => {
    const i = Math.max(0, all.indexOf(series));
    return styles?.[series] ?? { color: i, shape: i };
  };
}

/** A figure as the reader's view asks for it. */
export function viewFigure<D extends FigureData>(data: D, view: ChartView): D {
  return kindOf(data.kind).view(data as never, view) as D;
}

/** The series a reader can show or hide. */
export function figureSeries(data: FigureData): string[] {
  return kindOf(data.kind).series(data as never);
}

/** Whether a reader may switch a figure's values to shares of each category's total. */
export function canShare(data: FigureData): boolean {
  return kindOf(data.kind).canShare(data as never);
}

/** Whether a figure's series are told apart by marker shapes. */
export function drawsMarkers(data: FigureData): boolean {
  return kindOf(data.kind).markers;
}

/** Whether a figure has anything to draw. */
export function isEmptyFigure(data: FigureData): boolean {
  return kindOf(data.kind).isEmpty(data as never);
}

/**
 * A figure's marks as preview shapes in a box, from the same layout as the page's; a kind whose
 * size follows from its data (a Sankey's height) is scaled down to fit.
 */
export function previewShapes(data: FigureData, box: Box, paint: PreviewPaint): PreviewShape[] {
  const styleOf = seriesStyles(data);
  const layout = layoutFigure(data, box, styleOf);
  const shapes = kindOf(data.kind).preview(layout as never, styleOf, paint);
  const scale = Math.min(1, box.width / layout.width, box.height / layout.height);
  if (scale === 1) return shapes;
  return shapes.map((s) => ({
    ...s,
    x: s.x * scale,
    y: s.y * scale,
    width: s.width * scale,
    height: s.height * scale,
  }));
}
