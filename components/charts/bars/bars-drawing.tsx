import type { BarsChartData, BarsLayout } from "@/lib/charts/bars/model";
import { CategoryLabels } from "../category-labels";
import { ChartSvg } from "../chart-svg";
import { ValueAxis } from "../value-axis";
import { BarsMarks } from "./bars-marks";

/** Bars by category: the value axis, the category labels, one bar each. */
export function BarsDrawing({ data, layout }: { data: BarsChartData; layout: BarsLayout }) {
  return (
    <ChartSvg data={data} layout={layout} role="img">
      <ValueAxis
        ticks={layout.yTicks}
        width={layout.width}
        margin={layout.margin}
        baseline={layout.baseline}
      />
      <CategoryLabels layout={layout} />
      <BarsMarks layout={layout} />
    </ChartSvg>
  );
}
