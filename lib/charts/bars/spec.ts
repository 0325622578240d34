import { z } from "zod";
import { columnKey, slugId, whereSchema } from "../../data/keys";

/** One bar per row, in order of the dataset's period, labelled by `category`. */
export const barsSpecSchema = z.strictObject({
  type: z.literal("bars"),
  id: slugId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  where: whereSchema.optional(),
  category: columnKey,
  value: columnKey,
  yLabel: z.string().min(1),
  /** Per-row units converted for the axis, e.g. {"US$ bn": 1000} onto US$ m. Shown in the caption. */
  convertUnits: z.record(z.string(), z.number().positive()).optional(),
});
export type BarsSpec = z.infer<typeof barsSpecSchema>;
