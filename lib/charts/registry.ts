/**
 * The chart types: each folder under lib/charts/<type>/ holds its spec (zod), the columns and
 * roles it references (checked by validation) and its data builder. Adding a chart type is
 * adding a folder and a line here (and in specs.ts); the records below are typed so a type
 * missing from either is a compile error, never a silent fallback.
 */
import type { RoleName } from "../data/roles";
import { barsReferences, buildBars } from "./bars/build";
import type { BarsChartData } from "./bars/model";
import type { ChartContext } from "./context";
import { buildEstimates, estimatesReferences } from "./estimates/build";
import type { EstimatesChartData } from "./estimates/model";
import type { ChartSpec, ChartType } from "./specs";
import { buildStacked, stackedReferences } from "./stacked/build";
import type { StackedChartData } from "./stacked/model";
import { buildWindowShares, windowSharesReferences } from "./window-shares/build";

/** What a chart's builder hands to the page: one of the drawable kinds. */
export type ChartData = EstimatesChartData | BarsChartData | StackedChartData;
export type ChartKind = ChartData["kind"];

export interface References {
  /** Columns the spec names, keyed by their path in the spec. */
  columns: Record<string, string>;
  /** Roles the dataset must declare for this chart type. */
  roles: readonly RoleName[];
}

type SpecOf<T extends ChartType> = Extract<ChartSpec, { type: T }>;

interface ChartTypeDef<T extends ChartType> {
  references: (spec: SpecOf<T>) => References;
  build: (spec: SpecOf<T>, ctx: ChartContext) => ChartData;
}

const CHART_TYPES: { [T in ChartType]: ChartTypeDef<T> } = {
  estimates: { references: estimatesReferences, build: buildEstimates },
  bars: { references: barsReferences, build: buildBars },
  stacked: { references: stackedReferences, build: buildStacked },
  "window-shares": { references: windowSharesReferences, build: buildWindowShares },
};

function definition<T extends ChartType>(type: T): ChartTypeDef<T> {
  return CHART_TYPES[type];
}

export function chartReferences(spec: ChartSpec): References {
  return definition(spec.type).references(spec as never);
}

export function buildChart(spec: ChartSpec, ctx: ChartContext): ChartData {
  return definition(spec.type).build(spec as never, ctx);
}

/** Every chart a dataset declares, built from its rows. */
export function datasetCharts(ctx: ChartContext): ChartData[] {
  return ctx.dataset.meta.charts.map((spec) => buildChart(spec, ctx));
}

/** Whether a chart has anything to draw. */
export function isEmptyChart(chart: ChartData): boolean {
  switch (chart.kind) {
    case "estimates":
      return chart.points.length === 0;
    case "bars":
      return chart.bars.length === 0;
    case "stacked":
      return chart.rows.length === 0;
  }
}
