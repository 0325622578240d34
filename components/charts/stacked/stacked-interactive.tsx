"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { seriesFill, type SeriesStyle } from "@/lib/charts/palette";
import {
  stackTotal,
  type StackedChartData,
  type StackedLayout,
  type StackedRow,
} from "@/lib/charts/stacked/model";
import { formatNumber } from "@/lib/data/format";

function makeTooltip(data: StackedChartData) {
  const format = (v: number) => (data.percent ? `${formatNumber(v, 1)}%` : formatNumber(v, 1));
  return function StackedTooltip({ active, payload }: TooltipContentProps) {
    const row = active ? (payload?.[0]?.payload as StackedRow | undefined) : undefined;
    if (!row) return null;
    return (
      <div className="chart-tooltip">
        <strong>{row.category}</strong>
        <table className="tooltip-table">
          <tbody>
            {data.series.map((name, i) =>
              row.values[i]! > 0 ? (
                <tr key={name}>
                  <td>{name}</td>
                  <td className="num">{format(row.values[i]!)}</td>
                </tr>
              ) : null,
            )}
            {data.percent ? null : (
              <tr>
                <td>Total</td>
                <td className="num">{format(stackTotal(row))}</td>
              </tr>
            )}
          </tbody>
        </table>
        <div className="tooltip-source">{data.yLabel}</div>
      </div>
    );
  };
}

/** The interactive stacked bars: the server SVG's axis and labels, with a tooltip per bar. */
export function StackedInteractive({
  data,
  layout,
  styleOf,
}: {
  data: StackedChartData;
  layout: StackedLayout;
  styleOf: (series: string) => SeriesStyle;
}) {
  return (
    <BarChart
      responsive
      data={data.rows}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
      <XAxis
        dataKey="category"
        stroke="var(--axis)"
        fontSize={12}
        interval={layout.labelEvery - 1}
        angle={layout.rotateLabels ? -30 : 0}
        textAnchor={layout.rotateLabels ? "end" : "middle"}
        height={layout.rotateLabels ? 80 : 30}
      />
      <YAxis
        stroke="var(--axis)"
        width={layout.margin.left}
        domain={layout.yDomain}
        ticks={layout.yTicks.map((t) => t.value)}
        // Shares sum to 100 up to floating-point noise; keep the axis at exactly its domain.
        allowDataOverflow
      />
      <Tooltip content={makeTooltip(data)} cursor={{ fill: "var(--hover)" }} />
      {data.series.map((name, i) => (
        <Bar
          key={name}
          name={name}
          dataKey={(row: StackedRow) => row.values[i]}
          stackId="stack"
          fill={seriesFill(name, styleOf(name).color)}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
