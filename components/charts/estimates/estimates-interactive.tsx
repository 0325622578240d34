"use client";

import {
  CartesianGrid,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type {
  EstimatePoint,
  EstimatesChartData,
  EstimatesLayout,
} from "@/lib/charts/estimates/model";
import { seriesColor, type SeriesStyle } from "@/lib/charts/palette";
import { EstimateMark } from "./estimate-mark";

function EstimateTooltip({ active, payload }: TooltipContentProps) {
  const point = active ? (payload?.[0]?.payload as EstimatePoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.series}</strong>
      <div>{point.valueText}</div>
      <div>{point.period}</div>
      <div className="tooltip-source">Source: {point.source}</div>
      {point.reports ? (
        <div className="tooltip-source">
          Reported by {point.reports.length} outlets:{" "}
          {point.reports.map((r) => r.source).join("; ")}
        </div>
      ) : null}
    </div>
  );
}

interface MarkerProps {
  payload?: EstimatePoint;
}

/**
 * The interactive estimates chart (tooltips): Recharts draws the axes with the layout's domains
 * and ticks in the same margins, and each point is drawn by the server SVG's own mark, placed
 * by the layout, so both versions show the same marks in the same places.
 */
export function EstimatesInteractive({
  data,
  layout,
  styleOf,
}: {
  data: EstimatesChartData;
  layout: EstimatesLayout;
  styleOf: (series: string) => SeriesStyle;
}) {
  const marks = new Map(layout.marks.map((m) => [`${m.point.series}|${m.point.rowId}`, m]));
  const { margin } = layout;
  const bySeries = data.series.map((name) => ({
    name,
    // Points apart from the time axis (undated, publication date unknown) sit at the domain's end.
    points: data.points
      .filter((p) => p.series === name)
      .map((p) => (p.apart ? { ...p, x: layout.xDomain[1] } : p)),
  }));
  return (
    <ScatterChart
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={{ top: margin.top, right: margin.right, bottom: 0, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
      <XAxis
        type="number"
        dataKey="x"
        domain={layout.xDomain}
        ticks={layout.xTicks.map((t) => t.value)}
        tickFormatter={(v: number) => String(Math.round(v))}
        stroke="var(--axis)"
        height={margin.bottom}
        allowDataOverflow
        name="Period"
      />
      <YAxis
        type="number"
        dataKey="y"
        domain={layout.yDomain}
        ticks={layout.yTicks.map((t) => t.value)}
        stroke="var(--axis)"
        width={margin.left}
        name={data.yLabel}
      />
      <Tooltip content={EstimateTooltip} cursor={{ strokeDasharray: "3 3" }} />
      {bySeries.map((s) => (
        <Scatter
          key={s.name}
          name={s.name}
          data={s.points}
          fill={seriesColor(styleOf(s.name).color)}
          shape={(props: unknown) => {
            const p = (props as MarkerProps).payload;
            const mark = p ? marks.get(`${p.series}|${p.rowId}`) : undefined;
            return mark ? (
              <g data-row-id={p!.rowId} data-series={p!.series}>
                <EstimateMark mark={mark} />
              </g>
            ) : (
              <g />
            );
          }}
          isAnimationActive={false}
        />
      ))}
    </ScatterChart>
  );
}
