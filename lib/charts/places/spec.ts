import { z } from "zod";
import { columnKey, slugId } from "../../data/keys";

/** A dataset's rows as points on a map: each row a named place at its latitude and longitude. */
export const placesSpecSchema = z.strictObject({
  type: z.literal("places"),
  id: slugId,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  name: columnKey,
  lat: columnKey,
  lon: columnKey,
  /** The country each place is in (named and drawn stronger on the map). */
  country: columnKey.optional(),
  /** [west, south, east, north] in degrees: the area drawn. */
  extent: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export type PlacesSpec = z.infer<typeof placesSpecSchema>;
