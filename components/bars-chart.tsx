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
import type { BarDatum, BarsChartData } from "@/lib/chart-data";
import { seriesColor } from "@/lib/palette";

function BarTooltip({ active, payload }: TooltipContentProps) {
  const bar = active ? (payload?.[0]?.payload as BarDatum | undefined) : undefined;
  if (!bar) return null;
  return (
    <div className="chart-tooltip">
      <strong>{bar.category}</strong>
      <div>{bar.valueText}</div>
      <div className="tooltip-source">Source: {bar.source}</div>
    </div>
  );
}

/** One bar per row, in period order; the tooltip gives the value as its source stated it. */
export function BarsChart({ data }: { data: BarsChartData }) {
  return (
    <BarChart
      responsive
      data={data.bars}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
      <XAxis
        dataKey="category"
        stroke="var(--axis)"
        interval={0}
        angle={-30}
        textAnchor="end"
        height={80}
        fontSize={12}
      />
      <YAxis stroke="var(--axis)" width={56} />
      <Tooltip content={BarTooltip} cursor={{ fill: "var(--hover)" }} />
      <Bar dataKey="value" name={data.yLabel} fill={seriesColor(0)} isAnimationActive={false} />
    </BarChart>
  );
}
