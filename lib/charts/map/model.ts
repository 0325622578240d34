/**
 * A flow map drawn on the server: country boundaries from Natural Earth (the `world-atlas`
 * package's 1:50m TopoJSON), projected with d3-geo's Mercator fitted to the corridor, clipped to
 * the frame and written as SVG paths with one decimal — the geodata reaches the reader only as the
 * drawn paths. Arrows are quadratic curves between projected points; an arrow whose start lies
 * outside the frame (a distant supplier) enters at the frame's edge. Widths compare only within
 * one unit: each unit has its own scale.
 */
import { geoCentroid, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { once } from "../../data/memo";
import type { GeometryCollection, Topology } from "topojson-specification";

export interface Place {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Where its name goes, so names never sit on a route. */
  side?: "above" | "below" | "below-left" | "left" | "right";
}

/** An end of an arrow: a named place, or a country (its Natural Earth centroid). */
export type Anchor = { place: string } | { country: string };

export interface MapArrow {
  id: string;
  kind: "crude" | "arms" | "investment";
  from: Anchor;
  to: Anchor;
  /** Places the arrow runs through (an approximate route), in order. */
  via?: string[];
  /** Sideways bend of a straight leg, as a fraction of its length (+ bends to the left). */
  bend?: number;
  /** The number that sets the width, in `unit`; absent: drawn as a route of fixed width. */
  value?: number;
  /** The range drawn as a sleeve around the width, in the same unit. */
  range?: [number, number];
  unit: string;
  /** The period the value is for, as its source states it. */
  period: string;
  /** Publisher and vintage, and the source rows' ids. */
  source: string;
  sourceIds: string[];
  /** A short label on the map. */
  label: string;
  /** What a reader hears and reads on focus: value, unit, period, source, vintage. */
  text: string;
  href: string;
  /** Drawn dashed: a route whose course is approximate. */
  approximate?: boolean;
}

export interface MapData {
  kind: "map";
  id: string;
  title: string;
  subtitle: string;
  /** [west, south, east, north] in degrees: the area fitted to the frame. */
  extent: [number, number, number, number];
  /** Countries named on the map (all others are drawn unnamed). */
  named: string[];
  /** Countries drawn stronger: the ones the flows join. */
  focus: string[];
  places: Place[];
  arrows: MapArrow[];
  legend: string[];
  summary: string;
  sourceLine: string;
}

/** The frame a flow map is laid out in (the drawing scales to its box). */
export const MAP_BOX = { width: 640, height: 470 };

export interface Point {
  x: number;
  y: number;
}

/** A place name's offset from its dot, in em of its font size (so it holds at any size). */
export interface PlaceLabel {
  dx: number;
  dy: number;
  anchor: "start" | "middle" | "end";
}

export interface MapLayout {
  kind: "map";
  width: number;
  height: number;
  /** A country's name at `label`; `keyed`: its number sits there instead (see `keyed`). */
  countries: { name: string; d: string; focus: boolean; label?: Point; keyed?: number }[];
  /** A place's name offset by `label`, or numbered (`keyed`) when no place was free. */
  places: (Place & Point & { label?: PlaceLabel; keyed?: number })[];
  arrows: {
    arrow: MapArrow;
    d: string;
    width: number;
    sleeve?: [number, number];
    /** Where the label sits, or, when `keyed`, its number. */
    labelAt: Point;
    keyed?: number;
    /** The curve sampled, for checks (an arrow never passes under an unrelated place). */
    samples: Point[];
  }[];
  /** Labels no free place could hold: numbered on the map, listed under it. */
  keyed: { n: number; text: string }[];
}

/** Natural Earth's names for the names SIPRI and the datasets use. */
const NATURAL_EARTH: Record<string, string> = {
  Turkiye: "Turkey",
  Türkiye: "Turkey",
  "United States": "United States of America",
};

export function naturalEarthName(name: string): string {
  return NATURAL_EARTH[name] ?? name;
}

/** The topology's countries as GeoJSON, converted once per topology (the world is large). */
export function countriesOf(topology: Topology): FeatureCollection<Geometry, { name: string }> {
  return once(topology, "countries", () => {
    const t = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    return feature(t, t.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  });
}

/** Mercator fitted to the extent inside a `width` × `height` frame, clipped to it. */
export function corridorProjection(
  extent: MapData["extent"],
  width: number,
  height: number,
): GeoProjection {
  const [w, s, e, n] = extent;
  const box: Feature = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [w, s],
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      ],
    },
  };
  return geoMercator()
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

const MAX_WIDTH = 10;
const MIN_WIDTH = 1.5;
const ROUTE_WIDTH = 3;

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Where a segment from outside the frame crosses into it (the inside end stays). */
function enterFrame(outside: Point, inside: Point, width: number, height: number): Point {
  let t = 0;
  const dx = inside.x - outside.x;
  const dy = inside.y - outside.y;
  const bounds: [number, number, number][] = [
    [-dx, outside.x - 0, 0],
    [dx, width - outside.x, 0],
    [-dy, outside.y - 0, 0],
    [dy, height - outside.y, 0],
  ];
  for (const [p, q] of bounds) {
    if (p < 0) t = Math.max(t, q / p);
  }
  // Start a little inside the frame, so the arrow's tail and label are visible.
  t = Math.min(1, t + 0.04);
  return { x: outside.x + t * dx, y: outside.y + t * dy };
}

function inFrame(p: Point, width: number, height: number): boolean {
  return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
}

/** A quadratic curve from a to b bent sideways by `bend` × its length. */
function leg(a: Point, b: Point, bend: number): { c: Point; d: string } {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const c = { x: mx + bend * (a.y - b.y), y: my + bend * (b.x - a.x) };
  return { c, d: `Q${r1(c.x)},${r1(c.y)} ${r1(b.x)},${r1(b.y)}` };
}

function sample(a: Point, c: Point, b: Point, n = 24): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    out.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return out;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * An estimated text box with a margin: 0.62 em a character (wider than the average letter, so
 * the estimate errs towards space), from 0.8 em above the baseline to 0.25 em below.
 */
function textBox(
  text: string,
  x: number,
  y: number,
  size: number,
  anchor: "start" | "middle" | "end",
): Box {
  const w = text.length * size * 0.62;
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  const pad = 1.5;
  return { x0: x0 - pad, y0: y - size * 0.8 - pad, x1: x0 + w + pad, y1: y + size * 0.25 + pad };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Font sizes of the map's texts (app/globals.css): names and arrow labels; place names on a phone. */
export const MAP_TEXT = { label: 13, phonePlace: 23, number: 11 } as const;

/** Offsets of a place's name from its dot by side, in em: the declared side is tried first. */
export const PLACE_LABEL = {
  above: { dx: 0, dy: -0.6, anchor: "middle" },
  below: { dx: 0, dy: 1.25, anchor: "middle" },
  "below-left": { dx: 0.3, dy: 1.25, anchor: "end" },
  left: { dx: -0.55, dy: 0.35, anchor: "end" },
  right: { dx: 0.55, dy: 0.35, anchor: "start" },
} as const satisfies Record<NonNullable<Place["side"]>, PlaceLabel>;

/** Where along its arrow a label may sit, preferred first. */
const LABEL_AT = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85];
/** A country's name around its centroid, in px: on it, then above, below and beside it. */
const COUNTRY_AT = [
  [0, 0],
  [0, -16],
  [0, 16],
  [-28, 0],
  [28, 0],
  [0, -30],
  [0, 30],
] as const;

/**
 * Every text on the map placed where it overlaps no other text, no place's dot and stays in the
 * frame — greedily, in order of importance: place names (at desktop and phone sizes both), arrow
 * labels, then country names. A label with no free position is numbered where it would go and
 * listed in a key under the map, so nothing is ever drawn over anything else.
 */
function placeMapLabels(
  countries: MapLayout["countries"],
  places: MapLayout["places"],
  arrows: MapLayout["arrows"],
  width: number,
  height: number,
): MapLayout["keyed"] {
  const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= width && b.y1 <= height;
  const dots: Box[] = places.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 }));
  // Desktop texts, and the phone's (place names only, larger; the rest hide on a phone).
  const taken: Box[] = [...dots];
  const takenPhone: Box[] = [...dots];
  const free = (b: Box, boxes: Box[]) => inside(b) && boxes.every((t) => overlap(b, t) === 0);
  const keyed: MapLayout["keyed"] = [];
  const numberAt = (at: Point, text: string): number => {
    const n = keyed.length + 1;
    keyed.push({ n, text });
    taken.push(textBox(String(n), at.x, at.y, MAP_TEXT.number, "middle"));
    return n;
  };
  const placeBox = (p: Point, side: PlaceLabel, name: string, size: number) =>
    textBox(name, p.x + side.dx * size, p.y + side.dy * size, size, side.anchor);

  for (const p of places) {
    const sides = [
      PLACE_LABEL[p.side ?? "above"],
      ...Object.values(PLACE_LABEL).filter((s) => s !== PLACE_LABEL[p.side ?? "above"]),
    ];
    const side = sides.find(
      (s) =>
        free(placeBox(p, s, p.name, MAP_TEXT.label), taken) &&
        free(placeBox(p, s, p.name, MAP_TEXT.phonePlace), takenPhone),
    );
    if (side) {
      p.label = side;
      taken.push(placeBox(p, side, p.name, MAP_TEXT.label));
      takenPhone.push(placeBox(p, side, p.name, MAP_TEXT.phonePlace));
    } else p.keyed = numberAt({ x: p.x + 9, y: p.y - 4 }, p.name);
  }

  for (const a of arrows) {
    let spot: { at: Point; box: Box; crossing: number } | undefined;
    for (const t of LABEL_AT) {
      const s = a.samples[Math.round(t * (a.samples.length - 1))]!;
      for (const dy of [-a.width / 2 - 5, a.width / 2 + MAP_TEXT.label + 2]) {
        const at = { x: r1(s.x), y: r1(s.y + dy) };
        const box = textBox(a.arrow.label, at.x, at.y, MAP_TEXT.label, "middle");
        if (!free(box, taken)) continue;
        // Among free spots, the one crossing the fewest other arrows.
        const crossing = arrows
          .filter((o) => o !== a)
          .reduce(
            (n, o) =>
              n +
              o.samples.filter((q) => q.x > box.x0 && q.x < box.x1 && q.y > box.y0 && q.y < box.y1)
                .length,
            0,
          );
        if (!spot || crossing < spot.crossing) spot = { at, box, crossing };
      }
      if (spot?.crossing === 0) break;
    }
    if (spot) {
      a.labelAt = spot.at;
      taken.push(spot.box);
    } else {
      const mid = a.samples[Math.floor(a.samples.length / 2)]!;
      a.labelAt = { x: r1(mid.x), y: r1(mid.y - a.width / 2 - 3) };
      a.keyed = numberAt(a.labelAt, a.arrow.label);
    }
  }

  for (const c of countries) {
    if (!c.label) continue;
    const at = COUNTRY_AT.map(([dx, dy]) => ({
      x: r1(c.label!.x + dx),
      y: r1(c.label!.y + dy),
    })).find((p) => free(textBox(c.name, p.x, p.y, MAP_TEXT.label, "middle"), taken));
    if (at) {
      c.label = at;
      taken.push(textBox(c.name, at.x, at.y, MAP_TEXT.label, "middle"));
    } else c.keyed = numberAt(c.label, c.name);
  }
  return keyed;
}

/** Pixels an arrow keeps from a place it does not serve. */
export const CLEARANCE = 16;
/** Sideways bends tried, gentlest first, when an arrow's own bend passes under a place. */
const BENDS = [0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.4, -0.4];

interface Route {
  d: string;
  samples: Point[];
  labelAt: Point;
}

function route(stops: Point[], bend: number): Route {
  let d = `M${r1(stops[0]!.x)},${r1(stops[0]!.y)}`;
  const samples: Point[] = [];
  let labelAt = stops[0]!;
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    const { c, d: part } = leg(a, b, bend);
    d += part;
    const pts = sample(a, c, b);
    samples.push(...pts);
    if (i === 1 || stops.length === 2) labelAt = pts[Math.floor(pts.length / 2)]!;
  }
  return { d, samples, labelAt };
}

/** The places an arrow starts at, ends at or runs through. */
function ownPlaces(arrow: MapArrow): Set<string> {
  return new Set(
    [arrow.from, arrow.to, ...(arrow.via ?? []).map((place) => ({ place }))].flatMap((e) =>
      "place" in e ? [e.place] : [],
    ),
  );
}

function distanceTo(samples: Point[], places: (Place & Point)[], own: Set<string>): number {
  let best = Infinity;
  for (const p of places) {
    if (own.has(p.id)) continue;
    for (const s of samples) best = Math.min(best, Math.hypot(s.x - p.x, s.y - p.y));
  }
  return best;
}

/** A country's outline and centroid in the frame: what the land looks like, whatever is drawn on it. */
interface CountryShape {
  name: string;
  d: string;
  centroid?: Point;
}

function countryShapes(
  extent: MapData["extent"],
  all: Feature<Geometry, { name: string }>[],
  projection: GeoProjection,
): CountryShape[] {
  const path = geoPath(projection).digits(0);
  const [w, s, e, n] = extent;
  const shapes: CountryShape[] = [];
  for (const f of all) {
    const [[x0, y0], [x1, y1]] = geoPath().bounds(f);
    // Plain lon/lat bounds: keep a country only if its box meets the extent (with a margin).
    if (x1 < w - 5 || x0 > e + 5 || y1 < s - 5 || y0 > n + 5) continue;
    const d = path(f);
    if (!d) continue;
    const c = projection(geoCentroid(f));
    shapes.push({ name: f.properties.name, d, ...(c ? { centroid: { x: c[0], y: c[1] } } : {}) });
  }
  return shapes;
}

function countryLayer(
  data: MapData,
  shapes: CountryShape[],
  width: number,
  height: number,
): MapLayout["countries"] {
  return shapes.map(({ name, d, centroid: c }) => {
    const label =
      data.named.includes(name) && c && inFrame(c, width, height)
        ? { x: r1(c.x), y: r1(c.y) }
        : undefined;
    return { name, d, focus: data.focus.includes(name), ...(label ? { label } : {}) };
  });
}

/**
 * Countries, places and arrows placed in a `width` × `height` frame. Countries wholly outside
 * the extent are left out; those named get a label at their centroid when it falls inside.
 */
export function layoutMap(
  data: MapData,
  topology: Topology,
  width: number,
  height: number,
): MapLayout {
  // The land does not change with the flows drawn on it: projected once per frame.
  const frame = `${data.extent.join(",")}|${width}x${height}`;
  const projection = once(topology, `projection:${frame}`, () =>
    corridorProjection(data.extent, width, height),
  );
  const all = countriesOf(topology).features;
  const shapes = once(topology, `country-shapes:${frame}`, () =>
    countryShapes(data.extent, all, projection),
  );
  const centroids = once(topology, "country-centroids", () => new Map<string, [number, number]>());
  const countries = countryLayer(data, shapes, width, height);
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const project = (lon: number, lat: number): Point => {
    // The clipping projection returns points outside the frame too (clipping applies to paths).
    const [x, y] = projection([lon, lat])!;
    return { x, y };
  };
  const anchor = (a: Anchor): Point => {
    if ("place" in a) {
      const p = placeById.get(a.place);
      if (!p) throw new Error(`map ${data.id}: no place "${a.place}"`);
      return project(p.lon, p.lat);
    }
    const name = naturalEarthName(a.country);
    let centroid = centroids.get(name);
    if (!centroid) {
      const f = all.find((x) => x.properties.name === name);
      if (!f) throw new Error(`map ${data.id}: no country "${a.country}" in Natural Earth`);
      centroid = geoCentroid(f);
      centroids.set(name, centroid);
    }
    return project(...centroid);
  };
  // One scale per unit: the largest value of a unit gets the widest arrow.
  const largest = new Map<string, number>();
  for (const a of data.arrows) {
    const top = Math.max(a.value ?? 0, a.range?.[1] ?? 0);
    largest.set(a.unit, Math.max(largest.get(a.unit) ?? 0, top));
  }
  const widthOf = (a: MapArrow, v: number) => {
    const max = largest.get(a.unit) ?? 0;
    return max > 0 ? Math.max(MIN_WIDTH, (v / max) * MAX_WIDTH) : MIN_WIDTH;
  };
  const places = data.places.map((p) => ({ ...p, ...project(p.lon, p.lat) }));
  const arrows = data.arrows.map((arrow) => {
    const stops = [arrow.from, ...(arrow.via ?? []).map((p) => ({ place: p })), arrow.to].map(
      anchor,
    );
    if (!inFrame(stops[0]!, width, height))
      stops[0] = enterFrame(stops[0]!, stops[1]!, width, height);
    const own = ownPlaces(arrow);
    // The declared bend if it keeps clear of every unrelated place; else the gentlest that does.
    const tries = [arrow.bend ?? 0, ...BENDS].map((bend) => route(stops, bend));
    const clear = (r: Route) => distanceTo(r.samples, places, own) >= CLEARANCE;
    const chosen =
      tries.find(clear) ??
      tries.reduce((a, b) =>
        distanceTo(b.samples, places, own) > distanceTo(a.samples, places, own) ? b : a,
      );
    return {
      arrow,
      d: chosen.d,
      width: arrow.value !== undefined ? widthOf(arrow, arrow.value) : ROUTE_WIDTH,
      ...(arrow.range
        ? {
            sleeve: [widthOf(arrow, arrow.range[0]), widthOf(arrow, arrow.range[1])] as [
              number,
              number,
            ],
          }
        : {}),
      labelAt: { x: r1(chosen.labelAt.x), y: r1(chosen.labelAt.y) },
      samples: chosen.samples,
    };
  });
  const keyed = placeMapLabels(countries, places, arrows, width, height);
  return {
    kind: "map",
    width,
    height,
    countries,
    places,
    arrows,
    keyed,
  };
}

/**
 * The closest an arrow comes to a place it does not start at, end at or run through, in pixels:
 * an arrow passing under a place would read as serving it.
 */
export function clearance(layout: MapLayout, arrowId: string): number {
  const a = layout.arrows.find((x) => x.arrow.id === arrowId)!;
  return distanceTo(a.samples, layout.places, ownPlaces(a.arrow));
}
