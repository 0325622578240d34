import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import { formatProblem } from "@/lib/data/problems";
import { SERIES_COLORS, seriesShape } from "@/lib/charts/palette";

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
    // A question cites the sources of its caveats and of what a publisher says of its statistic.
    for (const q of result.catalog!.questions)
      if (q.type === "oil-common-basis")
        for (const c of [...q.caveats, ...q.regional.reasons]) cited.add(c.source);

    expect(result.catalog!.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});

describe("every chart of the committed data", async () => {
  const { catalog } = await loadCatalogResult();
  const sources = new Map(catalog!.sources.map((s) => [s.id, s]));
  const { datasetCharts } = await import("@/lib/charts/registry");
  const { disagreements } = await import("@/lib/charts/estimates/disagreements");
  const { lineageKey } = await import("@/lib/evidence/lineage");
  const { quantityOf } = await import("@/lib/evidence/quantities");

  const charts = catalog!.datasets.flatMap((dataset) => [
    ...datasetCharts({ dataset, sources }).map((chart) => ({ dataset, chart, view: false })),
    ...(dataset.meta.sections ?? []).flatMap((s) =>
      s.type === "disagreements"
        ? disagreements(catalog!, dataset, s.views).map((d) => ({
            dataset,
            chart: d.chart,
            view: true,
          }))
        : [],
    ),
  ]);

  it("draws no series that mixes denominators or measures, and counts no re-report twice", () => {
    let checked = 0;
    for (const { dataset, chart } of charts) {
      if (chart.kind !== "estimates") continue;
      const byId = new Map(dataset.rows.map((r) => [String(r[dataset.roles.id]), r]));
      const series = new Map<string, { quantities: Set<string>; lineages: string[] }>();
      for (const p of chart.points) {
        const row = byId.get(p.rowId);
        if (!row) continue; // a claim or a recomputed figure
        const s = series.get(p.series) ?? { quantities: new Set(), lineages: [] };
        s.quantities.add(quantityOf(dataset.roles, row) ?? "");
        s.lineages.push(lineageKey(dataset.roles, row, byId));
        series.set(p.series, s);
        checked++;
      }
      for (const [name, s] of series) {
        expect(s.quantities.size, `${dataset.slug} ${chart.id} "${name}"`).toBe(1);
        expect(new Set(s.lineages).size, `${dataset.slug} ${chart.id} "${name}"`).toBe(
          s.lineages.length,
        );
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("gives every series of a chart its own colour-and-shape pair, and every denominator its own shape", () => {
    let checked = 0;
    for (const { dataset, chart, view } of charts) {
      if (chart.kind !== "estimates" || !chart.styles) continue;
      const drawn = (i: number) => seriesShape(i);
      const pairs = new Set<string>();
      const shapeOf = new Map<string, string>();
      for (const [name, style] of Object.entries(chart.styles)) {
        pairs.add(`${style.color % SERIES_COLORS.length}/${drawn(style.shape)}`);
        const denominator = name.slice(name.indexOf(" · ") + 3);
        shapeOf.set(denominator, drawn(style.shape));
        checked++;
      }
      const label = `${dataset.slug} ${chart.id}`;
      expect(pairs.size, label).toBe(Object.keys(chart.styles).length);
      // Dataset charts name series "<supplier> · <denominator>"; disagreement views use shape
      // for the method instead, so only the pairs are checked there.
      if (!view) expect(new Set(shapeOf.values()).size, label).toBe(shapeOf.size);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("folds the re-reports the research found: Reuters' 94,000 b/d, SOCAR's $18.5 bn, NSAI's 389 bcm, SIPRI's 69%", () => {
    const folded = (slug: string, chartId: string) =>
      charts
        .filter((c) => c.dataset.slug === slug && c.chart.id === chartId)
        .flatMap((c) => (c.chart.kind === "estimates" ? c.chart.points : []))
        .filter((p) => (p.reports?.length ?? 0) > 1)
        .map((p) => p.reports!.map((r) => r.rowId).sort());
    expect(folded("israel-oil-imports", "azerbaijan-crude-volumes")).toEqual([
      ["f1-35-azerbaijan-bd-2025", "f1-37-azerbaijan-bd-2025"],
    ]);
    expect(folded("azerbaijan-israel-investment", "socar-investment-turkey")).toEqual([
      ["f3-1-socar-turkey-vestnik", "f3-2-socar-turkey-orda", "f3-3-socar-turkey-helm"],
    ]);
    expect(folded("azerbaijan-israel-investment", "tamar-reserves")).toEqual([
      ["f3-8-tamar-reserves-trend", "f3-9-tamar-reserves-bcm"],
    ]);
    expect(folded("azerbaijan-arms-imports-published", "israel-share-of-azerbaijan-arms")).toEqual([
      ["p2016-20-israel-azerbaijan-courrier", "p2016-20-israel-azerbaijan-iqtisadchi"],
    ]);
  });
});
