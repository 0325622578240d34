import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { claimViews } from "./claims-view";

describe(claimViews, () => {
  const [c1, c2, c3] = claimViews(miniCatalog());

  it("quotes each claim with its stated figure, unit and denominator, verdict and source", () => {
    expect(c1).toMatchObject({
      id: "c1",
      quote: "Up to 40% of oil",
      verdict: "period-dependent",
      explanation: "Estimates differ.",
      stated: "up to 40% of Israel's oil imports",
      statedValue: 40,
      statedUnit: "% of Israel's oil imports",
      statedPeriod: "",
      source: { id: "art", publisher: "Blog", kind: "claim" },
      date: "2025",
      dateText: "2025",
    });
    expect(c1!.statedStart).toBeUndefined();
    expect(c2!.stated).toBe("94 bcm");
  });

  it("keeps the stated period and its dates", () => {
    expect(c3).toMatchObject({ statedPeriod: "2016–2021", statedStart: "2016", statedEnd: "2021" });
  });

  it("resolves evidence to the rows' values and to sources, with links and what each measures", () => {
    // The claim states a share of oil imports and names no rows to compare with: both rows are
    // of other wholes, context rather than the same quantity.
    expect(c1!.evidence).toEqual([
      {
        href: "/datasets/oil/o1",
        label: "22%",
        detail: "Azerbaijan, share of crude deliveries · 2018 (full year) · Publisher B",
        quantity: "crude deliveries",
        same: false,
      },
      {
        href: "/datasets/oil/o2",
        label: "about 40–45%",
        detail: "Azerbaijan, share of oil needs · as of March 2020 · Publisher A",
        quantity: "oil needs",
        same: false,
      },
    ]);
    expect(c3!.evidence[1]).toEqual({
      href: "/sources#sipri",
      label: "SIPRI register",
      detail: "SIPRI, 12 Feb 2026",
    });
    expect(c2!.evidence).toEqual([]);
  });
});
