/**
 * The chart types a dataset's metadata may declare: each folder under lib/charts/<type>/ holds
 * its spec (zod), the columns and roles it references (checked by validation), its checks of
 * the rows it draws and its data builder, which makes one of the drawable kinds (kinds.ts).
 * Adding a chart type is adding a folder and a line here (and in specs.ts); the record below is
 * typed so a type missing from either is a compile error, never a silent fallback.
 */
import type { Dataset } from "../data/catalog";
import type { ColumnRoles, RoleName } from "../data/roles";
import type { DataRow } from "../data/schema";
import { barsReferences, buildBars } from "./bars/build";
import type { ChartContext } from "./context";
import { buildEstimates, estimatesReferences } from "./estimates/build";
import { checkEstimatesRows } from "./estimates/check";
import type { ChartSpec, ChartType } from "./specs";
import type { ChartData } from "./kinds";
import { buildPlaces, placesReferences } from "./places/build";
import { buildStacked, stackedReferences } from "./stacked/build";
import { buildWindowShares, windowSharesReferences } from "./window-shares/build";

export interface References {
  /** Columns the spec names, keyed by their path in the spec. */
  columns: Record<string, string>;
  /** Roles the dataset must declare for this chart type. */
  roles: readonly RoleName[];
}

type SpecOf<T extends ChartType> = Extract<ChartSpec, { type: T }>;

interface ChartTypeDef<T extends ChartType> {
  references: (spec: SpecOf<T>) => References;
  /** Checks of the rows the chart would draw: `[path in the spec, message]`. */
  checkRows?: (spec: SpecOf<T>, roles: ColumnRoles, rows: readonly DataRow[]) => [string, string][];
  build: (spec: SpecOf<T>, ctx: ChartContext) => ChartData;
}

const CHART_TYPES: { [T in ChartType]: ChartTypeDef<T> } = {
  estimates: {
    references: estimatesReferences,
    checkRows: checkEstimatesRows,
    build: buildEstimates,
  },
  bars: { references: barsReferences, build: buildBars },
  stacked: { references: stackedReferences, build: buildStacked },
  "window-shares": { references: windowSharesReferences, build: buildWindowShares },
  places: { references: placesReferences, build: buildPlaces },
};

function definition<T extends ChartType>(type: T): ChartTypeDef<T> {
  return CHART_TYPES[type];
}

export function chartReferences(spec: ChartSpec): References {
  return definition(spec.type).references(spec as never);
}

export function checkChartRows(
  spec: ChartSpec,
  roles: ColumnRoles,
  rows: readonly DataRow[],
): [string, string][] {
  return definition(spec.type).checkRows?.(spec as never, roles, rows) ?? [];
}

/**
 * A dataset's charts, typed. The data layer holds them as `{ type, id, … }`; the catalog parses
 * every one with its type's schema before the dataset is admitted (lib/charts/check.ts), so
 * what it holds is a ChartSpec.
 */
export function chartsOf(dataset: Pick<Dataset, "meta">): ChartSpec[] {
  return dataset.meta.charts as ChartSpec[];
}

export function buildChart(spec: ChartSpec, ctx: ChartContext): ChartData {
  return definition(spec.type).build(spec as never, ctx);
}

/** Every chart a dataset declares, built from its rows. */
export function datasetCharts(ctx: ChartContext): ChartData[] {
  return chartsOf(ctx.dataset).map((spec) => buildChart(spec, ctx));
}
