import { z } from "zod";
import { barsSpecSchema } from "./bars/spec";
import { estimatesSpecSchema } from "./estimates/spec";
import { placesSpecSchema } from "./places/spec";
import { stackedSpecSchema } from "./stacked/spec";
import { windowSharesSpecSchema } from "./window-shares/spec";

/**
 * The chart specs a dataset's metadata may declare, one per chart type folder. A type not
 * listed here is a validation error ("Invalid input" at `charts.<i>.type`), never a fallback.
 */
export const chartSpecSchema = z.discriminatedUnion("type", [
  estimatesSpecSchema,
  barsSpecSchema,
  stackedSpecSchema,
  windowSharesSpecSchema,
  placesSpecSchema,
]);
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type ChartType = ChartSpec["type"];
