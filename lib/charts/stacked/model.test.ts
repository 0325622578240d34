import { describe, expect, it } from "vitest";
import { OTHERS } from "../palette";
import { stackTop } from "./model";

const cells = (bars: Record<string, Record<string, number>>) =>
  new Map(Object.entries(bars).map(([c, v]) => [c, new Map(Object.entries(v))]));

describe("stackTop", () => {
  it("folds the smallest series into All others, keeping the bars' totals", () => {
    const bars = cells({
      a: { A: 50, B: 30, C: 5, D: 4 },
      b: { A: 40, B: 35, C: 6, D: 4 },
    });
    const { series, rows } = stackTop(["a", "b"], bars, 2);
    expect(series).toEqual(["A", "B", OTHERS]);
    expect(rows[0]!.values).toEqual([50, 30, 9]);
    expect(rows[1]!.values).toEqual([40, 35, 10]);
  });

  it("never folds a series above a tenth of any one bar, however small its total", () => {
    // E is only in the last window, where it is 20% of the bar: it keeps its name.
    const bars = cells({
      a: { A: 500, B: 300, C: 50, D: 40 },
      b: { A: 400, B: 350, C: 60, D: 45 },
      c: { A: 10, B: 10, C: 2, D: 1, E: 6 },
    });
    const { series, rows } = stackTop(["a", "b", "c"], bars, 2);
    expect(series).toEqual(["A", "B", "E", OTHERS]);
    expect(rows[2]!.values).toEqual([10, 10, 6, 3]);
  });

  it("shows a single leftover series by name rather than as All others", () => {
    const { series } = stackTop(["a"], cells({ a: { A: 10, B: 5, C: 1 } }), 2);
    expect(series).toEqual(["A", "B", "C"]);
  });
});
