import type { EstimatesLayout } from "@/lib/charts/estimates/model";
import { TICK_TEXT } from "../value-axis";

/** The lane right of the time axis for undated figures whose publication date is unknown too. */
export function ApartLane({
  lane,
  layout,
}: {
  lane: NonNullable<EstimatesLayout["apartLane"]>;
  layout: EstimatesLayout;
}) {
  const bottom = layout.height - layout.margin.bottom;
  return (
    <g>
      <line
        x1={lane.x + 6}
        x2={lane.x + 6}
        y1={layout.margin.top}
        y2={bottom}
        stroke="var(--axis)"
        strokeDasharray="2 3"
      />
      <text
        x={lane.x + 6 + (lane.width - 6) / 2}
        y={bottom + 18}
        textAnchor="middle"
        {...TICK_TEXT}
      >
        undated
      </text>
    </g>
  );
}
