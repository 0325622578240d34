import type { BarsChartData, BarsLayout } from "@/lib/charts/bars/model";
import { BarsMarks } from "./bars-marks";

/** The bars alone, small: the overview card's miniature. */
export function BarsMini({ layout }: { data: BarsChartData; layout: BarsLayout }) {
  return <BarsMarks layout={layout} compact />;
}
