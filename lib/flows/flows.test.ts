import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import { transfersOf, windows } from "@/lib/sipri/shares";
import type { Transfer } from "@/lib/sipri/transfers";
import { armsSankey, TIV_UNIT } from "./arms";
import { groupSmall, stableOrder } from "./links";
import { meetsYears } from "./oil-link";

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
