import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/data/load-data";
import { transfersOf, windows, type Transfer } from "@/lib/sipri/shares";
import { clearance, corridorProjection, layoutMap, CLEARANCE } from "@/lib/charts/map/model";
import { flowsPage, WORLD } from "@/lib/pages/flows-page";
import { armsSankey, TIV_UNIT } from "./arms";
import { EXTENT, placesOf } from "./corridor";
import { flowsCsv, FLOWS_COLUMNS } from "./export";
import { groupSmall, stableOrder } from "./links";
import { meetsYears } from "./oil-link";
import Papa from "papaparse";

const SOURCE = { slug: "arms-transfers", name: "SIPRI", ids: ["s"] };

function t(year: number, supplier: string, recipient: string, tiv: number): Transfer {
  return { year, supplier, recipient, tiv };
}

describe("arms Sankeys", () => {
  const transfers = [
    t(2000, "Big", "AZ", 100),
    t(2001, "Mid", "AZ", 30),
    t(2012, "Mid", "AZ", 60),
    t(2012, "Tiny", "AZ", 0.5),
    t(2013, "Tiny2", "AZ", 0.4),
    t(2013, "Big", "AZ", 5),
    t(2013, "AZ", "Elsewhere", 7),
  ];
  const spec = { id: "to-az", country: "AZ", role: "imports" as const };

  it("keeps every partner's place across windows: the order is by total over all years", () => {
    const early = armsSankey(transfers, spec, { from: 1996, to: 2000 }, SOURCE);
    const late = armsSankey(transfers, spec, { from: 2009, to: 2013 }, SOURCE);
    // Mid is larger than Big in 2009–13, but Big is larger overall: Big stays first.
    expect(late.order.from.slice(0, 2)).toEqual(["Big", "Mid"]);
    expect(early.order.from).toEqual(["Big"]);
    expect(late.links.find((l) => l.from === "Mid")!.value).toBe(60);
  });

  it("groups the small partners as Others, with their sum and names", () => {
    const late = armsSankey(transfers, spec, { from: 2009, to: 2013 }, SOURCE);
    const others = late.links.find((l) => l.grouped)!;
    expect(others.from).toBe("Others (2)");
    expect(others.value).toBeCloseTo(0.9, 12);
    expect(others.grouped!.map((g) => g.name)).toEqual(["Tiny", "Tiny2"]);
    expect(late.links.reduce((a, l) => a + l.value, 0)).toBeCloseTo(65.9, 12);
    expect(late.links.every((l) => l.unit === TIV_UNIT)).toBe(true);
  });

  it("says so plainly when a window has no deliveries", () => {
    const none = armsSankey(transfers, spec, { from: 2020, to: 2024 }, SOURCE);
    expect(none.links).toEqual([]);
    expect(none.empty).toBe("SIPRI records no deliveries to AZ in 2020–24.");
  });

  it("on the committed SIPRI data: totals equal the transfers' sums, order stable in every window", async () => {
    const { catalog } = await loadCatalogResult();
    const transfersSet = catalog!.datasets.find((d) => d.slug === "arms-transfers")!;
    const all = transfersOf(transfersSet);
    const years = all.map((x) => x.year);
    for (const w of windows(Math.min(...years) + 4, Math.max(...years))) {
      for (const s of [
        { id: "a", country: "Azerbaijan", role: "imports" as const },
        { id: "b", country: "Israel", role: "exports" as const },
      ]) {
        const sankey = armsSankey(all, s, w, SOURCE);
        const expected = all
          .filter((x) => x.year >= w.from && x.year <= w.to)
          .filter((x) => (s.role === "imports" ? x.recipient : x.supplier) === s.country)
          .reduce((a, x) => a + x.tiv, 0);
        expect(sankey.links.reduce((a, l) => a + l.value, 0)).toBeCloseTo(expected, 6);
        // The partners' relative order is the same in every window.
        const side = s.role === "imports" ? "from" : "to";
        const overall = sankey.order[side].filter((n) => !n.startsWith("Others"));
        const first = armsSankey(all, s, { from: 2020, to: 2024 }, SOURCE).order[side];
        const common = overall.filter((n) => first.includes(n));
        expect(common).toEqual(first.filter((n) => common.includes(n)));
      }
    }
  });
});

describe("grouping and order helpers", () => {
  it("orders by total, ties by name", () => {
    expect(
      stableOrder(
        new Map([
          ["b", 1],
          ["a", 1],
          ["c", 5],
        ]),
      ),
    ).toEqual(["c", "a", "b"]);
  });

  it("never makes an Others of one partner, and drops zero flows", () => {
    const g = groupSmall(
      [
        { name: "a", value: 100 },
        { name: "b", value: 1 },
        { name: "z", value: 0 },
      ],
      0.05,
      8,
    );
    expect(g.shown.map((p) => p.name)).toEqual(["a", "b"]);
    expect(g.others).toEqual([]);
  });
});

describe("the oil estimates' periods", () => {
  const point = (x0: number, x1: number, apart = false) => ({
    rowId: "r",
    series: "% of X",
    x: (x0 + x1) / 2,
    xErr: [(x1 - x0) / 2, (x1 - x0) / 2] as [number, number],
    y: 1,
    yErr: [0, 0] as [number, number],
    period: "p",
    valueText: "1%",
    source: "s",
    ...(apart ? { apart: true } : {}),
  });

  it("a period meets a year when it overlaps it, as stated; an undated one meets none", () => {
    expect(meetsYears(point(2023, 2024), { from: 2023, to: 2023 })).toBe(true);
    expect(meetsYears(point(2023, 2024), { from: 2024, to: 2024 })).toBe(false);
    expect(meetsYears(point(2023.8, 2024.5), { from: 2024, to: 2024 })).toBe(true);
    expect(meetsYears(point(2020, 2021, true), { from: 2020, to: 2020 })).toBe(false);
  });
});

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

describe("the route points", async () => {
  const { catalog } = await loadCatalogResult();
  it("carry exactly the coordinates their quoted GeoNames entry gives", () => {
    const places = catalog!.datasets.find((d) => d.slug === "corridor-places")!;
    expect(places.rows.length).toBeGreaterThanOrEqual(4);
    for (const row of places.rows) {
      const entry = JSON.parse(String(row.quote)) as { name: string; lat: string; lng: string };
      expect(Number(entry.lat), String(row.id)).toBe(row.lat);
      expect(Number(entry.lng), String(row.id)).toBe(row.lon);
      expect(entry.name).toBe(row.geonames_name);
    }
  });
});

describe("a data folder without the flows' datasets", () => {
  it("names what is missing, so the pages can leave the flows out instead of failing", async () => {
    const { missingFlowData } = await import("@/lib/pages/flows-page");
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
