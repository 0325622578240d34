import { describe, expect, it } from "vitest";
import { citation } from "./citation";

const input = {
  title: "Azerbaijan, share of Israel's oil imports: 46.4% (2025)",
  dataset: "Israel's oil imports by supplier",
  original: "Reuters (Kpler data), January 2026",
  vintage: "as published, January 2026",
  built: "2026-11-30",
  url: "https://example.org/datasets/israel-oil-imports/f1-36-azerbaijan-share-2025",
  key: "flowledger-israel-oil-imports-f1-36-azerbaijan-share-2025",
};

describe(citation, () => {
  it("names Flowledger, the dataset, the original source, the vintage, the build date and the URL in every style", () => {
    const c = citation(input);
    for (const text of [c.plain, c.apa, c.bibtex]) {
      expect(text).toContain("Flowledger");
      expect(text).toContain("Israel's oil imports by supplier");
      expect(text).toContain("Reuters (Kpler data), January 2026");
      expect(text).toContain("as published, January 2026");
      expect(text).toContain(input.url);
    }
    expect(c.apa).toContain("Retrieved November 30, 2026, from");
    expect(c.plain).toContain("Page built 2026-11-30.");
    expect(c.bibtex.split("\n")[0]).toBe(`@misc{${input.key},`);
    expect(c.bibtex).toContain("urldate = {2026-11-30}");
  });

  it("escapes BibTeX's special characters and leaves out a missing vintage", () => {
    const c = citation({ ...input, title: "50% of {crude} & more_x", vintage: undefined });
    expect(c.bibtex).toContain("title = {50\\% of crude \\& more\\_x}");
    expect(c.plain).not.toContain("Data vintage");
  });
});

describe("the origin a reader used", () => {
  it("comes from the Host header, or a proxy's forwarded host and protocol", async () => {
    const { requestOrigin } = await import("./citation");
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
    expect(
      requestOrigin(
        new Headers({
          host: "a",
          "x-forwarded-host": "flowledger.org",
          "x-forwarded-proto": "https",
        }),
      ),
    ).toBe("https://flowledger.org");
  });
});
