import { describe, expect, it } from "vitest";
import { countrySheet, review, type Row } from "@/tests/ei-fixture";
import { catalogFrom, datasetOf } from "@/tests/helpers";
import type { Catalog, Dataset } from "../data/catalog";
import { formatProblem } from "../data/problems";
import type { OilQuestionSpec } from "../data/question-schema";
import type { Source } from "../data/schema";
import {
  crudeTradeBetweenRegions,
  oilConsumptionProduction,
  oilConversionFactors,
} from "../energy/datasets";
import { parseEiReview, type EiReview } from "../energy/ei-review";
import { daysByYear, oilBasis, type BasisRow } from "./oil-basis";
import { regionalStatistic } from "./regional";

/** Israel's consumption as two editions give it: the older one says 231.6 for 2022, the newer 226. */
function editions(): EiReview[] {
  const body = (y2022: number): Row[] => [
    ["Israel", 208.5, y2022, 223.3],
    ["Total Middle East", 208.5, y2022, 223.3],
    [],
    ["Total World", 1, 1, 1],
  ];
  const parse = (edition: "2023" | "2024", y2022: number, matrixYear: number) => {
    const consumption = countrySheet(
      "Oil: Consumption*",
      "Thousand barrels daily",
      body(y2022),
      [2021, 2022, 2023],
    );
    const r = parseEiReview(
      review(edition, {
        [edition === "2023" ? "Oil Consumption - Barrels" : "Oil Consumption - barrels"]:
          consumption,
        "Oil - Inter-area movements": [
          [`Oil: Inter-area movements ${matrixYear}`],
          [],
          ["Crude (million tonnes)", "Europe", "Middle East", "Total"],
          ["From"],
          ["Other CIS", 72.7, matrixYear === 2023 ? 2.399984039 : 3.824485177, 75.1],
          ["Total imports", 72.7, 2.4, 75.1],
          [],
          ["Product (million tonnes)"],
          ["Other CIS", 12.8, 0.3, 13.1],
          ["Total imports", 12.8, 0.3, 13.1],
        ],
      }),
    );
    if ("problems" in r) throw new Error(r.problems.map((p) => p.message).join("\n"));
    return r;
  };
  return [parse("2023", 231.6, 2022), parse("2024", 226, 2023)];
}

/** The three EI datasets as the importer writes them, read back through the catalog. */
function eiDatasets() {
  const reviews = editions();
  const files: Record<string, string> = {
    "sources.csv":
      "id,title,publisher,author,url,published,accessed,kind,note\n" +
      "ei-statistical-review-2023,EI 2023,Energy Institute,,https://www.energyinst.org/statistical-review,2023,2026-11-30,dataset,\n" +
      "ei-statistical-review-2024,EI 2024,Energy Institute,,https://www.energyinst.org/statistical-review,2024,2026-11-30,dataset,\n",
  };
  for (const [slug, built] of [
    ["oil-consumption-production", oilConsumptionProduction(reviews)],
    ["crude-trade-between-regions", crudeTradeBetweenRegions(reviews)],
    ["oil-conversion-factors", oilConversionFactors(reviews)],
  ] as const) {
    files[`${slug}.csv`] = built.csv;
    files[`${slug}.meta.json`] = built.meta;
  }
  const { catalog, problems } = catalogFrom(files);
  expect(problems.map(formatProblem)).toEqual([]);
  const get = (slug: string) => catalog!.datasets.find((d) => d.slug === slug)!;
  return {
    consumption: get("oil-consumption-production"),
    trade: get("crude-trade-between-regions"),
    factors: get("oil-conversion-factors"),
  };
}

const MEASURES = [
  "crude imports (volume)",
  "oil exports to Israel (volume)",
  "trade value",
  "rank among suppliers",
];
const DENOMINATORS = [
  "Israel's crude imports",
  "Israel's oil consumption (needs, demand)",
  "Israel's oil imports (crude and products)",
];

/** An estimates dataset shaped like israel-oil-imports: each row defaults to Azerbaijan, a span. */
function estimates(rows: Record<string, unknown>[]): Dataset {
  const defs = (values: string[]) => Object.fromEntries(values.map((v) => [v, v]));
  return datasetOf(
    {
      title: "t",
      subtitle: "t",
      description: "t",
      units: "t",
      columns: [
        { key: "id", label: "ID", type: "id" },
        {
          key: "period_kind",
          label: "Kind",
          type: "category",
          values: ["span", "as-of", "year-to-date", "since", "undated"],
        },
        {
          key: "start",
          label: "Start",
          type: "date",
          optional: true,
          display: { labelColumn: "label" },
        },
        { key: "end", label: "End", type: "date", optional: true },
        { key: "label", label: "Period", type: "text", optional: true },
        { key: "supplier", label: "Supplier", type: "text" },
        { key: "basis", label: "Basis", type: "text" },
        {
          key: "measure",
          label: "Measure",
          type: "category",
          values: MEASURES,
          definitions: defs(MEASURES),
          optional: true,
        },
        {
          key: "denominator",
          label: "Of",
          type: "category",
          values: DENOMINATORS,
          definitions: defs(DENOMINATORS),
          optional: true,
        },
        { key: "qualifier", label: "Q", type: "text", optional: true },
        {
          key: "value",
          label: "Value",
          type: "number",
          unitColumn: "unit",
          display: { rangeEndColumn: "high", prefixColumn: "qualifier" },
        },
        { key: "high", label: "High", type: "number", optional: true },
        { key: "unit", label: "Unit", type: "text" },
        { key: "derived_from", label: "Repeats", type: "text", optional: true },
        { key: "reported_as", label: "As", type: "text", optional: true },
        { key: "source_ids", label: "Source", type: "sources" },
      ],
      roles: {
        value: "value",
        period: { start: "start", end: "end" },
        periodKind: "period_kind",
        labels: ["supplier"],
        measure: "measure",
        denominator: "denominator",
        derivedFrom: "derived_from",
        reportedAs: "reported_as",
      },
      charts: [],
      notes: [],
    },
    rows.map((r) => ({
      period_kind: "span",
      supplier: "Azerbaijan",
      basis: "tanker tracking",
      source_ids: ["s"],
      ...r,
    })) as never,
    "oil",
  );
}

const SPEC: OilQuestionSpec = {
  type: "oil-common-basis",
  slug: "q",
  question: "How much?",
  quantity: "crude",
  basis: "kb/d",
  claims: [],
  notes: [],
  country: "Israel",
  subject: "Azerbaijan",
  estimates: {
    dataset: "oil",
    supplier: "supplier",
    groups: ["Azerbaijan + Kazakhstan"],
    official: { basis: ["customs statistics"] },
    totals: { supplier: ["All suppliers"], measure: ["crude imports (volume)"] },
    crudeImports: ["Israel's crude imports"],
    consumption: ["Israel's oil consumption (needs, demand)"],
    volumes: ["crude imports (volume)", "oil exports to Israel (volume)"],
  },
  consumption: {
    dataset: "oil-consumption-production",
    where: { entity: ["Israel"], measure: ["consumption"], unit: ["thousand b/d"] },
  },
  factor: {
    dataset: "oil-conversion-factors",
    where: { factor: ["crude-tonnes-to-barrels"] },
    why: "w",
  },
  regional: {
    dataset: "crude-trade-between-regions",
    where: { kind: ["crude"], from: ["Other CIS"], to: ["Middle East"] },
    title: "t",
    explanation: "e",
    reasons: [],
  },
  caveats: [],
};

const SOURCE: Source = {
  id: "s",
  title: "S",
  publisher: "P",
  published: "2023-11",
  accessed: "2026-12-07",
  kind: "press",
};

function catalogWith(rows: Record<string, unknown>[]): Catalog {
  const ei = eiDatasets();
  return {
    sources: [SOURCE],
    datasets: [estimates(rows), ei.consumption, ei.trade, ei.factors],
    questions: [SPEC],
    flowFigures: [],
  };
}

function basisOf(rows: Record<string, unknown>[]): BasisRow[] {
  return oilBasis(catalogWith(rows), SPEC).rows;
}

const one = (row: Record<string, unknown>) => basisOf([row])[0]!;

describe(oilBasis, () => {
  it("takes b/d as stated, and sets it against that year's consumption in the latest edition", () => {
    const r = one({
      id: "a",
      start: "2022",
      end: "2022",
      measure: MEASURES[0],
      value: 54000,
      unit: "b/d",
    });
    expect(r.kbd!.value).toBe(54);
    expect(r.share!.value).toBeCloseTo((54 / 226) * 100, 9);
    const consumption = r.share!.inputs.find((i) => i.role === "consumption")!;
    expect(consumption).toMatchObject({
      slug: "oil-consumption-production",
      vintage: "2024 edition",
      location: "Oil Consumption - barrels!C5",
    });
  });

  it("turns tonnes over a stated span into barrels a day with the Review's crude factor and the span's days", () => {
    const r = one({
      id: "t",
      start: "2023-01",
      end: "2023-11",
      measure: MEASURES[1],
      value: 2.245,
      unit: "million tonnes",
    });
    expect(r.from).toBe("2023-01-01");
    expect(r.to).toBe("2023-11-30");
    expect(r.kbd!.value).toBeCloseTo((2.245e6 * 7.33) / 334 / 1000, 9);
    expect(r.share!.value).toBeCloseTo((r.kbd!.value / 223.3) * 100, 9);
    expect(r.kbd!.inputs.map((i) => i.role)).toEqual(["estimate", "factor"]);
    expect(r.kbd!.formula).toContain("÷ 334 days (1 Jan 2023 – 30 Nov 2023)");
    expect(r.kbd!.formula).toContain("7.33 barrels per tonne (2024 edition)");
  });

  it("converts thousand tonnes and counts a leap year's days", () => {
    const r = one({
      id: "j",
      start: "2020-01",
      end: "2020-06",
      measure: MEASURES[1],
      value: 809.101,
      unit: "thousand tonnes",
    });
    expect(r.kbd!.value).toBeCloseTo((809101 * 7.33) / 182 / 1000, 9);
  });

  it("weights consumption by the days of each year a span covers", () => {
    const r = one({
      id: "w",
      start: "2021-07",
      end: "2022-06",
      measure: MEASURES[0],
      value: 50000,
      unit: "b/d",
    });
    const c = (208.5 * 184 + 226 * 181) / 365;
    expect(r.share!.value).toBeCloseTo((50 / c) * 100, 9);
    expect(r.share!.formula).toContain("weighted by the days of each year");
  });

  it("turns a share of consumption for a stated year into barrels a day, both ends of a range", () => {
    const r = one({
      id: "n",
      start: "2023",
      end: "2023",
      denominator: DENOMINATORS[1],
      value: 18,
      high: 19,
      unit: "% of Israel's oil needs",
    });
    expect(r.kbd!.value).toBeCloseTo(0.18 * 223.3, 9);
    expect(r.kbd!.high).toBeCloseTo(0.19 * 223.3, 9);
    expect(r.share).toMatchObject({ value: 18, high: 19 });
  });

  it("does not convert a share of consumption stated at one date", () => {
    const r = one({
      id: "d",
      period_kind: "as-of",
      start: "2020-03-12",
      end: "2020-03-12",
      denominator: DENOMINATORS[1],
      value: 40,
      unit: "% of Israel's oil needs",
    });
    expect(r.kbd).toBeUndefined();
    expect(r.reason).toMatch(/stated at one date \(12 Mar 2020\)/);
  });

  it("converts a share of crude imports only with a total of the same period, keeping its hedge", () => {
    const rows = [
      {
        id: "total",
        supplier: "All suppliers",
        period_kind: "since",
        start: "2023-05-15",
        measure: MEASURES[0],
        qualifier: "about",
        value: 220000,
        unit: "b/d",
      },
      {
        id: "az-kz",
        supplier: "Azerbaijan + Kazakhstan",
        period_kind: "since",
        start: "2023-05-15",
        denominator: DENOMINATORS[0],
        qualifier: "nearly",
        value: 60,
        unit: "% of Israel's crude imports",
      },
      {
        id: "other",
        period_kind: "span",
        start: "2023-05",
        end: "2023-11",
        denominator: DENOMINATORS[0],
        value: 30,
        unit: "% of Israel's crude imports",
      },
    ];
    const [groupRow, other] = basisOf(rows);
    expect(groupRow).toMatchObject({ rowId: "az-kz", group: true });
    expect(groupRow!.kbd).toMatchObject({ value: 132, qualifier: "nearly" });
    expect(groupRow!.kbd!.inputs.map((i) => i.rowId)).toEqual(["az-kz", "total"]);
    // "since" mid-May, published in November of the same year: a 2023 figure.
    expect(groupRow!.share!.value).toBeCloseTo((132 / 223.3) * 100, 9);
    expect(other!.kbd).toBeUndefined();
    expect(other!.reason).toMatch(/no total of Israel's crude imports for the same period/);
  });

  it("says why it does not convert money, ranks, other wholes, undated rates and open amounts", () => {
    const rows = basisOf([
      { id: "usd", start: "2022", end: "2022", measure: MEASURES[2], value: 1.7, unit: "US$ bn" },
      { id: "rank", start: "2021", end: "2021", measure: MEASURES[3], value: 1, unit: "rank" },
      {
        id: "imports",
        start: "2025",
        end: "2025",
        denominator: DENOMINATORS[2],
        value: 46.4,
        unit: "% of Israel's oil imports",
      },
      { id: "undated", period_kind: "undated", measure: MEASURES[0], value: 90000, unit: "b/d" },
      {
        id: "open",
        period_kind: "since",
        start: "2022-03",
        measure: MEASURES[1],
        value: 3,
        unit: "million tonnes",
      },
    ]);
    const why = Object.fromEntries(rows.map((r) => [r.rowId, r.reason]));
    expect(rows.every((r) => r.kbd === undefined)).toBe(true);
    expect(why.usd).toMatch(/^money is not converted to volume/);
    expect(why.rank).toBe("a rank is not a quantity of oil");
    expect(why.imports).toMatch(/no total of that whole/);
    expect(why.undated).toMatch(/states no period/);
    expect(why.open).toMatch(/runs from Mar 2022 with no stated end/);
  });

  it("converts a span past the Review's last year to barrels a day but not to a share, saying why", () => {
    const r = one({
      id: "p",
      start: "2023-11-01",
      end: "2025-10-01",
      measure: MEASURES[1],
      value: 7.1,
      unit: "million tonnes",
    });
    expect(r.kbd!.value).toBeCloseTo((7.1e6 * 7.33) / 701 / 1000, 9);
    expect(r.share).toBeUndefined();
    expect(r.shareReason).toBe(
      "no published consumption for 2024 in the data (the latest edition ends in 2023)",
    );
  });

  it("lists a re-report with the measurement it repeats, leaves other suppliers out, marks official records", () => {
    const rows = basisOf([
      {
        id: "lead",
        start: "2023-01",
        end: "2023-11",
        measure: MEASURES[1],
        basis: "customs statistics",
        value: 2.245,
        unit: "million tonnes",
      },
      {
        id: "again",
        start: "2023-01",
        end: "2023-11",
        measure: MEASURES[1],
        basis: "customs statistics",
        value: 2.24,
        unit: "million tonnes",
        derived_from: "lead",
        reported_as: "rounded",
      },
      {
        id: "kz",
        supplier: "Kazakhstan",
        start: "2023",
        end: "2023",
        measure: MEASURES[1],
        value: 1,
        unit: "million tonnes",
      },
    ]);
    expect(rows.map((r) => [r.rowId, r.repeats, r.official])).toEqual([
      ["lead", undefined, true],
      ["again", "lead", true],
    ]);
  });
});

describe(daysByYear, () => {
  it("counts both ends, leap days and year boundaries", () => {
    expect([...daysByYear("2023-11-01", "2025-10-01")]).toEqual([
      [2023, 61],
      [2024, 366],
      [2025, 274],
    ]);
  });
});

describe(regionalStatistic, () => {
  it("puts the regional flow in the same units and sets the same year's figures against it, never as a limit", () => {
    const catalog = catalogWith([
      {
        id: "c",
        start: "2023-01",
        end: "2023-11",
        measure: MEASURES[1],
        basis: "customs statistics",
        value: 2.245,
        unit: "million tonnes",
      },
    ]);
    const years = regionalStatistic(catalog, oilBasis(catalog, SPEC));
    const y = years.find((x) => x.year === 2023)!;
    expect(y.kbd!.value).toBeCloseTo((2.399984039e6 * 7.33) / 365 / 1000, 9);
    expect(y.against[0]!.tonnesShare).toBeCloseTo((2.245 / 2.399984039) * 100, 9);
    expect(y.against[0]!.ratio).toBeCloseTo((2.245e6 * 7.33) / 334 / 1000 / y.kbd!.value, 9);
    for (const x of years) expect(x.sentence).not.toMatch(/bound|at most|ceiling/i);
  });
});
