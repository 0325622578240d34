import { describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  excerptAround,
  markTerms,
  normalizeTerm,
  search,
  tokenize,
  type SearchDoc,
} from "./search";

describe("terms", () => {
  it("keeps a percent sign on its number and drops thousands separators", () => {
    expect(tokenize("nearly 69% of arms; 94,000 b/d; Barak-8, 40–45%")).toEqual([
      "nearly",
      "69%",
      "of",
      "arms",
      "94,000",
      "b",
      "d",
      "Barak",
      "8",
      "40%",
      "45%",
    ]);
    // The low end of a range of percentages is a percentage; a count before a dash is not.
    expect(tokenize("between 40 and 45%; 2015-19 29%")).toEqual([
      "between",
      "40%",
      "and",
      "45%",
      "2015",
      "19",
      "29%",
    ]);
    expect(normalizeTerm("94,000")).toBe("94000");
    expect(normalizeTerm("1,234,567.5")).toBe("1234567.5");
    expect(normalizeTerm("Türkiye")).toBe("turkiye");
    expect(normalizeTerm("46.4%")).toBe("46.4%");
  });

  it("marks matched terms whatever their case or accents, and nothing else", () => {
    const parts = markTerms("Türkiye and TURKIYE, not Turkiyes", ["turkiye"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["Türkiye", "TURKIYE"]);
    expect(parts.map((p) => p.text).join("")).toBe("Türkiye and TURKIYE, not Turkiyes");
    expect(markTerms("", ["x"])).toEqual([]);
    expect(markTerms("69 and 69%", ["69%"]).filter((p) => p.mark)).toEqual([
      { text: "69%", mark: true },
    ]);
  });

  it("cuts a long text around its first match", () => {
    const text = `${"word ".repeat(100)}Kpler said ${"more ".repeat(100)}`;
    const cut = excerptAround(text, ["kpler"], 120);
    expect(cut).toContain("Kpler");
    expect(cut.startsWith("… ")).toBe(true);
    expect(cut.endsWith(" …")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(125);
    expect(excerptAround("short", ["x"])).toBe("short");
  });
});

describe(search, () => {
  const doc = (id: string, kind: SearchDoc["kind"], title: string, text = ""): SearchDoc => ({
    id,
    kind,
    title,
    text,
    url: `/${id}`,
    detail: "",
    excerpt: "",
  });
  const index = buildSearchIndex([
    doc("a", "figure", "Azerbaijan, share of crude: 40%"),
    doc("b", "claim", "Up to 40% of Israel's oil", "Azerbaijan"),
    doc("c", "figure", "Russia, crude: 40 TIV m"),
    doc("d", "source", "Azerbaijani oil via Turkey"),
  ]);

  it("groups by kind, the group with the best match first, and needs every word", () => {
    const groups = search(index, "azerbaijan 40%");
    expect(groups.map((g) => g.kind)).toEqual(["figure", "claim"]);
    expect(groups[0]!.hits.map((h) => h.url)).toEqual(["/a"]);
  });

  it("matches words by prefix but numbers exactly", () => {
    expect(
      search(index, "azerb")
        .flatMap((g) => g.hits.map((h) => h.url))
        .sort(),
    ).toEqual(["/a", "/b", "/d"]);
    expect(search(index, "4")).toEqual([]);
    expect(search(index, "40").flatMap((g) => g.hits.map((h) => h.url))).toEqual(["/c"]);
  });

  it("finds nothing for an empty or punctuation-only query, and limits to one kind on request", () => {
    expect(search(index, "")).toEqual([]);
    expect(search(index, " %%% ")).toEqual([]);
    expect(search(index, "40%", { kind: "claim" }).map((g) => g.kind)).toEqual(["claim"]);
  });
});
