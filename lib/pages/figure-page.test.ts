import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import { figurePage, markNumber } from "./figure-page";

describe(markNumber, () => {
  it("marks every place the quote writes the figure's number, and nothing inside other numbers", () => {
    const parts = markNumber("averaged 94,000 barrels, up from 194,000; 94000 in all", 94000);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["94,000", "94000"]);
    expect(parts.map((p) => p.text).join("")).toBe(
      "averaged 94,000 barrels, up from 194,000; 94000 in all",
    );
    expect(markNumber("46.4 percent, not 146.45", 46.4).filter((p) => p.mark)).toEqual([
      { text: "46.4", mark: true },
    ]);
    expect(markNumber("no number here", 5)).toEqual([{ text: "no number here" }]);
    expect(markNumber("", 5)).toEqual([]);
  });
});

describe("a figure's page, on the committed data", async () => {
  const { catalog } = await loadCatalogResult();
  // The page's address comes from the configured origin (http://localhost:3000 by default).
  const site = "2026-11-30";
  const oil = catalog!.datasets.find((d) => d.slug === "israel-oil-imports")!;

  it("is undefined for an unknown row", () => {
    expect(figurePage(catalog!, oil, "no-such-row", site)).toBeUndefined();
  });

  it("keeps every quote whole, marking the number where the quote writes it", () => {
    for (const row of oil.rows) {
      const page = figurePage(catalog!, oil, String(row.id), site)!;
      expect(page.quote.map((p) => p.text).join(""), String(row.id)).toBe(String(row.quote));
    }
    const marked = (id: string) =>
      figurePage(catalog!, oil, id, site)!
        .quote.filter((p) => p.mark)
        .map((p) => p.text);
    expect(marked("f1-35-azerbaijan-bd-2025")).toEqual(["94,000"]);
    expect(marked("f1-36-azerbaijan-share-2025")).toContain("46.4");
  });

  it("shows a re-report's lineage, the other estimates of its quantity and a citation with its source", () => {
    // Reuters' 94,000 b/d (Kpler), repeated by two outlets: one measurement, two rows.
    const reprint = figurePage(catalog!, oil, "f1-37-azerbaijan-bd-2025", site)!;
    const ids = [reprint.lineage!.lead.rowId, ...reprint.lineage!.reports.map((r) => r.rowId)];
    expect(ids.sort()).toEqual(["f1-35-azerbaijan-bd-2025", "f1-37-azerbaijan-bd-2025"]);
    expect(reprint.original).toBe("Reuters, January 2026 (Kpler data)");
    const page = figurePage(catalog!, oil, "f1-36-azerbaijan-share-2025", site)!;
    expect(page.value).toBe("46.4% of Israel's oil imports");
    // The only estimate of its denominator: no chart of others; a share of oil needs has three.
    expect(page.others).toBeUndefined();
    const needs = figurePage(catalog!, oil, "f1-34-azerbaijan-share", site)!;
    expect(needs.others?.series).toEqual(["Israel's oil consumption (needs, demand)"]);
    expect(needs.others?.points.length).toBe(3);
    expect(page.citation.plain).toContain(
      "http://localhost:3000/datasets/israel-oil-imports/f1-36-azerbaijan-share-2025",
    );
    expect(page.citation.plain).toContain(page.sources[0]!.publisher);
    expect(page.citation.bibtex).toContain(
      "@misc{flowledger-israel-oil-imports-f1-36-azerbaijan-share-2025,",
    );
  });

  it("names the vintage and the cell of an imported figure", () => {
    const ei = catalog!.datasets.find((d) => d.slug === "oil-consumption-production")!;
    const row = ei.rows[0]!;
    const page = figurePage(catalog!, ei, String(row.id), site)!;
    expect(page.vintage).toBe(String(row.edition));
    expect(page.location).toBe(`${String(row.sheet)}!${String(row.cell)}`);
    const sipri = catalog!.datasets.find((d) => d.slug === "arms-transfers")!;
    expect(figurePage(catalog!, sipri, String(sipri.rows[0]!.id), site)!.vintage).toBe(
      "data generated 12 Feb 2026",
    );
  });
});
