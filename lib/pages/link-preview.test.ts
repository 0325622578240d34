import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { StackedChartData } from "@/lib/charts/stacked/model";
import { CHART_BOX, chartShapes, PREVIEW_COLORS, valueBars } from "./link-preview";

describe("link previews", () => {
  it("use the light theme's colours as globals.css declares them", () => {
    const css = readFileSync("app/globals.css", "utf8");
    const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    const v = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(root)?.[1];
    expect(PREVIEW_COLORS.bg).toBe(v("bg"));
    expect(PREVIEW_COLORS.fg).toBe(v("fg"));
    expect(PREVIEW_COLORS.others).toBe(v("others"));
    expect(PREVIEW_COLORS.series).toEqual(
      PREVIEW_COLORS.series.map((_, i) => v(`series-${i + 1}`)),
    );
  });

  it("draw a stacked chart's segments inside the box, the tallest bar reaching near its top", () => {
    const chart: StackedChartData = {
      kind: "stacked",
      id: "c",
      title: "t",
      yLabel: "TIV m",
      series: ["Israel", "All others"],
      rows: [
        { category: "2019", values: [10, 5] },
        { category: "2020", values: [30, 0] },
      ],
      percent: false,
      summary: "",
    };
    const shapes = chartShapes(chart);
    expect(shapes).toHaveLength(3); // the zero segment is left out
    for (const s of shapes) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(CHART_BOX.width);
      expect(s.y + s.height).toBeLessThanOrEqual(CHART_BOX.height + 0.5);
    }
    expect(shapes.filter((s) => s.color === PREVIEW_COLORS.others)).toHaveLength(1);
  });

  it("scale value bars to the largest, and draw nothing for no values", () => {
    const bars = valueBars([5, 10, 0]);
    expect(Math.max(...bars.map((b) => b.height))).toBeCloseTo(CHART_BOX.height - 8);
    expect(bars[0]!.height).toBeCloseTo((CHART_BOX.height - 8) / 2);
    expect(valueBars([])).toEqual([]);
    expect(valueBars([0, 0])).toEqual([]);
  });
});
