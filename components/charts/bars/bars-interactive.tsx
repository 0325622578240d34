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
import type { BarDatum, BarsChartData, BarsLayout } from "@/lib/charts/bars/model";
import { seriesColor } from "@/lib/charts/palette";

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

/** The interactive bar chart: the server SVG's axis, ticks and labels, with tooltips. */
export function BarsInteractive({ data, layout }: { data: BarsChartData; layout: BarsLayout }) {
  const shortLabel = new Map(layout.labels.map((l) => [l.full, l.text]));
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
        interval={layout.labelEvery - 1}
        angle={layout.rotateLabels ? -30 : 0}
        textAnchor={layout.rotateLabels ? "end" : "middle"}
        height={layout.rotateLabels ? layout.margin.bottom : 30}
        tickFormatter={(category: string) => shortLabel.get(category) ?? category}
        fontSize={12}
      />
      <YAxis
        stroke="var(--axis)"
        width={layout.margin.left}
        domain={layout.yDomain}
        ticks={layout.yTicks.map((t) => t.value)}
      />
      <Tooltip content={BarTooltip} cursor={{ fill: "var(--hover)" }} />
      <Bar dataKey="value" name={data.yLabel} fill={seriesColor(0)} isAnimationActive={false} />
    </BarChart>
  );
}
