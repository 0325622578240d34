import { COMPACT } from "@/lib/charts/axis";
import { layoutFigure, type FigureData } from "@/lib/charts/kinds";
import { viewOf, type DrawingProps } from "./kinds";

const W = 280;
const H = 64;

/**
 * A dataset's first chart in miniature for its overview card: the same layout as the full
 * chart at a small size, marks only. Decorative: the card's text says what it shows.
 */
export function MiniChart({ chart }: { chart: FigureData }) {
  const layout = layoutFigure(chart, { width: W, height: H, margin: COMPACT });
  const { Mini } = viewOf(chart.kind);
  const props = { data: chart, layout } as DrawingProps<never>;
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
      <Mini {...props} />
    </svg>
  );
}
