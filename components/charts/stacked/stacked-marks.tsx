import { seriesFill } from "@/lib/charts/palette";
import type { StackedChartData, StackedLayout } from "@/lib/charts/stacked/model";
import { formatNumber } from "@/lib/data/format";

/** Each bar's segments as placed by the layout, each titled with its series and value. */
export function StackedMarks({
  data,
  layout,
  compact = false,
}: {
  data: StackedChartData;
  layout: StackedLayout;
  compact?: boolean;
}) {
  return layout.marks.map((m) => (
    <rect
      key={`${m.category}|${m.series}`}
      x={m.x}
      width={m.width}
      y={m.y}
      height={m.height}
      fill={seriesFill(m.series, m.seriesIndex)}
    >
      {compact ? null : (
        <title>{`${m.category}, ${m.series}: ${data.percent ? `${formatNumber(m.value, 1)}%` : `${formatNumber(m.value, 1)}${data.unit ? ` ${data.unit}` : ""}`}`}</title>
      )}
    </rect>
  ));
}
