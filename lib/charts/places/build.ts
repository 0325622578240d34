import { numberCell, textCell } from "../../data/roles";
import type { ChartContext } from "../context";
import { naturalEarthName, type MapData } from "../map/model";
import type { PlacesSpec } from "./spec";

/** A coordinate as written for readers: 40.17° N, 3.7° W. */
const degrees = (v: number, positive: string, negative: string) =>
  `${Math.abs(v)}° ${v < 0 ? negative : positive}`;

export function placesReferences(spec: PlacesSpec) {
  return {
    columns: {
      name: spec.name,
      lat: spec.lat,
      lon: spec.lon,
      ...(spec.country ? { country: spec.country } : {}),
    },
    roles: [] as const,
  };
}

/** The rows as points on the map kind, with no arrows: where each place is, as quoted. */
export function buildPlaces(spec: PlacesSpec, ctx: ChartContext): MapData {
  const { dataset } = ctx;
  const places = dataset.rows.flatMap((r) => {
    const lat = numberCell(r, spec.lat);
    const lon = numberCell(r, spec.lon);
    const name = textCell(r, spec.name);
    return lat !== undefined && lon !== undefined && name
      ? [{ id: String(r[dataset.roles.id]), name, lat, lon }]
      : [];
  });
  const countries = [
    ...new Set(
      dataset.rows.flatMap((r) => {
        const c = spec.country ? textCell(r, spec.country) : undefined;
        return c ? [naturalEarthName(c)] : [];
      }),
    ),
  ];
  return {
    kind: "map",
    id: spec.id,
    title: spec.title,
    subtitle: spec.subtitle ?? "",
    extent: spec.extent,
    named: countries,
    focus: countries,
    places,
    arrows: [],
    legend: [`${places.length} places, each at the latitude and longitude its row quotes.`],
    summary: `${places.length} places: ${places.map((p) => `${p.name} (${degrees(p.lat, "N", "S")}, ${degrees(p.lon, "E", "W")})`).join("; ")}.`,
    sourceLine: "",
  };
}
