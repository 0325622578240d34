import topology from "world-atlas/countries-50m.json";
import type { Topology } from "topojson-specification";

/** Natural Earth's countries at 1:50m (world-atlas), the land every map is drawn on. */
export const WORLD = topology as unknown as Topology;
