import { describe, expect, it } from "vitest";
import { embedHeight, embedSnippet } from "./embed";

describe("embed snippet", () => {
  it("escapes the address and title into attributes", () => {
    const s = embedSnippet(
      "https://x.org/embed/datasets/a/b?series.b=A|B&from=2010",
      'Crude "shares" <2024>',
      500,
    );
    expect(s).toContain('src="https://x.org/embed/datasets/a/b?series.b=A|B&amp;from=2010"');
    expect(s).toContain('title="Crude &quot;shares&quot; &lt;2024&gt;"');
    expect(s).toContain('height="500"');
    // What a browser would read back from the attribute is the original address.
    const src = /src="([^"]*)"/.exec(s)![1]!.replace(/&amp;/g, "&");
    expect(src).toBe("https://x.org/embed/datasets/a/b?series.b=A|B&from=2010");
  });

  it("keeps the height within what a column can hold", () => {
    expect(embedHeight(100)).toBe(420);
    expect(embedHeight(600)).toBe(664);
    expect(embedHeight(5000)).toBe(1000);
    expect(embedHeight(Number.NaN)).toBe(600);
  });
});
