import { describe, expect, it } from "vitest";
import { claimViews } from "@/lib/claims/claims-view";
import { fullDate } from "@/lib/data/cell-parsers";
import type { Dataset } from "@/lib/data/catalog";
import { formatNumber, rowValue } from "@/lib/data/format";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import type { OilQuestionSpec } from "@/lib/data/question-schema";
import type { DataRow } from "@/lib/data/schema";
import { lineageKey } from "@/lib/evidence/lineage";
import { questionPage, questionTable } from "@/lib/pages/question-page";
import { oilBasis, type BasisRow } from "@/lib/questions/oil-basis";
import { compareArms } from "@/lib/sipri/comparison";
import { disagreements } from "@/lib/charts/estimates/disagreements";

/**
 * The question pages over the committed data. Every converted figure is recomputed here from the
 * rows it names, by arithmetic written out again (not by the conversion code), so a wrong formula,
 * input or vintage fails; the audit's findings are each checked against the data.
 */
const { catalog } = await loadCatalogResult();
const data = catalog!;
const bySlug = new Map(data.datasets.map((d) => [d.slug, d]));
const rowOf = (slug: string, id: string): DataRow =>
  bySlug.get(slug)!.rows.find((r) => String(r[bySlug.get(slug)!.roles.id]) === id)!;
const spec = data.questions.find((q) => q.type === "oil-common-basis") as OilQuestionSpec;
const basis = oilBasis(data, spec);
const oil = bySlug.get(spec.estimates.dataset)!;

const TONNES: Record<string, number> = { tonnes: 1, "thousand tonnes": 1e3, "million tonnes": 1e6 };

function days(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
}

/** thousand b/d of a consumption row, as stored. */
function kbdOf(d: Dataset, row: DataRow): number {
  const v = rowValue(d.roles.value!, row)!;
  return v.unit === "thousand b/d" ? v.value : v.value / 1000;
}

describe("every converted figure of the oil question, recomputed from its declared inputs", () => {
  const converted = basis.rows.filter((r) => r.kbd);

  it("converts a fair share of the estimates and says why for every other one", () => {
    expect(converted.length).toBeGreaterThan(10);
    for (const r of basis.rows) if (!r.kbd) expect(r.reason, r.rowId).toBeTruthy();
  });

  it.each(converted.map((r) => [r.rowId, r] as const))("%s", (_id, r: BasisRow) => {
    const inputs = r.kbd!.inputs;
    const estimate = rowOf(inputs[0]!.slug, inputs[0]!.rowId);
    const v = rowValue(oil.roles.value!, estimate)!;
    const factor = inputs.find((i) => i.role === "factor");
    const total = inputs.find((i) => i.role === "total");
    const consumption = inputs.filter((i) => i.role === "consumption");
    let expected: number;
    if (v.unit === "b/d") expected = v.value / 1000;
    else if (TONNES[v.unit!] !== undefined) {
      const f = rowOf(factor!.slug, factor!.rowId);
      const start = String(estimate.period_start);
      const end = String(estimate.period_end ?? start);
      const n = days(fullDate(start, false)!.date, fullDate(end, true)!.date);
      expect(r.from).toBe(fullDate(start, false)!.date);
      expect(r.to).toBe(fullDate(end, true)!.date);
      expected = (v.value * TONNES[v.unit!]! * Number(f.multiply_by)) / n / 1000;
      expect(factor!.vintage).toBe(String(f.edition));
    } else if (total) {
      const t = rowOf(total.slug, total.rowId);
      // The total is of the same source's same period.
      for (const k of ["period_kind", "period_start", "period_end"])
        expect(t[k]).toEqual(estimate[k]);
      expected = (v.value / 100) * (Number(t.value) / 1000);
    } else {
      expect(consumption).toHaveLength(1);
      const c = rowOf(consumption[0]!.slug, consumption[0]!.rowId);
      expect(Number(c.year)).toBe(Number(String(estimate.period_start).slice(0, 4)));
      expected = (v.value / 100) * kbdOf(bySlug.get(consumption[0]!.slug)!, c);
    }
    expect(r.kbd!.value).toBeCloseTo(expected, 9);
    if (!r.share) return;
    if (v.unit!.startsWith("% of") && consumption.length === 1 && !total) {
      expect(r.share.value).toBe(v.value); // a share of consumption, as stated
      return;
    }
    const used = r.share.inputs.filter((i) => i.role === "consumption");
    expect(used.length).toBeGreaterThan(0);
    for (const u of used) {
      const c = rowOf(u.slug, u.rowId);
      expect(u.vintage).toBe(String(c.edition));
      // The latest edition that gives the year.
      const editions = bySlug
        .get(u.slug)!
        .rows.filter(
          (x) =>
            x.entity === c.entity &&
            x.measure === c.measure &&
            x.unit === c.unit &&
            x.year === c.year,
        )
        .map((x) => String(x.edition))
        .sort();
      expect(String(c.edition)).toBe(editions[editions.length - 1]);
    }
    if (used.length === 1) {
      const c = rowOf(used[0]!.slug, used[0]!.rowId);
      expect(r.share.value).toBeCloseTo(
        (r.kbd!.value / kbdOf(bySlug.get(used[0]!.slug)!, c)) * 100,
        9,
      );
    }
  });

  it("gives the download the page's numbers, row for row", () => {
    const page = questionPage(data, spec.slug)!;
    const { header, rows } = questionTable(page);
    const col = (k: string) => header.indexOf(k);
    expect(rows).toHaveLength(basis.rows.length);
    for (const [i, r] of basis.rows.entries()) {
      const row = rows[i]!;
      expect(row[col("row_id")]).toBe(r.rowId);
      if (r.kbd) expect(row[col("kbd")]).toBeCloseTo(r.kbd.value, 9);
      else expect(row[col("kbd")]).toBeUndefined();
      expect(row[col("reason_not_converted")] !== undefined).toBe(!r.kbd || !r.share);
    }
  });
});

describe("the oil question's answer, derived from the data", () => {
  const page = questionPage(data, spec.slug)!;
  if (page.type !== "oil-common-basis") throw new Error("oil question expected");

  it("opens with the customs figure of the latest year that has consumption: the longest customs period in it", () => {
    const consumptionYears = bySlug
      .get(spec.consumption.dataset)!
      .rows.filter(
        (r) => r.entity === "Israel" && r.measure === "consumption" && r.unit === "thousand b/d",
      )
      .map((r) => Number(r.year));
    const lastYear = Math.max(...consumptionYears);
    const customs = oil.rows.filter(
      (r) =>
        r.estimator === "Azerbaijan customs" &&
        r.measure === "oil exports to Israel (volume)" &&
        String(r.period_start).slice(0, 4) === String(lastYear) &&
        String(r.period_end ?? r.period_start).slice(0, 4) === String(lastYear),
    );
    const longest = customs.sort((a, b) => {
      const d = (r: DataRow) =>
        days(
          fullDate(String(r.period_start), false)!.date,
          fullDate(String(r.period_end), true)!.date,
        );
      // Of two reports of one figure, the closer to the original ("verbatim" before "rounded").
      const closeness = ["verbatim", "converted", "translated", "rounded", "paraphrased"];
      return (
        d(b) - d(a) ||
        closeness.indexOf(String(a.reported_as)) - closeness.indexOf(String(b.reported_as))
      );
    })[0]!;
    const lead = page.answer.lead!;
    expect(lead.year).toBe(lastYear);
    expect(lead.official[0]!.rowId).toBe(String(longest.id));
    const v = rowValue(oil.roles.value!, longest)!;
    const kbd =
      (v.value * TONNES[v.unit!]! * 7.33) /
      days(
        fullDate(String(longest.period_start), false)!.date,
        fullDate(String(longest.period_end), true)!.date,
      ) /
      1000;
    expect(page.answer.headline[0]).toContain(`about ${formatNumber(kbd, 1)} thousand b/d`);
  });

  it("answers every year with an official or tracker figure on the basis, never calling the regional flow a bound", () => {
    const years = page.answer.years.map((y) => y.year);
    for (const r of basis.rows.filter((x) => x.kbd && !x.repeats))
      for (const y of r.years) expect(years).toContain(y);
    const texts = [
      ...page.answer.headline,
      ...page.answer.years.flatMap((y) => y.sentences),
      ...page.regional.years.map((y) => y.sentence),
      page.regional.explanation,
      page.regional.title,
    ];
    for (const t of texts) expect(t).not.toMatch(/\bbound\b|at most|ceiling|upper limit/i);
  });

  it("finds Azerbaijan's customs alone above nine tenths of the whole regional flow in 2023", () => {
    const y2023 = page.regional.years.find((y) => y.year === 2023)!;
    const customs = y2023.against.find((a) => a.row.official)!;
    const region = rowOf(y2023.flow.input.slug, y2023.flow.input.rowId);
    const stated = rowValue(oil.roles.value!, rowOf(oil.slug, customs.row.rowId))!;
    expect(customs.tonnesShare).toBeCloseTo(
      ((stated.value * 1e6) / (Number(region.value_mt) * 1e6)) * 100,
      9,
    );
    expect(customs.tonnesShare!).toBeGreaterThan(90);
  });
});

describe("the ledger's computed statements match the computation", () => {
  const explanation = (id: string) =>
    String(data.claims!.rows.find((r) => r.id === id)!.explanation);
  const kbd = (id: string) => basis.rows.find((r) => r.rowId === id)!;

  it("c-oil-40 quotes the customs shares of consumption the question computes", () => {
    for (const id of ["f1-41-azerbaijan-tonnes-h1-2020", "f1-42-azerbaijan-tonnes-2023-isranomics"])
      expect(explanation("c-oil-40")).toContain(`${formatNumber(kbd(id).share!.value, 1)}%`);
  });

  it("c-oil-kz-60 quotes the trackers' own totals converted, and their share of 2023 consumption", () => {
    for (const id of ["f1-17-az-kz-share-2023", "f1-18-az-kz-share-2023"]) {
      const r = kbd(id);
      expect(explanation("c-oil-kz-60")).toContain(
        `${formatNumber(Math.round(r.kbd!.value) * 1000)} `,
      );
      const consumption = basis.consumption.get(2023)!.kbd;
      expect(explanation("c-oil-kz-60")).toContain(
        `${formatNumber((r.kbd!.value / consumption) * 100, 1)}%`,
      );
    }
  });

  it("p-win-2018-66 states what 66% of Israel's 2018 consumption would be", () => {
    const c = basis.consumption.get(2018)!.kbd;
    expect(explanation("p-win-2018-66")).toContain(
      `about ${formatNumber(Math.round(0.66 * c) * 1000)} b/d`,
    );
  });

  it("c-arms-9pct states the largest gap between SIPRI's published and recomputed shares in the data", () => {
    const published = bySlug.get("azerbaijan-arms-imports-published")!;
    const section = published.meta.sections!.find((s) => s.type === "published-vs-recomputed")!;
    const rows = compareArms(published, bySlug.get(section.transfers)!, data, section).rows;
    let max = { gap: 0, flow: "", window: "", published: 0, recomputed: 0 };
    // The claim is about shares of Israel's arms exports: the gap is measured among those.
    for (const r of rows.filter((x) => x.measure === "% of Israel's arms exports"))
      for (const p of r.published)
        if (p.share !== undefined && r.recomputed?.share !== undefined) {
          const gap = Math.abs(p.share - r.recomputed.share);
          if (gap > max.gap)
            max = {
              gap,
              flow: r.flow,
              window: r.window,
              published: p.share,
              recomputed: r.recomputed.share,
            };
        }
    const text = explanation("c-arms-9pct");
    expect(text).toContain(`up to ${formatNumber(max.gap, 1)} points`);
    expect(text).toContain(max.window);
    expect(text).toContain(
      `${formatNumber(max.published)}% published, ${formatNumber(max.recomputed, 1)}% recomputed`,
    );
    expect(max.flow).toMatch(/Philippines/);
  });
});

describe("the audit's findings, fixed in the data", () => {
  const row = (slug: string, id: string) => rowOf(slug, id);

  it("a running total at a date is an as-of figure (SOCAR in Türkiye, 2018)", () => {
    expect(row("azerbaijan-israel-investment", "f3-6-socar-turkey-2018").period_kind).toBe("as-of");
  });

  it("figures whose sources state no period are undated, and drawn as points", () => {
    expect(row("israel-oil-imports", "f1-33-btc-route-share").period_kind).toBe("undated");
    expect(row("israel-oil-imports", "f1-26-brazil-share").period_kind).toBe("undated");
    for (const id of ["f3-10-tamar-deal-value", "f3-10-tamar-reserves-globes"])
      expect(row("azerbaijan-israel-investment", id).period_kind).toBe("undated");
    // A claim dated only by its article is a point at that date, not a year-long line.
    const view = disagreements(
      data,
      oil,
      oil.meta.sections!.flatMap((s) => (s.type === "disagreements" ? s.views : [])),
    );
    const claimMarks = view
      .flatMap((d) => d.chart.points)
      .filter((p) => p.href?.startsWith("/claims#"));
    expect(claimMarks.length).toBeGreaterThan(3);
    for (const p of claimMarks) expect(p.xErr, p.rowId).toEqual([0, 0]);
  });

  it("a method page is not a publication: no row cites Data Desk's page for words it does not hold", () => {
    for (const d of data.datasets)
      for (const r of d.rows)
        expect(
          (r[d.roles.sources] as string[]).includes("datadesk-2024-oil-to-israel"),
          String(r.id),
        ).toBe(false);
  });

  it("counts each chart's independent estimates by measurement and its publications by the pages quoted", async () => {
    const { datasetCharts } = await import("@/lib/charts/registry");
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const shares = datasetCharts({ dataset: oil, sources }).find((c) => c.id === "shares")!;
    if (shares.kind !== "estimates") throw new Error("estimates chart expected");
    const byId = new Map(oil.rows.map((r) => [String(r.id), r]));
    const drawn = shares.points.flatMap((p) =>
      (p.reports ?? [{ rowId: p.rowId }]).map((r) => byId.get(r.rowId)!),
    );
    const measurements = new Set(drawn.map((r) => lineageKey(oil.roles, r, byId))).size;
    const publications = new Set(drawn.flatMap((r) => r.source_ids as string[])).size;
    expect(measurements).toBeLessThan(shares.points.length); // the repeated "about 40%"
    expect(shares.summary).toMatch(
      new RegExp(
        `^${measurements} independent estimates from ${publications} publications \\(${shares.points.length} marks`,
      ),
    );
  });

  it("the long-repeated “about 40%” without a method is one estimate, however many outlets repeat it", () => {
    const byId = new Map(oil.rows.map((r) => [String(r.id), r]));
    const keys = ["f1-7-azerbaijan-share", "f1-33-btc-route-share", "f1-34-azerbaijan-share"].map(
      (id) => lineageKey(oil.roles, byId.get(id)!, byId),
    );
    expect(new Set(keys).size).toBe(1);
  });

  it("names the firm that measured a figure as its original does", () => {
    for (const r of oil.rows) {
      const m = /\((\w+) data\)$/.exec(String(r.original ?? ""));
      if (m) expect(String(r.estimator), String(r.id)).toContain(m[1]!);
    }
  });

  it("labels BTC Blend as BTC Blend, not as Azerbaijani crude", () => {
    const blend = oil.rows.filter(
      (r) => /BTC Blend/.test(String(r.quote)) && r.measure !== "rank among suppliers",
    );
    expect(blend.length).toBeGreaterThanOrEqual(2);
    for (const r of blend) expect(r.supplier, String(r.id)).toBe("BTC Blend");
  });

  it("gives c-arms-flights the period its article means, and c-tamar-stake only dates its sources give", () => {
    const claims = claimViews(data);
    expect(claims.find((c) => c.id === "c-arms-flights")).toMatchObject({
      statedStart: "2016",
      statedEnd: "2021",
    });
    const tamar = claims.find((c) => c.id === "c-tamar-stake")!;
    expect(tamar.explanation).not.toMatch(/mid-2025/);
    expect(tamar.explanation).toContain("31 January 2025");
    expect(tamar.explanation).toContain("17 March 2025");
  });

  it("re-examines c-oil-40, c-oil-kz-60 and c-socar-turkey against the ledger's verdict definitions", () => {
    const verdicts = Object.fromEntries(claimViews(data).map((c) => [c.id, c]));
    expect(verdicts["c-oil-40"]!.verdict).toBe("period-dependent");
    expect(verdicts["c-oil-kz-60"]!.verdict).toBe("broadly supported");
    expect(verdicts["c-socar-turkey"]!.verdict).toBe("broadly supported");
    for (const id of ["c-oil-40", "c-oil-kz-60", "c-socar-turkey"])
      expect(verdicts[id]!.explanation, id).toMatch(/as the ledger defines it/);
  });

  it("sorts a claim's evidence into its own quantity and context", () => {
    const c = claimViews(data).find((x) => x.id === "c-oil-40")!;
    expect(c.evidence.filter((e) => e.same).map((e) => e.href)).toEqual([
      "/datasets/israel-oil-imports/f1-36-azerbaijan-share-2025",
    ]);
    expect(c.evidence.filter((e) => !e.same).length).toBeGreaterThan(5);
  });
});
