import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { keyFigure } from "./key-figure";

const catalog = miniCatalog();
const get = (slug: string) => catalog.datasets.find((d) => d.slug === slug)!;

describe(keyFigure, () => {
  it("names the latest independent estimate of a share with its denominator and period, never a range across denominators", () => {
    // Azerbaijan's shares: 22% of crude deliveries (2018), 40–45% of oil needs (as of March 2020),
    // and an undated 25% of oil needs, which has no date to be latest by.
    expect(keyFigure(get("oil"))).toEqual({
      value: "about 40–45% of oil needs",
      label: "Azerbaijan's share: as of March 2020",
      detail:
        "the latest of 3 independent estimates of Azerbaijan's share, of 2 different wholes (the chart keeps them apart)",
    });
  });

  it("computes the largest partner's share of the latest window, with the vintage", () => {
    // 2016–20: Israel 100 of 150 TIV to Azerbaijan.
    expect(keyFigure(get("transfers"))).toEqual({
      value: "66.7%",
      label: "Israel: largest supplier's share, 2016–20",
      detail: "computed from SIPRI TIV (data generated 12 Feb 2026)",
    });
  });

  it("shows one row's value as stated, and nothing when the row has no value", () => {
    const published = get("published");
    const withRow = (rowId: string) => ({
      ...published,
      meta: { ...published.meta, keyFigure: { type: "row" as const, rowId, label: "L" } },
    });
    expect(keyFigure(withRow("p1"))).toEqual({
      value: "69%",
      label: "L",
      detail: "as stated by its source",
    });
    expect(keyFigure(withRow("p3"))).toBeUndefined();
  });

  it("has no figure for a dataset without rows or without a key figure", () => {
    expect(keyFigure({ ...get("oil"), rows: [] })).toBeUndefined();
    expect(keyFigure(get("published"))).toBeUndefined();
  });
});
