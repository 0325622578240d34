import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import { clearance, corridorProjection, layoutMap, CLEARANCE } from "@/lib/charts/map/model";
import { EXTENT, placesOf } from "@/lib/flows/corridor";
import { flowsCsv, FLOWS_COLUMNS } from "@/lib/flows/export";
import Papa from "papaparse";
import { WORLD } from "@/lib/charts/map/world";
import type { Catalog } from "@/lib/data/catalog";
import { flowsPage, type FlowsPage } from "./flows-page";

/** The figures of one kind as drawn, and the ids data/figures.json gives each kind. */
const mapOf = (page: FlowsPage) =>
  page.figures.flatMap((f) => (f.kind === "corridor" ? [f.map] : []))[0];
const sankeysOf = (page: FlowsPage) =>
  page.figures.flatMap((f) => (f.kind === "sankey" ? [f.sankey] : []));
const idsOf = (catalog: Catalog, kind: string) =>
  catalog.flowFigures.filter((f) => f.kind === kind).map((f) => f.id);

describe("the corridor map", async () => {
  const { catalog } = await loadCatalogResult();

  it("puts Baku's terminal east of Tbilisi, and Ceyhan west of both", () => {
    const projection = corridorProjection(EXTENT, 640, 470);
    const places = placesOf(catalog!.datasets.find((d) => d.slug === "corridor-places")!);
    const x = (id: string) => {
      const p = places.find((q) => q.id === id)!;
      return projection([p.lon, p.lat])![0];
    };
    expect(x("sangachal")).toBeGreaterThan(x("tbilisi"));
    expect(x("ceyhan")).toBeLessThan(x("tbilisi"));
    expect(x("ceyhan")).toBeLessThan(x("sangachal"));
  });

  it("never passes an arrow under an unrelated place, in any window and layer", () => {
    const { windowEnds: ends, layers } = flowsPage(catalog!, new URLSearchParams()).options;
    for (const end of ends)
      for (const layer of layers) {
        const page = flowsPage(
          catalog!,
          new URLSearchParams(
            `window=${end - 4}-${end}&layer=${layer.id}&show=${idsOf(catalog!, "corridor")[0]}`,
          ),
        );
        const layout = layoutMap(mapOf(page)!, WORLD, 640, 470);
        for (const a of layout.arrows)
          expect(clearance(layout, a.arrow.id), `${a.arrow.id} in ${end}`).toBeGreaterThanOrEqual(
            CLEARANCE,
          );
      }
  });

  it("draws one unit per layer, its largest arrow the widest; the layer is in the address", () => {
    const plain = flowsPage(catalog!, new URLSearchParams());
    const seen = new Set<string>();
    for (const layer of plain.options.layers) {
      const page = flowsPage(catalog!, new URLSearchParams(`layer=${layer.id}`));
      expect(page.choices.layer).toBe(layer.id);
      expect(page.query).toBe(layer === plain.options.layers[0] ? "" : `layer=${layer.id}`);
      const layout = layoutMap(mapOf(page)!, WORLD, 640, 470);
      const valued = layout.arrows.filter((a) => a.arrow.value !== undefined);
      const units = new Set(valued.map((a) => a.arrow.unit));
      expect(units.size, layer.id).toBe(1);
      const unit = [...units][0]!;
      expect(seen.has(unit), `${unit} on two layers`).toBe(false);
      seen.add(unit);
      const widest = Math.max(...valued.map((a) => a.sleeve?.[1] ?? a.width));
      expect(widest, layer.id).toBe(10);
      // The figure links every layer, each keeping the reader's other choices.
      const corridor = page.figures.find((f) => f.kind === "corridor")!;
      if (corridor.kind !== "corridor") throw new Error("expected the map");
      expect(corridor.layers.filter((l) => l.current).map((l) => l.id)).toEqual([layer.id]);
    }
    const odd = flowsPage(catalog!, new URLSearchParams("layer=everything"));
    expect(odd.choices.layer).toBe(plain.options.layers[0]!.id);
  });
});

describe("the flows download", async () => {
  const { catalog } = await loadCatalogResult();

  it("holds exactly the links drawn: one row per arrow, estimate group and Sankey band", () => {
    const page = flowsPage(catalog!, new URLSearchParams("window=2015-2019&eu=2016"));
    const parsed = Papa.parse<Record<string, string>>(flowsCsv(page.rows), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([...FLOWS_COLUMNS]);
    const drawn = page.figures.flatMap((f) =>
      f.kind === "corridor"
        ? f.map.arrows.map((a) => `${f.id}|${a.id}`)
        : f.kind === "oil-estimates"
          ? f.links.flatMap((l) => l.groups.map((g) => `${f.id}|${l.id}:${g.denominator}`))
          : f.sankey.links.map((l) => `${f.id}|${l.id}`),
    );
    expect(new Set(page.figures.map((f) => f.id))).toEqual(
      new Set(catalog!.flowFigures.map((f) => f.id)),
    );
    expect(parsed.data.map((r) => `${r.figure}|${r.link_id}`)).toEqual(drawn);
    for (const s of sankeysOf(page))
      for (const l of s.links) {
        const row = parsed.data.find((r) => r.link_id === l.id)!;
        expect(Number(row.value)).toBeCloseTo(l.value, 9);
        expect(row.unit).toBe(s.unit);
      }
  });

  it("follows the reader's choices and ignores invalid ones", () => {
    const odd = flowsPage(catalog!, new URLSearchParams("window=2019-2024&eu=1066&show=nope"));
    const plain = flowsPage(catalog!, new URLSearchParams());
    expect(odd.choices).toEqual(plain.choices);
    expect(plain.query).toBe("");
    const crude = idsOf(catalog!, "crude");
    const year = plain.options.crude[0]!.year;
    const earlier = year.values[0]!;
    const some = flowsPage(
      catalog!,
      new URLSearchParams(`${crude.map((c) => `show=${c}`).join("&")}&${year.param}=${earlier}`),
    );
    expect(sankeysOf(some).map((s) => s.id)).toEqual(crude);
    expect(mapOf(some)).toBeUndefined();
    expect(some.query).toBe(
      new URLSearchParams([
        [year.param, String(earlier)],
        ["show", crude.join(",")],
      ]).toString(),
    );
    expect(some.rows.every((r) => crude.includes(r.figure))).toBe(true);
  });

  it("draws an oil-estimates figure with its corridor map, not as a choice of its own", () => {
    const plain = flowsPage(catalog!, new URLSearchParams());
    const oil = idsOf(catalog!, "oil-estimates");
    expect(plain.options.figures.map((f) => f.id)).not.toContain(oil[0]);
    expect(plain.figures.map((f) => f.id)).toContain(oil[0]);
    const sankeysOnly = flowsPage(
      catalog!,
      new URLSearchParams(`show=${idsOf(catalog!, "arms")[0]}`),
    );
    expect(sankeysOnly.figures.map((f) => f.kind)).toEqual(["sankey"]);
  });
});
