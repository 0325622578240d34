import { describe, expect, it } from "vitest";
import { catalogFrom, miniCatalog, MINI } from "@/tests/helpers";
import { formatProblem } from "../data/problems";
import { layoutEstimates } from "./estimates/model";
import { figureSeries, layoutFigure, seriesStyles, viewFigure, type ChartData } from "./kinds";
import { datasetCharts } from "./registry";

const catalog = miniCatalog();
const sources = new Map(catalog.sources.map((s) => [s.id, s]));
const charts = (slug: string, c = catalog) =>
  datasetCharts({ dataset: c.datasets.find((d) => d.slug === slug)!, sources });
const as = <K extends ChartData["kind"]>(c: ChartData | undefined, kind: K) => {
  if (c?.kind !== kind) throw new Error(`expected ${kind}`);
  return c as Extract<ChartData, { kind: K }>;
};

describe("estimates chart", () => {
  const chart = as(charts("oil")[0], "estimates");
  const point = (id: string) => chart.points.find((p) => p.rowId === id)!;

  it("draws one series per supplier and denominator: shares of different wholes never share one", () => {
    expect(chart.series.sort()).toEqual([
      "Azerbaijan · crude deliveries",
      "Azerbaijan · oil needs",
      "Russia · oil imports",
    ]);
  });

  it("draws each period as its source states it: a span over its years, an as-of date as a point", () => {
    const o1 = point("o1");
    expect(o1.x - o1.xErr[0]).toBeCloseTo(2018, 6);
    expect(o1.x + o1.xErr[1]).toBeCloseTo(2019, 6);
    expect(o1.periodKind).toBeUndefined(); // a span
    const o2 = point("o2");
    expect(o2).toMatchObject({
      periodKind: "as-of",
      y: 40,
      yErr: [0, 5],
      period: "as of March 2020",
    });
    // One moment is a point, never a line over the month (or year) its date is precise to.
    expect(o2.xErr).toEqual([0, 0]);
    expect(o2.x).toBeGreaterThan(2020 + 2 / 12);
    expect(o2.x).toBeLessThan(2020 + 3 / 12);
  });

  it("places an undated figure at its source's publication date, hollow, or apart when that is unknown", () => {
    const o7 = point("o7");
    // src-b was published in 2021: the undated 25% is placed within 2021.
    expect(o7).toMatchObject({ periodKind: "undated", period: "undated (published 2021)" });
    expect(Math.floor(o7.x)).toBe(2021);
    // A point at its publication date: the source states no period to draw.
    expect(o7.xErr).toEqual([0, 0]);
    expect(o7.apart).toBeUndefined();
  });

  it("names each mark's value with its unit and denominator, and its source", () => {
    expect(point("o1").valueText).toBe("22% of crude deliveries");
    expect(point("o3")).toMatchObject({
      valueText: "about 28% of oil imports",
      source: "Publisher B; first published by Reuters",
    });
  });

  it("counts independent estimates and the publications behind them", () => {
    expect(chart.summary).toBe(
      "4 independent estimates from 2 publications for 3 series: Azerbaijan · oil needs, Azerbaijan · crude deliveries, Russia · oil imports; covering 2018–2025; values from 22 to 40, in %.",
    );
  });
});

describe("an estimates chart of volumes", () => {
  const chart = as(charts("oil")[1], "estimates");

  it("folds the outlets that reported one measurement into one mark, listing them", () => {
    const folded = chart.points.filter((p) => p.reports);
    expect(folded).toHaveLength(1);
    // verbatim before translated; the mark and each report lead to the rows' figure pages
    expect(folded[0]).toMatchObject({ rowId: "o4", y: 94000, href: "/datasets/oil/o4" });
    expect(folded[0]!.reports!.map((r) => [r.rowId, r.reportedAs, r.href])).toEqual([
      ["o4", "verbatim", "/datasets/oil/o4"],
      ["o5", "translated", "/datasets/oil/o5"],
    ]);
    expect(chart.summary).toMatch(/^2 independent estimates from 2 publications/);
  });

  it('draws a "since" figure as an arrow from its start to its source\'s publication date', () => {
    const o6 = chart.points.find((p) => p.rowId === "o6")!;
    // src-a was published on 2 January 2020.
    expect(o6).toMatchObject({ periodKind: "since", period: "since 2019" });
    expect(o6.x).toBeCloseTo(2019, 6);
    expect(o6.x + o6.xErr[1]).toBeCloseTo(2020 + 2 / 366, 3);
    const l = layoutEstimates(chart, 600, 300, () => ({ color: 0, shape: 0 }));
    const mark = l.marks.find((m) => m.point.rowId === "o6")!;
    expect(mark).toMatchObject({ arrow: true });
    expect(mark.x1).toBeGreaterThan(mark.x0);
  });
});

describe("layout", () => {
  const chart = as(charts("oil")[0], "estimates");
  const colorOf = seriesStyles(chart);

  it("thins the year ticks to what fits: a phone gets fewer, never overlapping", () => {
    const desktop = layoutEstimates({ ...chart, xDomain: [2010, 2026] }, 800, 380, colorOf);
    const phone = layoutEstimates({ ...chart, xDomain: [2010, 2026] }, 320, 300, colorOf);
    expect(desktop.xTicks.map((t) => t.value)).toEqual([
      2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026,
    ]);
    expect(phone.xTicks.length).toBeLessThan(desktop.xTicks.length);
    const gaps = phone.xTicks.slice(1).map((t, i) => t.at - phone.xTicks[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40);
  });

  it("puts every mark inside the plot, a stated range above its point, an undated one hollow", () => {
    const l = layoutEstimates(chart, 600, 300, colorOf);
    for (const m of l.marks) {
      expect(m.cx).toBeGreaterThanOrEqual(l.margin.left);
      expect(m.cx).toBeLessThanOrEqual(600 - l.margin.right);
      expect(m.cy).toBeLessThanOrEqual(300 - l.margin.bottom);
    }
    const o2 = l.marks.find((m) => m.point.rowId === "o2")!;
    expect(o2.yHigh).toBeLessThan(o2.cy);
    expect(l.marks.find((m) => m.point.rowId === "o7")!.hollow).toBe(true);
    expect(l.yTicks[0]!.value).toBe(0);
    expect(l.yDomain[1]).toBeGreaterThanOrEqual(45);
  });

  it("sets an undated figure with no publication date apart, in a lane right of the time axis", () => {
    const point = { ...chart.points[0]!, apart: true, periodKind: "undated" as const, x: NaN };
    const l = layoutEstimates({ ...chart, points: [point] }, 600, 300, () => ({
      color: 0,
      shape: 0,
    }));
    expect(l.apartLane).toBeDefined();
    expect(l.marks[0]!.cx).toBeGreaterThan(l.apartLane!.x);
  });

  it("stacks bars bottom to top, each bar's segments summing to its total", () => {
    const stacked = as(charts("transfers")[0], "stacked");
    expect(stacked.rows.map((r) => r.category)).toEqual(["2016", "2017", "2018", "2019", "2020"]);
    const l = layoutFigure(stacked, { width: 600, height: 300 });
    if (l.kind !== "stacked") throw new Error("expected stacked");
    const bar2020 = l.marks.filter((m) => m.category === "2020");
    expect(bar2020.map((m) => m.series)).toEqual(["Israel", "Turkiye"]);
    expect(bar2020[0]!.y).toBeCloseTo(bar2020[1]!.y + bar2020[1]!.height, 5);
    expect(l.marks.every((m) => m.height >= 0)).toBe(true);
  });
});

describe("views", () => {
  it("keeps the chosen series and the years in range", () => {
    const chart = as(charts("oil")[0], "estimates");
    const v = viewFigure(chart, {
      shown: ["Azerbaijan · oil needs"],
      mode: "absolute",
      from: 2019,
      to: 2020,
    });
    expect(v.kind === "estimates" && v.points.map((p) => p.rowId)).toEqual(["o2"]);
    expect(figureSeries(v)).toEqual(["Azerbaijan · oil needs"]);
  });

  it("turns stacked bars into shares of each bar on request", () => {
    const chart = as(charts("transfers")[0], "stacked");
    const v = as(viewFigure(chart, { shown: chart.series, mode: "share" }), "stacked");
    expect(v.percent).toBe(true);
    expect(v.series).toEqual(["Israel", "Turkiye", "Russia"]);
    expect(v.rows.find((r) => r.category === "2020")!.values).toEqual([25, 75, 0]);
  });

  it("computes window shares that sum to 100", () => {
    const windows = as(charts("transfers")[1], "stacked");
    expect(windows.rows.map((r) => r.category)).toEqual(["2016–20"]);
    expect(windows.rows[0]!.values.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(windows.summary).toBe(
      "Computed shares for 1 windows (2016–20 to 2016–20). In 2016–20: Israel 66.7%, Turkiye 20.0%, Russia 13.3%.",
    );
  });
});

describe("chart validation", () => {
  const withChart = (chart: object) =>
    catalogFrom({
      ...MINI,
      "oil.meta.json": { ...MINI["oil.meta.json"], charts: [chart] },
    })
      .problems.map(formatProblem)
      // Claims citing the dataset fail with it; only the metadata's own problems matter here.
      .filter((p) => p.startsWith("data/oil.meta.json"));

  it("refuses an unknown chart type instead of drawing another", () => {
    const problems = withChart({ type: "pie", id: "p", title: "P" });
    expect(problems).toEqual([
      "data/oil.meta.json:1: charts.0.type: Invalid discriminator value. Expected 'estimates' | 'bars' | 'stacked' | 'window-shares' | 'places'",
    ]);
  });

  it("refuses a chart that names a column the dataset does not declare", () => {
    expect(
      withChart({
        type: "estimates",
        id: "e",
        title: "E",
        value: "valu",
        series: "supplier",
        yLabel: "%",
      }),
    ).toEqual([
      'data/oil.meta.json:1: charts.0.value: refers to column "valu", which is not declared in "columns"',
    ]);
  });

  it("refuses a chart whose series would mix denominators or measures", () => {
    expect(
      withChart({
        type: "estimates",
        id: "e",
        title: "E",
        where: { supplier: ["Azerbaijan"] },
        value: "value",
        series: "supplier",
        yLabel: "%",
      }),
    ).toEqual([
      'data/oil.meta.json:1: charts.0.series: series "Azerbaijan" would mix "crude deliveries" and "oil needs" and "crude volume": add the denominator or measure column to the series, or filter to one',
    ]);
  });

  it("refuses a chart whose dataset lacks a role the chart type needs", () => {
    const problems = catalogFrom({
      ...MINI,
      "oil.meta.json": {
        ...MINI["oil.meta.json"],
        roles: { value: "value" },
        keyFigure: undefined,
        sections: [],
      },
    }).problems.map(formatProblem);
    expect(problems).toContain(
      'data/oil.meta.json:1: charts.0: a chart of type "estimates" needs the dataset to declare roles.period',
    );
  });
});
