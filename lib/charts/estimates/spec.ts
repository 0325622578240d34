import { z } from "zod";
import { columnKey, slugId, whereSchema } from "../../data/keys";

/**
 * Every row's figure at its period (the dataset's period role), one series per value of
 * `series`. The value column's unit, hedge and range end come from its column spec.
 */
export const estimatesSpecSchema = z.strictObject({
  type: z.literal("estimates"),
  id: slugId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  where: whereSchema.optional(),
  /** Only rows whose unit (static or per-row) starts with this text. */
  unitStartsWith: z.string().optional(),
  value: columnKey,
  /** The column(s) whose values name a series: e.g. ["supplier", "denominator"]. */
  series: z.union([columnKey, z.array(columnKey).min(1)]),
  yLabel: z.string().min(1),
});
export type EstimatesSpec = z.infer<typeof estimatesSpecSchema>;
