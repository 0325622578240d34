import type { ChartData } from "@/lib/charts/registry";
import type { ChartLayout } from "@/lib/charts/layout";
import { BarsMarks } from "./bars/bars-marks";
import { CategoryLabels } from "./category-labels";
import { ApartLane } from "./estimates/apart-lane";
import { EstimatesMarks } from "./estimates/estimates-marks";
import { StackedMarks } from "./stacked/stacked-marks";
import { TICK_TEXT, ValueAxis } from "./value-axis";

/**
 * A chart drawn as plain SVG from its layout, on the server as well as in the browser: it is on
 * the page at once (no script needed, nothing moves when scripts arrive, it prints), and every
 * mark has a <title> naming its value and source. The interactive version, drawn from the same
 * layout's domains and ticks, replaces it when the reader points at or focuses the chart.
 */
export function StaticChart({ data, layout }: { data: ChartData; layout: ChartLayout }) {
  const { width, height, margin } = layout;
  let body;
  switch (layout.kind) {
    case "estimates":
      body = (
        <>
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
        </>
      );
      break;
    case "bars":
    case "stacked":
      body = (
        <>
          <ValueAxis
            ticks={layout.yTicks}
            width={width}
            margin={margin}
            baseline={layout.baseline}
          />
          <CategoryLabels layout={layout} />
          {layout.kind === "bars" ? (
            <BarsMarks layout={layout} />
          ) : (
            <StackedMarks data={data as Extract<ChartData, { kind: "stacked" }>} layout={layout} />
          )}
        </>
      );
      break;
  }
  return (
    <svg
      className="static-chart"
      width="100%"
      height="100%"
      viewBox={`0 0 ${width} ${height}`}
      // An estimates chart's marks are links to the figures' pages: a group, not an image.
      role={layout.kind === "estimates" ? "group" : "img"}
      aria-label={`${data.title}. ${data.summary}`}
    >
      {body}
    </svg>
  );
}
