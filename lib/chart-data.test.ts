import { describe, expect, it } from "vitest";
import { catalogFrom, HEADER, META, SOURCES_CSV } from "@/tests/helpers";
import { chartData } from "./chart-data";

const meta = {
  ...META,
  columns: META.columns.map((c) =>
    c.key === "value" ? { ...c, display: { prefixColumn: "kind" } } : c,
  ),
  charts: [
    {
      type: "estimates",
      id: "e",
      title: "E",
      where: { kind: ["x"] },
      start: "start",
      end: "end",
      value: "value",
      series: "name",
      yLabel: "%",
    },
    {
      type: "bars",
      id: "b",
      title: "B",
      orderBy: "start",
      category: "name",
      value: "value",
      yLabel: "US$ m",
      convertUnits: { "US$ m": 1, "US$ bn": 1000 },
    },
  ],
};
const rows = [
  "a,2020,2020,Azerbaijan,40,% of X,,,x,src-a",
  "b,2018-01,2018-06,Azerbaijan,22,% of X,,,x,src-b",
  "c,2019,2019,Russia,1.7,US$ bn,,,y,src-a",
  "d,2017,2017,Kazakhstan,5,tonnes,,,y,src-a",
];

describe(chartData, () => {
  const r = catalogFrom({
    "sources.csv": SOURCES_CSV,
    "t.csv": [HEADER, ...rows].join("\n"),
    "t.meta.json": meta,
  });
  const [estimates, bars] = chartData(
    r.catalog!.datasets[0]!.meta,
    r.catalog!.datasets[0]!.rows,
    r.catalog!.sources,
  );

  it("places one point per matching row at the middle of its period, with the period as an error bar", () => {
    if (estimates?.type !== "estimates") throw new Error("expected estimates");
    expect(estimates.points.map((p) => p.rowId)).toEqual(["a", "b"]);
    const b = estimates.points[1]!;
    expect(b.x - b.xErr[0]).toBeCloseTo(2018, 6);
    expect(b.x + b.xErr[1]).toBeCloseTo(2018 + 181 / 365, 6);
    expect(b).toMatchObject({
      y: 22,
      series: "Azerbaijan",
      valueText: "x 22%",
      source: "Publisher B",
    });
    expect(estimates.xDomain).toEqual([2018, 2021]);
    expect(estimates.summary).toContain("2 estimates");
  });

  it("converts stated units onto one axis and leaves out units it cannot convert", () => {
    if (bars?.type !== "bars") throw new Error("expected bars");
    expect(bars.bars.map((b) => [b.rowId, b.value, b.valueText])).toEqual([
      ["c", 1700, "y 1.7 US$ bn"],
    ]);
  });

  it("spreads estimates with the same period and value so none hides another", () => {
    const dup = [
      "a,2020,2020,Azerbaijan,40,% of X,,,x,src-a",
      "b,2020,2020,Azerbaijan,40,% of X,,,x,src-b",
    ];
    const again = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "t.csv": [HEADER, ...dup].join("\n"),
      "t.meta.json": meta,
    });
    const [chart] = chartData(
      again.catalog!.datasets[0]!.meta,
      again.catalog!.datasets[0]!.rows,
      again.catalog!.sources,
    );
    if (chart?.type !== "estimates") throw new Error("expected estimates");
    const [p, q] = chart.points;
    expect(p!.x).not.toBeCloseTo(q!.x, 3);
    for (const pt of chart.points) {
      expect(pt.x - pt.xErr[0]).toBeCloseTo(2020, 6);
      expect(pt.x + pt.xErr[1]).toBeCloseTo(2021, 6);
    }
  });
});
