import { z } from "zod";

/**
 * The zod pieces every metadata schema shares: column keys, slugs and ids, and row filters.
 * Kept apart from `schema.ts` so that chart types (lib/charts/<type>/spec.ts) can use them.
 */
export const columnKey = z.string().regex(/^[a-z][a-z0-9_]*$/, "column keys are snake_case");

export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids and slugs are lower-case and hyphenated");

/** Rows to include: each listed column must hold one of the values. */
export const whereSchema = z.record(columnKey, z.array(z.string()));
export type Where = z.infer<typeof whereSchema>;
