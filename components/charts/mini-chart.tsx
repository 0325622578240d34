import { COMPACT } from "@/lib/charts/axis";
import { layoutChart, seriesStyles } from "@/lib/charts/layout";
import type { ChartData } from "@/lib/charts/registry";
import { BarsMarks } from "./bars/bars-marks";
import { EstimatesMarks } from "./estimates/estimates-marks";
import { StackedMarks } from "./stacked/stacked-marks";

const W = 280;
const H = 64;

/**
 * A dataset's first chart in miniature for its overview card: the same layout as the full
 * chart at a small size, marks only. Decorative: the card's text says what it shows.
 */
export function MiniChart({ chart }: { chart: ChartData }) {
  const layout = layoutChart(chart, W, H, seriesStyles(chart), COMPACT);
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
      {layout.kind === "estimates" ? (
        <EstimatesMarks layout={layout} compact />
      ) : layout.kind === "bars" ? (
        <BarsMarks layout={layout} compact />
      ) : (
        <StackedMarks
          data={chart as Extract<ChartData, { kind: "stacked" }>}
          layout={layout}
          compact
        />
      )}
    </svg>
  );
}
