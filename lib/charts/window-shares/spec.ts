import { z } from "zod";
import { slugId } from "../../data/keys";

/**
 * Partners' shares of a country's arms imports or exports per multi-year window, computed from
 * a transfers dataset (roles `from`, `to`, `period` in whole years and `value` in TIV).
 */
export const windowSharesSpecSchema = z.strictObject({
  type: z.literal("window-shares"),
  id: slugId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  country: z.string().min(1),
  role: z.enum(["imports", "exports"]),
  windowYears: z.number().int().min(1).max(20),
  topPartners: z.number().int().positive().optional(),
  yLabel: z.string().min(1),
});
export type WindowSharesSpec = z.infer<typeof windowSharesSpecSchema>;
