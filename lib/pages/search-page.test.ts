import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import { textCell } from "@/lib/data/roles";
import { searchDocs, searchPage } from "./search-page";

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

  it("a percentage finds the ranges of percentages that start with it", () => {
    // Every figure quoting a range such as "18–19%": its low end, as a percentage, finds it.
    const ranged = catalog!.datasets.flatMap((d) =>
      d.rows.length > 5000 || !d.roles.quote
        ? []
        : d.rows.flatMap((r) => {
            const m = /\b(\d+)[–-]\d+%/.exec(String(r[d.roles.quote!] ?? ""));
            return m
              ? [{ low: `${m[1]}%`, url: `/datasets/${d.slug}/${String(r[d.roles.id])}` }]
              : [];
          }),
    );
    expect(ranged.length).toBeGreaterThan(0);
    for (const { low, url } of ranged) expect(urls(low, "figure")).toContain(url);
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
