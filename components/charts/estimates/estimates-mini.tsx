import type { EstimatesChartData, EstimatesLayout } from "@/lib/charts/estimates/model";
import { EstimatesMarks } from "./estimates-marks";

/** The estimates' marks alone, small: the overview card's miniature. */
export function EstimatesMini({ layout }: { data: EstimatesChartData; layout: EstimatesLayout }) {
  return <EstimatesMarks layout={layout} compact />;
}
