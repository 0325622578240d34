import { z } from "zod";
import { columnKey, slugId, whereSchema } from "../../data/keys";

/** Bars stacked by series (e.g. TIV per year, by supplier); beyond `topSeries`, the rest are summed. */
export const stackedSpecSchema = z.strictObject({
  type: z.literal("stacked"),
  id: slugId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  where: whereSchema.optional(),
  x: columnKey,
  series: columnKey,
  value: columnKey,
  topSeries: z.number().int().positive().optional(),
  yLabel: z.string().min(1),
});
export type StackedSpec = z.infer<typeof stackedSpecSchema>;
