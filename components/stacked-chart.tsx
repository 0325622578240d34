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
import type { StackedChartData, StackedRow } from "@/lib/chart-data";
import { formatNumber } from "@/lib/format";
import { seriesColor } from "@/lib/palette";

function format(v: number, percent: boolean): string {
  // Rounded here, for display only; the data keep full precision.
  return percent ? `${v.toFixed(1)}%` : `${formatNumber(Math.round(v * 10) / 10)}`;
}

function makeTooltip(data: StackedChartData) {
  return function StackedTooltip({ active, payload }: TooltipContentProps) {
    const row = active ? (payload?.[0]?.payload as StackedRow | undefined) : undefined;
    if (!row) return null;
    const total = row.values.reduce((a, b) => a + b, 0);
    return (
      <div className="chart-tooltip">
        <strong>{row.category}</strong>
        <table className="tooltip-table">
          <tbody>
            {data.series.map((name, i) =>
              row.values[i]! > 0 ? (
                <tr key={name}>
                  <td>{name}</td>
                  <td className="num">{format(row.values[i]!, data.percent)}</td>
                </tr>
              ) : null,
            )}
            {data.percent ? null : (
              <tr>
                <td>Total</td>
                <td className="num">{format(total, false)}</td>
              </tr>
            )}
          </tbody>
        </table>
        <div className="tooltip-source">{data.yLabel}</div>
      </div>
    );
  };
}

/** Bars stacked by series: TIV per year by partner, or each window's shares summing to 100%. */
export function StackedChart({
  data,
  colorOf,
}: {
  data: StackedChartData;
  colorOf: (series: string) => number;
}) {
  return (
    <BarChart
      responsive
      data={data.rows}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
      <XAxis dataKey="category" stroke="var(--axis)" fontSize={12} minTickGap={8} />
      {data.percent ? (
        // Shares sum to 100 up to floating-point noise; keep the axis at exactly 0–100.
        <YAxis
          stroke="var(--axis)"
          width={56}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          allowDataOverflow
        />
      ) : (
        <YAxis stroke="var(--axis)" width={56} />
      )}

      <Tooltip content={makeTooltip(data)} cursor={{ fill: "var(--hover)" }} />
      {data.series.map((name, i) => (
        <Bar
          key={name}
          name={name}
          dataKey={(row: StackedRow) => row.values[i]}
          stackId="stack"
          fill={name === "All others" ? "var(--others)" : seriesColor(colorOf(name))}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
