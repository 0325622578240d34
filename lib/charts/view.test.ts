import { describe, expect, it } from "vitest";
import { parseMode, parseSeries } from "./view";

describe("a chart's parameters in the address", () => {
  it("restores series and mode, ignoring unknown values", () => {
    const p = new URLSearchParams("series.c=Russia|Nope&mode.c=share&tab=table");
    expect(parseSeries(p, "c", ["Israel", "Russia"])).toEqual(["Russia"]);
    expect(parseSeries(new URLSearchParams("series.c=Nope"), "c", ["Israel", "Russia"])).toEqual([
      "Israel",
      "Russia",
    ]);
    expect(parseMode(p, "c")).toBe("share");
    expect(parseMode(new URLSearchParams("mode.c=weird"), "c")).toBe("absolute");
  });
});
