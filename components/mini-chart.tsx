import type { ReactNode } from "react";
import type { ChartData } from "@/lib/chart-data";
import { seriesColor } from "@/lib/palette";

const W = 280;
const H = 64;

/**
 * A dataset's first chart in miniature for its overview card: the shape of the data at a
 * glance, no axes. Decorative: the card's text says what it shows.
 */
export function MiniChart({ chart }: { chart: ChartData }) {
  let marks: ReactNode = null;
  if (chart.type === "estimates" && chart.points.length > 0) {
    const [x0, x1] = chart.xDomain;
    const top = Math.max(1, ...chart.points.map((p) => p.y + p.yErr[1]));
    const x = (v: number) => 4 + ((v - x0) / (x1 - x0 || 1)) * (W - 8);
    const y = (v: number) => H - 4 - (v / top) * (H - 8);
    marks = chart.points.map((p, i) => (
      <g
        key={`${p.rowId}-${i}`}
        stroke={seriesColor(chart.series.indexOf(p.series))}
        fill={seriesColor(chart.series.indexOf(p.series))}
      >
        <line
          x1={x(p.x - p.xErr[0])}
          x2={x(p.x + p.xErr[1])}
          y1={y(p.y)}
          y2={y(p.y)}
          strokeWidth={1.5}
        />
        <circle cx={x(p.x)} cy={y(p.y)} r={2.5} stroke="none" />
      </g>
    ));
  } else {
    const values =
      chart.type === "bars"
        ? chart.bars.map((b) => b.value)
        : chart.type === "stacked"
          ? chart.rows.map((r) => r.values.reduce((a, b) => a + b, 0))
          : [];
    const top = Math.max(1, ...values);
    const step = (W - 8) / Math.max(1, values.length);
    marks = values.map((v, i) => (
      <rect
        key={i}
        x={4 + i * step + step * 0.1}
        width={step * 0.8}
        y={H - 4 - (v / top) * (H - 8)}
        height={(v / top) * (H - 8)}
        fill={seriesColor(0)}
      />
    ));
  }
  return (
    <svg
      className="mini-chart"
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      height={H}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={4} x2={W - 4} y1={H - 4} y2={H - 4} stroke="var(--grid)" />
      {marks}
    </svg>
  );
}
