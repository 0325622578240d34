import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/data/load-data";
import { textCell } from "@/lib/data/roles";
import { searchDocs, searchPage } from "@/lib/pages/search-page";
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
      "40",
      "45%",
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

describe("search on the committed data", async () => {
  const { catalog } = await loadCatalogResult();
  const urls = (q: string, kind?: string) =>
    searchPage(catalog!, q, kind).groups.flatMap((g) => g.hits.map((h) => h.url));

  it("gives every document a unique id", () => {
    const docs = searchDocs(catalog!);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });

  it('"69%" finds every claim and figure that states 69%', () => {
    const claims = catalog!
      .claims!.rows.filter((r) => /\b69%/.test(String(r[catalog!.claims!.roles.quote!] ?? "")))
      .map((r) => `/claims#${String(r.id)}`);
    const figures = catalog!.datasets.flatMap((d) =>
      d.rows.length > 5000
        ? []
        : d.rows
            .filter(
              (r) => d.roles.value && r[d.roles.value.key] === 69 && d.roles.value.unit === "%",
            )
            .map((r) => `/datasets/${d.slug}/${String(r[d.roles.id])}`),
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(figures.length).toBeGreaterThan(0);
    const found = [...urls("69%", "claim"), ...urls("69%", "figure")];
    for (const u of [...claims, ...figures]) expect(found).toContain(u);
  });

  it('"Kpler" finds every Kpler estimate and every re-report of one', () => {
    const oil = catalog!.datasets.find((d) => d.slug === "israel-oil-imports")!;
    const { roles } = oil;
    const kpler = oil.rows.filter((r) => /Kpler/.test(textCell(r, roles.estimator) ?? ""));
    const ids = new Set(kpler.map((r) => String(r[roles.id])));
    const reReports = oil.rows.filter((r) => ids.has(textCell(r, roles.derivedFrom) ?? ""));
    expect(kpler.length).toBeGreaterThan(0);
    const found = urls("Kpler", "figure");
    for (const r of [...kpler, ...reReports])
      expect(found).toContain(`/datasets/${oil.slug}/${String(r[roles.id])}`);
  });

  it('"Barak" finds the deliveries, the deal and the claim', () => {
    const found = urls("Barak");
    const barak = (slug: string) => {
      const d = catalog!.datasets.find((x) => x.slug === slug)!;
      return d.rows
        .filter((r) => Object.values(r).some((v) => /\bBarak/.test(String(v))))
        .map((r) => `/datasets/${slug}/${String(r[d.roles.id])}`);
    };
    const deliveries = barak("arms-deliveries");
    const deals = barak("azerbaijan-israel-arms-deals");
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deals.length).toBeGreaterThan(0);
    for (const u of [...deals, ...deliveries.slice(0, 1)]) expect(found).toContain(u);
    expect(urls("Barak", "figure")).toEqual(expect.arrayContaining(deliveries));
    expect(found.some((u) => u.startsWith("/claims#"))).toBe(true);
  });

  it("finds a large table's rows through the table's search", () => {
    const hit = urls("Germany", "figure").find((u) => u.startsWith("/datasets/eu-crude-imports?"));
    expect(hit).toBe("/datasets/eu-crude-imports?q=Germany&tab=table");
  });
});
