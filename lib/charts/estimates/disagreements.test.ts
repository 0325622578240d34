import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { disagreements, SERIES } from "./disagreements";

const catalog = miniCatalog();
const get = (slug: string) => catalog.datasets.find((d) => d.slug === slug)!;
const viewsOf = (slug: string) => {
  const d = get(slug);
  const section = d.meta.sections!.find((s) => s.type === "disagreements")!;
  return disagreements(catalog, d, section.type === "disagreements" ? section.views : []);
};

describe("an estimates disagreement view", () => {
  const [az] = viewsOf("oil");

  it("draws each independent estimate once, one series per denominator, and marks those given without a method", () => {
    const rows = az!.chart.points.filter((p) => p.series !== SERIES.claim);
    expect(rows.map((p) => [p.rowId, p.series])).toEqual([
      ["o1", "% of crude deliveries"],
      ["o2", "% of oil needs (no method stated)"],
      ["o7", "% of oil needs (no method stated)"],
    ]);
    expect(rows[1]).toMatchObject({ y: 40, yErr: [0, 5], valueText: "about 40–45% of oil needs" });
  });

  it("adds the claims that state a figure in the chart's unit, at their article's date", () => {
    const claims = az!.chart.points.filter((p) => p.series === SERIES.claim);
    // c2 states bcm, not a share: it is listed beside the chart, not drawn on it.
    expect(claims.map((p) => p.rowId)).toEqual(["c1"]);
    expect(claims[0]!.x).toBeCloseTo(2025.5, 3);
    expect(az!.claims.map((c) => c.id)).toEqual(["c1", "c2"]);
  });

  it("says how many independent estimates from how many publications, and names each series", () => {
    expect(az!.chart.summary).toBe(
      `3 independent estimates from 2 publications: 1 × % of crude deliveries; 2 × % of oil needs (no method stated); 1 × ${SERIES.claim}; values from 22 to 40, in %.`,
    );
    expect(az!.chart.series).toEqual([
      "% of crude deliveries",
      "% of oil needs (no method stated)",
      SERIES.claim,
    ]);
    // One colour per whole measured; the shape says whether a method was given, or it is a claim.
    expect(az!.chart.styles).toEqual({
      "% of crude deliveries": { color: 0, shape: 0 },
      "% of oil needs (no method stated)": { color: 1, shape: 1 },
      [SERIES.claim]: { color: 2, shape: 5 },
    });
  });
});

describe("a SIPRI windows disagreement view", () => {
  const [view] = viewsOf("published");
  const points = view!.chart.points;

  it("puts the published share beside the recomputed one for the same window, drawn at its last year", () => {
    const published = points.find((p) => p.series === SERIES.published)!;
    expect(published).toMatchObject({ rowId: "p1", y: 69 });
    expect(Math.floor(published.x)).toBe(2020);
    const recomputed = points.filter((p) => p.computed);
    // Israel's TIV to Azerbaijan 2016–20: 100 of 150.
    expect(recomputed.map((p) => [p.period, p.y.toFixed(1)])).toEqual([["2016–20", "66.7"]]);
    expect(recomputed[0]!.valueText).toBe("66.7% of Azerbaijan's arms imports (computed)");
  });

  it("draws a claim at the last year of its stated window", () => {
    const claim = points.find((p) => p.series === SERIES.claim)!;
    expect(claim).toMatchObject({ rowId: "c3", y: 69, x: 2021.5 });
  });
});
