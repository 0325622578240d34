import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/data/load-data";
import { formatProblem } from "@/lib/data/problems";

// The committed data itself: valid, and honest about where every row comes from.
describe("data/", async () => {
  const result = await loadCatalogResult();

  it("validates without problems", () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it("gives every row at least one source and the words its figure was quoted from", () => {
    for (const d of result.catalog!.datasets) {
      const sourcesKey = d.meta.columns.find((c) => c.type === "sources")!.key;
      for (const row of d.rows) {
        expect((row[sourcesKey] as string[]).length, `${d.slug}/${String(row.id)}`).toBeGreaterThan(
          0,
        );
        if (d.meta.columns.some((c) => c.key === "quote"))
          expect(String(row.quote ?? ""), `${d.slug}/${String(row.id)}`).not.toBe("");
      }
    }
  });

  it("has no source that no row cites", () => {
    const all = [
      ...result.catalog!.datasets,
      ...(result.catalog!.claims ? [result.catalog!.claims] : []),
    ];
    const cited = new Set(all.flatMap((d) => d.citedSourceIds));
    // A claim's evidence may cite a source directly (source:<id>).
    for (const row of result.catalog!.claims?.rows ?? [])
      for (const ref of (row.evidence as string[] | undefined) ?? [])
        if (ref.startsWith("source:")) cited.add(ref.slice(7));

    expect(result.catalog!.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});
