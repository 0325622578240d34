import type { EstimatesChartData, EstimatesLayout } from "@/lib/charts/estimates/model";
import { ChartSvg } from "../chart-svg";
import { TICK_TEXT, ValueAxis } from "../value-axis";
import { ApartLane } from "./apart-lane";
import { EstimatesMarks } from "./estimates-marks";

/** Estimates on a time axis: year gridlines, the value axis, the marks (links to their rows). */
export function EstimatesDrawing({
  data,
  layout,
}: {
  data: EstimatesChartData;
  layout: EstimatesLayout;
}) {
  const { width, height, margin } = layout;
  return (
    // The marks are links to the figures' pages: a group, not an image.
    <ChartSvg data={data} layout={layout} role="group">
      {layout.xTicks.map((t) => (
        <g key={t.value}>
          <line
            x1={t.at}
            x2={t.at}
            y1={margin.top}
            y2={height - margin.bottom}
            stroke="var(--grid)"
            strokeDasharray="3 3"
          />
          <text x={t.at} y={height - margin.bottom + 18} textAnchor="middle" {...TICK_TEXT}>
            {t.value}
          </text>
        </g>
      ))}
      <ValueAxis
        ticks={layout.yTicks}
        width={width}
        margin={margin}
        baseline={height - margin.bottom}
      />
      {layout.apartLane ? <ApartLane lane={layout.apartLane} layout={layout} /> : null}
      <EstimatesMarks layout={layout} />
    </ChartSvg>
  );
}
