"use client";

import {
  CartesianGrid,
  ErrorBar,
  Scatter,
  ScatterChart,
  Symbols,
  Tooltip,
  XAxis,
  YAxis,
  type SymbolsProps,
  type TooltipContentProps,
} from "recharts";
import type {
  EstimatePoint,
  EstimatesChartData,
  EstimatesLayout,
} from "@/lib/charts/estimates/model";
import { seriesColor, seriesShape } from "@/lib/charts/palette";

function EstimateTooltip({ active, payload }: TooltipContentProps) {
  const point = active ? (payload?.[0]?.payload as EstimatePoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.series}</strong>
      <div>{point.valueText}</div>
      <div>{point.period}</div>
      <div className="tooltip-source">Source: {point.source}</div>
    </div>
  );
}

interface MarkerProps {
  cx?: number;
  cy?: number;
  fill?: string;
  payload?: EstimatePoint;
}

/** One estimate's marker, tagged with its row so a reader (or a test) can trace it to the table. */
function EstimateMarker({
  cx,
  cy,
  fill,
  payload,
  type,
}: MarkerProps & { type: SymbolsProps["type"] }) {
  if (cx === undefined || cy === undefined) return null;
  return (
    <g data-row-id={payload?.rowId} data-series={payload?.series}>
      <Symbols
        cx={cx}
        cy={cy}
        type={type}
        size={64}
        fill={fill}
        stroke="var(--bg)"
        strokeWidth={1}
      />
    </g>
  );
}

/**
 * The interactive estimates chart (tooltips): the same points, axes and ticks as the server's
 * SVG, taken from its layout.
 */
export function EstimatesInteractive({
  data,
  layout,
  colorOf,
}: {
  data: EstimatesChartData;
  layout: EstimatesLayout;
  colorOf: (series: string) => number;
}) {
  const bySeries = data.series.map((name) => ({
    name,
    points: data.points.filter((p) => p.series === name),
  }));
  return (
    <ScatterChart
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
      <XAxis
        type="number"
        dataKey="x"
        domain={layout.xDomain}
        ticks={layout.xTicks.map((t) => t.value)}
        tickFormatter={(v: number) => String(Math.round(v))}
        stroke="var(--axis)"
        name="Period"
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={layout.yDomain}
        ticks={layout.yTicks.map((t) => t.value)}
        stroke="var(--axis)"
        width={48}
        name={data.yLabel}
      />
      <Tooltip content={EstimateTooltip} cursor={{ strokeDasharray: "3 3" }} />
      {bySeries.map((s) => (
        <Scatter
          key={s.name}
          name={s.name}
          data={s.points}
          fill={seriesColor(colorOf(s.name))}
          shape={(props: unknown) => (
            <EstimateMarker {...(props as MarkerProps)} type={seriesShape(colorOf(s.name))} />
          )}
          isAnimationActive={false}
        >
          <ErrorBar
            dataKey="xErr"
            direction="x"
            width={0}
            stroke={seriesColor(colorOf(s.name))}
            strokeWidth={2}
          />
          <ErrorBar
            dataKey="yErr"
            direction="y"
            width={4}
            stroke={seriesColor(colorOf(s.name))}
            strokeWidth={2}
          />
        </Scatter>
      ))}
    </ScatterChart>
  );
}
