import type { StackedChartData, StackedLayout } from "@/lib/charts/stacked/model";
import { StackedMarks } from "./stacked-marks";

/** The stacked bars alone, small: the overview card's miniature. */
export function StackedMini({ data, layout }: { data: StackedChartData; layout: StackedLayout }) {
  return <StackedMarks data={data} layout={layout} compact />;
}
