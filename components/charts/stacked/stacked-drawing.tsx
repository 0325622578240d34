import type { StackedChartData, StackedLayout } from "@/lib/charts/stacked/model";
import { CategoryLabels } from "../category-labels";
import { ChartSvg } from "../chart-svg";
import { ValueAxis } from "../value-axis";
import { StackedMarks } from "./stacked-marks";

/** Stacked bars by category: the value axis, the category labels, one segment per series. */
export function StackedDrawing({
  data,
  layout,
}: {
  data: StackedChartData;
  layout: StackedLayout;
}) {
  return (
    <ChartSvg data={data} layout={layout} role="img">
      <ValueAxis
        ticks={layout.yTicks}
        width={layout.width}
        margin={layout.margin}
        baseline={layout.baseline}
      />
      <CategoryLabels layout={layout} />
      <StackedMarks data={data} layout={layout} />
    </ChartSvg>
  );
}
