import type { Margin } from "./axis";
import { layoutBars, type BarsLayout } from "./bars/model";
import { layoutEstimates, viewEstimates, type EstimatesLayout } from "./estimates/model";
import type { ChartData } from "./registry";
import { layoutStacked, viewStacked, type StackedLayout } from "./stacked/model";
import type { SeriesStyle } from "./palette";
import type { ChartView } from "./view";

/** A chart's layout: axes, ticks and every mark placed, for one box size. */
export type ChartLayout = EstimatesLayout | BarsLayout | StackedLayout;

/** Places any drawable chart; one case per kind, checked exhaustively. */
export function layoutChart(
  data: ChartData,
  width: number,
  height: number,
  styleOf: (series: string) => SeriesStyle,
  margin?: Margin,
): ChartLayout {
  switch (data.kind) {
    case "estimates":
      return layoutEstimates(data, width, height, styleOf, margin);
    case "bars":
      return layoutBars(data, width, height, margin);
    case "stacked":
      return layoutStacked(data, width, height, styleOf, margin);
  }
}

/**
 * How each series of a chart is drawn, from the chart as built (not as filtered), so colours
 * and shapes stay put when a reader hides series: its declared style, or its place in the list.
 */
export function seriesStyles(data: ChartData): (series: string) => SeriesStyle {
  const all = chartSeries(data);
  const styles = data.kind === "estimates" ? data.styles : undefined;
  return (series) => {
    const i = Math.max(0, all.indexOf(series));
    return styles?.[series] ?? { color: i, shape: i };
  };
}

/** A chart as the reader's view asks for it (series shown, years, absolute or share). */
export function viewChart(data: ChartData, view: ChartView): ChartData {
  switch (data.kind) {
    case "estimates":
      return viewEstimates(data, view);
    case "bars":
      return data;
    case "stacked":
      return viewStacked(data, view);
  }
}

/** The series a reader can show or hide (bars have one series, so none). */
export function chartSeries(data: ChartData): string[] {
  switch (data.kind) {
    case "estimates":
    case "stacked":
      return data.series;
    case "bars":
      return [];
  }
}
