import type { Margin } from "@/lib/charts/axis";
import type { Tick } from "@/lib/charts/estimates/model";
import { formatNumber } from "@/lib/data/format";

export const TICK_TEXT = { fontSize: 12, fill: "var(--axis)" } as const;

/** The value axis of a server-drawn chart: dashed grid lines at each tick, labels, the axis line. */
export function ValueAxis({
  ticks,
  width,
  margin,
  baseline,
}: {
  ticks: Tick[];
  width: number;
  margin: Margin;
  baseline: number;
}) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t.value}>
          <line
            x1={margin.left}
            x2={width - margin.right}
            y1={t.at}
            y2={t.at}
            stroke="var(--grid)"
            strokeDasharray="3 3"
          />
          <text x={margin.left - 6} y={t.at} dy="0.35em" textAnchor="end" {...TICK_TEXT}>
            {formatNumber(t.value)}
          </text>
        </g>
      ))}
      <line x1={margin.left} x2={margin.left} y1={margin.top} y2={baseline} stroke="var(--axis)" />
      <line
        x1={margin.left}
        x2={width - margin.right}
        y1={baseline}
        y2={baseline}
        stroke="var(--axis)"
      />
    </g>
  );
}
