import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import { clearance, corridorProjection, layoutMap, CLEARANCE } from "@/lib/charts/map/model";
import { EXTENT, placesOf } from "@/lib/flows/corridor";
import { flowsCsv, FLOWS_COLUMNS } from "@/lib/flows/export";
import Papa from "papaparse";
import { WORLD } from "@/lib/charts/map/world";
import { flowsPage } from "./flows-page";

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

  it("never passes an arrow under an unrelated place, in any window", () => {
    const ends = flowsPage(catalog!, new URLSearchParams()).options.windowEnds;
    for (const end of ends) {
      const page = flowsPage(
        catalog!,
        new URLSearchParams(`window=${end - 4}-${end}&show=corridor`),
      );
      const layout = layoutMap(page.map!, WORLD, 640, 470);
      for (const a of layout.arrows)
        expect(clearance(layout, a.arrow.id), `${a.arrow.id} in ${end}`).toBeGreaterThanOrEqual(
          CLEARANCE,
        );
    }
  });

  it("gives each unit its own width scale: the largest arrow of every unit is the widest", () => {
    const page = flowsPage(catalog!, new URLSearchParams("show=corridor"));
    const layout = layoutMap(page.map!, WORLD, 640, 470);
    const units = new Set(layout.arrows.map((a) => a.arrow.unit));
    for (const unit of units) {
      const same = layout.arrows.filter(
        (a) => a.arrow.unit === unit && a.arrow.value !== undefined,
      );
      if (same.length === 0) continue;
      const widest = Math.max(...same.map((a) => a.sleeve?.[1] ?? a.width));
      expect(widest, unit).toBe(10);
    }
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
    const drawn = [
      ...page.map!.arrows.map((a) => `corridor|${a.id}`),
      ...page.oilLinks.flatMap((l) =>
        l.groups.map((g) => `crude-to-israel|${l.id}:${g.denominator}`),
      ),
      ...page.sankeys.flatMap((s) => s.links.map((l) => `${s.id}|${l.id}`)),
    ];
    expect(parsed.data.map((r) => `${r.figure}|${r.link_id}`)).toEqual(drawn);
    for (const s of page.sankeys)
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
    const some = flowsPage(catalog!, new URLSearchParams("show=eu-crude&show=ei-crude&eu=2014"));
    expect(some.sankeys.map((s) => s.id)).toEqual(["eu-crude", "ei-crude"]);
    expect(some.map).toBeUndefined();
    expect(some.query).toBe("eu=2014&show=eu-crude%2Cei-crude");
    expect(some.rows.every((r) => r.figure === "eu-crude" || r.figure === "ei-crude")).toBe(true);
  });
});

describe("a data folder without the flows' datasets", () => {
  it("names what is missing, so the pages can leave the flows out instead of failing", async () => {
    const { missingFlowData } = await import("./flows-page");
    expect(missingFlowData({ sources: [], datasets: [], questions: [] })).toEqual([
      "arms-transfers",
      "israel-oil-imports",
      "azerbaijan-israel-investment",
      "eu-crude-imports",
      "crude-trade-between-regions",
      "corridor-places",
    ]);
  });
});
