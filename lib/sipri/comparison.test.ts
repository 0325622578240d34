import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { compareArms, lastDelivery } from "./comparison";

const catalog = miniCatalog();
const get = (slug: string) => catalog.datasets.find((d) => d.slug === slug)!;
const spec = {
  columns: { shareOf: "share_of", rankAmong: "rank_among" },
  headlineFlows: [{ country: "Azerbaijan", role: "imports" as const, partner: "Israel" }],
};

describe(compareArms, () => {
  const c = compareArms(get("published"), get("transfers"), catalog, spec);
  const row = (key: string) => c.rows.find((r) => r.key === key)!;

  it("matches each published share with the same window recomputed from the transfers", () => {
    expect(row("Azerbaijan|imports|Israel|2016|2020")).toMatchObject({
      window: "2016–20",
      flow: "Israel → Azerbaijan",
      measure: "% of Azerbaijan's arms imports",
      published: [{ rowId: "p1", share: 69, sourceIds: ["src-a"] }],
      recomputed: { tiv: 100, total: 150, rank: 1 },
    });
    expect(row("Azerbaijan|imports|Israel|2016|2020").recomputed!.share).toBeCloseTo(66.667, 2);
    // Israel's exports 2016–20: Azerbaijan and India 100 TIV each, a tie for first place.
    expect(row("Israel|exports|Azerbaijan|2016|2020")).toMatchObject({
      published: [{ rowId: "p2", share: 17, rank: 2 }],
      recomputed: { share: 50, rank: 1 },
    });
  });

  it("needs a world-wide export for world ranks, and says so", () => {
    expect(c.worldCoverage).toBe(false);
    expect(row("Azerbaijan|imports|world|2016|2020")).toMatchObject({
      measure: "% of world arms imports; rank among importers",
      published: [{ rowId: "p3", rank: 23 }],
      recomputedNote: "needs a full (all countries) export",
    });
  });

  it("recomputes the headline flows for every window the data cover, published or not", () => {
    const windows = c.rows
      .filter((r) => r.measure === "% of Azerbaijan's arms imports")
      .map((r) => r.window);
    expect(windows).toEqual(["2016–20"]);
    const wider = compareArms({ ...get("published"), rows: [] }, get("transfers"), catalog, spec);
    expect(wider.rows.map((r) => r.window)).toEqual(["2016–20"]);
    expect(wider.vintage).toBe("2026-02-12");
  });
});

describe(lastDelivery, () => {
  it("finds the latest year with a delivery between two parties", () => {
    expect(lastDelivery(get("transfers"), "Israel", "Azerbaijan")).toBe(2020);
    expect(lastDelivery(get("transfers"), "Russia", "Azerbaijan")).toBe(2016);
    expect(lastDelivery(get("transfers"), "Azerbaijan", "Israel")).toBeUndefined();
  });
});
