import { describe, expect, it } from "vitest";
import { catalogFrom, miniCatalog, MINI } from "@/tests/helpers";
import { formatProblem } from "../data/problems";
import { layoutEstimates } from "./estimates/model";
import { chartSeries, layoutChart, viewChart } from "./layout";
import { datasetCharts, type ChartData } from "./registry";

const catalog = miniCatalog();
const sources = new Map(catalog.sources.map((s) => [s.id, s]));
const charts = (slug: string) =>
  datasetCharts({ dataset: catalog.datasets.find((d) => d.slug === slug)!, sources });
const as = <K extends ChartData["kind"]>(c: ChartData | undefined, kind: K) => {
  if (c?.kind !== kind) throw new Error(`expected ${kind}`);
  return c as Extract<ChartData, { kind: K }>;
};

describe("estimates chart", () => {
  const chart = as(charts("oil")[0], "estimates");

  it("places one point per matching row at the middle of its period, with the period and range as error bars", () => {
    expect(chart.points.map((p) => p.rowId)).toEqual(["o1", "o2", "o3"]);
    const o2 = chart.points[1]!;
    expect(o2.x - o2.xErr[0]).toBeCloseTo(2020, 6);
    expect(o2.x + o2.xErr[1]).toBeCloseTo(2021, 6);
    expect(o2).toMatchObject({
      y: 40,
      yErr: [0, 5],
      period: "as of March 2020",
      source: "Publisher A",
    });
  });

  it("names each mark's value with its unit and denominator", () => {
    expect(chart.points.map((p) => p.valueText)).toEqual([
      "22% of crude deliveries",
      "about 40–45% of oil needs",
      "about 28% of oil imports",
    ]);
  });

  it("orders series by how many estimates they have and summarises the chart", () => {
    expect(chart.series).toEqual(["Azerbaijan", "Russia"]);
    expect(chart.xDomain).toEqual([2018, 2026]);
    expect(chart.summary).toBe(
      "3 estimates for 2 series (Azerbaijan, Russia), covering 2018–2026; values from 22 to 40 (%).",
    );
  });

  it("spreads estimates with the same period and value so none hides another", () => {
    const twice = catalogFrom({
      ...MINI,
      "oil.csv": MINI["oil.csv"].replace(
        "o3,2025,2025,2025,Russia,share of oil imports,about,28",
        "o3,2018,2018,2018,Russia,share of oil imports,,22",
      ),
    });
    const dataset = twice.catalog!.datasets.find((d) => d.slug === "oil")!;
    const [c] = datasetCharts({ dataset, sources });
    const [p, , q] = as(c, "estimates").points;
    expect(p!.x).not.toBeCloseTo(q!.x, 3);
    for (const pt of [p!, q!]) {
      expect(pt.x - pt.xErr[0]).toBeCloseTo(2018, 6);
      expect(pt.x + pt.xErr[1]).toBeCloseTo(2019, 6);
    }
  });
});

describe("layout", () => {
  const chart = as(charts("oil")[0], "estimates");
  const colorOf = (s: string) => chart.series.indexOf(s);

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

  it("puts every mark inside the plot, a stated range above its point", () => {
    const l = layoutEstimates(chart, 600, 300, colorOf);
    for (const m of l.marks) {
      expect(m.cx).toBeGreaterThanOrEqual(l.margin.left);
      expect(m.cx).toBeLessThanOrEqual(600 - l.margin.right);
      expect(m.cy).toBeLessThanOrEqual(300 - l.margin.bottom);
    }
    const o2 = l.marks.find((m) => m.point.rowId === "o2")!;
    expect(o2.yHigh).toBeLessThan(o2.cy);
    expect(l.yTicks[0]!.value).toBe(0);
    expect(l.yDomain[1]).toBeGreaterThanOrEqual(45);
  });

  it("stacks bars bottom to top, each bar's segments summing to its total", () => {
    const stacked = as(charts("transfers")[0], "stacked");
    expect(stacked.rows.map((r) => r.category)).toEqual(["2016", "2017", "2018", "2019", "2020"]);
    const l = layoutChart(stacked, 600, 300, (s) => stacked.series.indexOf(s));
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
    const v = viewChart(chart, { shown: ["Azerbaijan"], mode: "absolute", from: 2019, to: 2025 });
    expect(v.kind === "estimates" && v.points.map((p) => p.rowId)).toEqual(["o2"]);
    expect(chartSeries(v)).toEqual(["Azerbaijan"]);
  });

  it("turns stacked bars into shares of each bar on request", () => {
    const chart = as(charts("transfers")[0], "stacked");
    const v = as(viewChart(chart, { shown: chart.series, mode: "share" }), "stacked");
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
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      "data/oil.meta.json:1: charts.0.type: Invalid discriminator value. Expected 'estimates' | 'bars' | 'stacked' | 'window-shares'",
    );
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

  it("refuses a chart whose dataset lacks a role the chart type needs", () => {
    const problems = catalogFrom({
      ...MINI,
      "oil.meta.json": { ...MINI["oil.meta.json"], roles: { value: "value" }, sections: [] },
    }).problems.map(formatProblem);
    expect(problems).toContain(
      'data/oil.meta.json:1: charts.0: a chart of type "estimates" needs the dataset to declare roles.period',
    );
  });
});
