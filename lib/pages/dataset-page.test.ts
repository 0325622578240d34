import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { clientRowKeys } from "../table/table-model";
import { datasetPage } from "./dataset-page";

const catalog = miniCatalog();
const page = (slug: string) =>
  datasetPage(
    catalog,
    catalog.datasets.find((d) => d.slug === slug)!,
  );

describe(datasetPage, () => {
  it("numbers the cited sources once, in order of first citation", () => {
    const p = page("oil");
    expect(Object.values(p.footnotes).map((f) => [f.n, f.label])).toEqual([
      [1, "Publisher B"],
      [2, "Publisher A"],
    ]);
    expect(p.sources.map((s) => s.id)).toEqual(["src-b", "src-a"]);
    // Publisher B is cited by four rows, Publisher A by three.
    expect(p.sourceLine).toBe("Sources: Publisher B (2021), Publisher A (2020).");
  });

  it("declares its sections in metadata: its own, and those other datasets show on it too", () => {
    expect(page("oil").sections.map((s) => s.type)).toEqual(["disagreements"]);
    expect(page("published").sections.map((s) => s.type)).toEqual([
      "disagreements",
      "published-vs-recomputed",
    ]);
    // The transfers page has no sections of its own; the published dataset declares two for it.
    expect(page("transfers").sections.map((s) => s.type)).toEqual([
      "disagreements",
      "published-vs-recomputed",
    ]);
  });

  it("adds to the comparison's notes what the data say about the latest delivery, computed", () => {
    const section = page("published").sections[1]!;
    if (section.type !== "published-vs-recomputed") throw new Error("expected a comparison");
    expect(section.notes).toEqual([
      "SIPRI revises past years.",
      "The latest delivery from Israel to Azerbaijan in the imported register is in 2020 (computed from the data).",
    ]);
    expect(section.table.columns.map((c) => c.id)).toEqual([
      "window",
      "flow",
      "measure",
      "published",
      "reported",
      "recomputed",
      "difference",
    ]);
    const row = section.table.rows.find((r) => r.key === "Azerbaijan|imports|Israel|2016|2020")!;
    expect(row.cells.published!.lines[0]).toEqual({
      text: "69%",
      href: "/datasets/published#row-p1",
    });
    expect(row.cells.recomputed!.lines[0]!.text).toBe("66.7% (#1)");
    expect(row.cells.difference!.lines[0]!.text).toBe("−2.3 pp");
    expect(row.cells.difference!.sort).toBeCloseTo(66.667 - 69, 2);
  });

  it("ships a small dataset's rows whole with the page, keeping only the columns the table reads", () => {
    const p = page("oil");
    expect(p.table.total).toBe(7);
    expect(p.table.rowsUrl).toBeUndefined();
    const o2 = p.table.rows.find((r) => r.id === "o2")!;
    const wanted = clientRowKeys(p.table.model);
    expect(Object.keys(o2).every((k) => wanted.includes(k))).toBe(true);
    expect(Object.keys(o2)).toEqual(
      expect.arrayContaining(["quote", "label", "high", "qualifier"]),
    );
    // Columns the table never shows (the how-reported flag) stay on the server.
    expect(Object.keys(p.table.rows.find((r) => r.id === "o4")!)).not.toContain("reported_as");
  });
});

describe("a published figure where a share is expected", () => {
  it("says its rank when only a rank was published, and never NaN", async () => {
    const { publishedShareText } = await import("./comparison-table");
    expect(publishedShareText({ share: 3.1, rank: 8 })).toBe("3.1% (#8)");
    expect(publishedShareText({ share: 61 })).toBe("61%");
    expect(publishedShareText({ rank: 7 })).toBe("#7, rank only");
    expect(publishedShareText({})).toBe("–");
  });
});
