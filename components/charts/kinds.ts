import type { ComponentType, ReactElement } from "react";
import type { DataOf, FigureKind, LayoutOf } from "@/lib/charts/kinds";
import type { SeriesStyle } from "@/lib/charts/palette";
import { BarsDrawing } from "./bars/bars-drawing";
import { BarsMini } from "./bars/bars-mini";
import { EstimatesDrawing } from "./estimates/estimates-drawing";
import { EstimatesMini } from "./estimates/estimates-mini";
import { FoldedReports } from "./estimates/folded-reports";
import { MapDrawing } from "./map/map-drawing";
import { SankeyDrawing } from "./sankey/sankey-drawing";
import { StackedDrawing } from "./stacked/stacked-drawing";
import { StackedMini } from "./stacked/stacked-mini";

/** What a kind's drawings are given: the figure and its layout. */
export interface DrawingProps<K extends FigureKind> {
  data: DataOf<K>;
  layout: LayoutOf<K>;
}

export interface InteractiveProps<K extends FigureKind> extends DrawingProps<K> {
  styleOf: (series: string) => SeriesStyle;
}

/**
 * How each figure kind is drawn (lib/charts/kinds.ts holds the rest of its record): the whole
 * figure as server SVG from its layout, what it adds under the figure, its marks alone for a
 * miniature, and its interactive
 * version, loaded in its own chunk when a reader points at the figure — or null when the drawing
 * is interactive itself (its links are focusable and the figure's tools read them). A kind
 * missing any of them does not compile.
 */
export interface KindView<K extends FigureKind> {
  Drawing: (props: DrawingProps<K>) => ReactElement;
  /** What the kind adds under its figure (the estimates' folded reports), or null. */
  Notes: ((props: { data: DataOf<K> }) => ReactElement | null) | null;
  Mini: (props: DrawingProps<K>) => ReactElement | ReactElement[];
  interactive: (() => Promise<ComponentType<InteractiveProps<K>>>) | null;
}

export const KIND_VIEWS: { [K in FigureKind]: KindView<K> } = {
  estimates: {
    Drawing: EstimatesDrawing,
    Notes: FoldedReports,
    Mini: EstimatesMini,
    interactive: () =>
      import("./estimates/estimates-interactive").then((m) => m.EstimatesInteractive),
  },
  bars: {
    Drawing: BarsDrawing,
    Notes: null,
    Mini: BarsMini,
    interactive: () =>
      import("./bars/bars-interactive").then(
        (m) => m.BarsInteractive as ComponentType<InteractiveProps<"bars">>,
      ),
  },
  stacked: {
    Drawing: StackedDrawing,
    Notes: null,
    Mini: StackedMini,
    interactive: () => import("./stacked/stacked-interactive").then((m) => m.StackedInteractive),
  },
  map: { Drawing: MapDrawing, Notes: null, Mini: MapDrawing, interactive: null },
  sankey: { Drawing: SankeyDrawing, Notes: null, Mini: SankeyDrawing, interactive: null },
};

/** The drawings of a figure's kind. */
export function viewOf<K extends FigureKind>(kind: K): KindView<K> {
  return KIND_VIEWS[kind];
}
