import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { rowSummary } from "./row-summary";

const catalog = miniCatalog();
const sources = new Map(catalog.sources.map((s) => [s.id, s]));
const find = (slug: string, id: string) => {
  const d = catalog.datasets.find((x) => x.slug === slug)!;
  return [d, d.rows.find((r) => r[d.roles.id] === id)!] as const;
};

describe(rowSummary, () => {
  it("reads value, period, what and who through the dataset's roles", () => {
    expect(rowSummary(...find("oil", "o2"), sources)).toEqual({
      value: "about 40–45%",
      period: "as of March 2020",
      what: "Azerbaijan, share of oil needs",
      who: "Publisher A",
    });
  });

  it("adds a stated rank to the value, or shows the rank alone", () => {
    expect(rowSummary(...find("published", "p2"), sources).value).toBe("17% (#2)");
    expect(rowSummary(...find("published", "p3"), sources).value).toBe("#23");
  });

  it("shows a whole-year period as the year and units as stated", () => {
    expect(rowSummary(...find("transfers", "t1"), sources)).toEqual({
      value: "60 TIV m",
      period: "2016",
      what: "Israel, Azerbaijan",
      who: "SIPRI",
    });
  });
});
