import { describe, expect, it } from "vitest";
import { countrySheet, review, type Row } from "@/tests/ei-fixture";
import { catalogFrom, datasetOf } from "@/tests/helpers";
import { formatProblem } from "../data/problems";
import type { Dataset } from "../data/catalog";
import {
  consumptionSeries,
  daysByYear,
  estimatesInContext,
  factorOf,
  regionalBounds,
} from "./context";
import {
  crudeTradeBetweenRegions,
  oilConsumptionProduction,
  oilConversionFactors,
} from "./datasets";
import { parseEiReview, type EiReview } from "./ei-review";

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

const MEASURES = ["crude imports (volume)", "oil exports to Israel (volume)"];
const DENOMINATORS = ["Israel's crude imports", "Israel's oil consumption (needs, demand)"];

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
        { key: "start", label: "Start", type: "date", optional: true },
        { key: "end", label: "End", type: "date", optional: true },
        { key: "supplier", label: "Supplier", type: "text" },
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
        {
          key: "value",
          label: "Value",
          type: "number",
          unitColumn: "unit",
          display: { rangeEndColumn: "high" },
        },
        { key: "high", label: "High", type: "number", optional: true },
        { key: "unit", label: "Unit", type: "text" },
        { key: "derived_from", label: "Repeats", type: "text", optional: true },
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
      },
      charts: [],
      notes: [],
    },
    rows.map((r) => ({ period_kind: "span", supplier: "Azerbaijan", source_ids: ["s"], ...r })),
  );
}

function inContext(rows: Record<string, unknown>[]) {
  const ei = eiDatasets();
  const consumption = consumptionSeries(ei.consumption, {
    entity: ["Israel"],
    measure: ["consumption"],
    unit: ["thousand b/d"],
  });
  const factor = factorOf(ei.factors, { factor: ["crude-tonnes-to-barrels"] })!;
  return estimatesInContext(
    estimates(rows),
    { volumeMeasures: MEASURES, shareDenominators: DENOMINATORS },
    consumption,
    factor,
    "Israel",
  );
}

describe(estimatesInContext, () => {
  it("sets a b/d figure against that year's consumption in the latest edition", () => {
    const [r] = inContext([
      { id: "v1", start: "2022", end: "2022", measure: MEASURES[0], value: 54000, unit: "b/d" },
    ]);
    expect(r!.computed!.value).toBeCloseTo((54000 / 226000) * 100, 9);
    expect(r!.result).toBe("23.9% of Israel's oil consumption.");
    expect(r!.computed!.consumption[0]).toMatchObject({
      vintage: "2024 edition",
      location: "Oil Consumption - barrels!C5",
    });
    expect(r!.computed!.formula).toContain(
      "226.0 thousand b/d in 2022 (2024 edition, Oil Consumption - barrels!C5)",
    );
  });

  it("turns tonnes over a stated span into barrels per day with the workbook's crude factor", () => {
    const [r] = inContext([
      {
        id: "t1",
        start: "2023-01",
        end: "2023-11",
        measure: MEASURES[1],
        value: 2.24,
        unit: "million tonnes",
      },
    ]);
    const days = 334; // 1 January – 30 November 2023
    const bpd = (2.24e6 * 7.33) / days;
    expect(r!.computed!.value).toBeCloseTo((bpd / 223300) * 100, 9);
    expect(r!.computed!.factor).toMatchObject({
      value: 7.33,
      location: "Approximate conversion factors!F8",
    });
    expect(r!.computed!.formula).toMatch(
      /^2,240,000 tonnes × 7.33 barrels per tonne .* ÷ 334 days = 49,200 b\/d;/,
    );
  });

  it("weights consumption by the days of each year a span covers", () => {
    const [r] = inContext([
      {
        id: "w1",
        start: "2022-07",
        end: "2023-06",
        measure: MEASURES[0],
        value: 100000,
        unit: "b/d",
      },
    ]);
    const weighted = (226000 * 184 + 223300 * 181) / 365;
    expect(r!.computed!.value).toBeCloseTo((100000 / weighted) * 100, 9);
  });

  it("computes nothing past the review's latest year, nor for an amount at an instant, and says why", () => {
    const rows = inContext([
      {
        id: "late",
        start: "2023-11",
        end: "2025-10",
        measure: MEASURES[1],
        value: 7.1,
        unit: "million tonnes",
      },
      {
        id: "instant",
        period_kind: "as-of",
        start: "2023-05-15",
        measure: MEASURES[1],
        value: 1,
        unit: "million tonnes",
      },
      { id: "undated", period_kind: "undated", measure: MEASURES[0], value: 1, unit: "b/d" },
    ]);
    expect(rows.map((r) => [r.rowId, r.computed, r.result])).toEqual([
      [
        "late",
        undefined,
        "Not computed: no published consumption for 2024 yet (the latest edition ends in 2023).",
      ],
      ["instant", undefined, "Not computed: an amount at an instant cannot be spread over days."],
      ["undated", undefined, "Not computed: its period is not stated in full."],
    ]);
  });

  it("turns a share (the middle of a range) into barrels per day, saying when its denominator is not consumption", () => {
    const [needs, crude] = inContext([
      {
        id: "s1",
        start: "2022",
        end: "2022",
        denominator: DENOMINATORS[1],
        value: 40,
        high: 45,
        unit: "% of Israel's oil needs",
      },
      {
        id: "s2",
        start: "2022",
        end: "2022",
        denominator: DENOMINATORS[0],
        value: 60,
        unit: "% of Israel's crude imports",
      },
    ]);
    expect(needs!.computed!.value).toBeCloseTo(0.425 * 226000, 9);
    expect(needs!.result).toBe("About 96,100 b/d.");
    expect(crude!.result).toBe(
      "About 135,600 b/d if the crude imports it is a share of equalled consumption.",
    );
  });

  it("leaves re-reports out: their original is the estimate", () => {
    const rows = inContext([
      { id: "o", start: "2022", end: "2022", measure: MEASURES[0], value: 54000, unit: "b/d" },
      {
        id: "r",
        start: "2022",
        end: "2022",
        measure: MEASURES[0],
        value: 54000,
        unit: "b/d",
        derived_from: "o",
      },
    ]);
    expect(rows.map((r) => r.rowId)).toEqual(["o"]);
  });
});

describe(regionalBounds, () => {
  it("turns each year's regional flow into a share of consumption, flow, consumption and factor from one edition", () => {
    const ei = eiDatasets();
    const consumption = consumptionSeries(ei.consumption, {
      entity: ["Israel"],
      measure: ["consumption"],
      unit: ["thousand b/d"],
    });
    const bounds = regionalBounds(
      ei.trade,
      { from: ["Other CIS"], to: ["Middle East"], kind: ["crude"] },
      consumption,
      ei.factors,
      { factor: ["crude-barrels-per-day-to-tonnes-per-year"] },
      "Israel",
    );
    expect(bounds.map((b) => b.year)).toEqual([2022, 2023]);
    // 2022's flow is in the 2023 edition, so its consumption is that edition's 231.6, not 226.
    expect(bounds[0]!.consumption).toMatchObject({ vintage: "2023 edition" });
    expect(bounds[0]!.percent).toBeCloseTo((3.824485177e6 / 49.8 / 231600) * 100, 9);
    expect(bounds[1]!.percent).toBeCloseTo((2.399984039e6 / 49.8 / 223300) * 100, 9);
    expect(bounds[1]!.flow).toMatchObject({
      vintage: "2024 edition",
      location: "Oil - Inter-area movements!C5",
    });
    expect(bounds[1]!.factor).toMatchObject({
      value: 49.8,
      location: "Approximate conversion factors!H12",
    });
  });
});

describe(daysByYear, () => {
  it("counts the days of each year a period covers, ends included", () => {
    expect([...daysByYear("2023-11-01", "2025-10-01")]).toEqual([
      [2023, 61],
      [2024, 366],
      [2025, 274],
    ]);
  });
});
