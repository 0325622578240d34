import { describe, expect, it } from "vitest";
import { bandsFor, shorten } from "./model";

const CATEGORIES = [
  "Defence contracts with Israeli companies",
  "Two IAI satellites",
  "Barak MX surface-to-air missile system",
];

describe(shorten, () => {
  it("keeps short text and cuts long text to the limit with an ellipsis", () => {
    expect(shorten("2017", 10)).toBe("2017");
    expect(shorten("first half of 2021", 10)).toBe("first hal…");
    expect(shorten("first half of 2021", 10)).toHaveLength(10);
  });
});

describe(bandsFor, () => {
  it("on a phone, turned labels are cut to fit left of the first bar and below the bars", () => {
    const { layout } = bandsFor(CATEGORIES, 5000, false, 320, 300);
    expect(layout.rotateLabels).toBe(true);
    for (const l of layout.labels) {
      // A label turned 30° runs its length × cos 30° to the left of its anchor.
      expect(l.x - l.text.length * 7.2 * Math.cos(Math.PI / 6)).toBeGreaterThanOrEqual(0);
      expect(l.full).toBe(CATEGORIES[l.index]);
      // The room below the bars holds the label's drop (length × sin 30°).
      expect(layout.margin.bottom).toBeGreaterThanOrEqual(16 + l.text.length * 7.2 * 0.5);
    }
    expect(layout.labels[0]!.text).toMatch(/…$/);
  });

  it("on a desktop, the same labels have more room and short ones are left whole", () => {
    const phone = bandsFor(CATEGORIES, 5000, false, 320, 300).layout;
    const desktop = bandsFor(CATEGORIES, 5000, false, 800, 380).layout;
    expect(desktop.labels[1]!.text).toBe("Two IAI satellites");
    expect(desktop.labels[0]!.text.length).toBeGreaterThan(phone.labels[0]!.text.length);
  });

  it("leaves short labels upright and whole", () => {
    const { layout } = bandsFor(["2017", "2018"], 10, false, 320, 300);
    expect(layout.rotateLabels).toBe(false);
    expect(layout.labels.map((l) => l.text)).toEqual(["2017", "2018"]);
  });
});
