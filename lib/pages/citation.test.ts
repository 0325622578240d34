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

describe("a citation's address", () => {
  it("is the configured http(s) address, escaped for \\url, never what a request claims", () => {
    const c = citation({ ...input, url: "https://example.org/a%20b#x" });
    expect(c.bibtex).toContain("howpublished = {\\url{https://example.org/a\\%20b\\#x}}");
    // What a forged Host header once put there: a javascript: address and an injected field.
    expect(() => citation({ ...input, url: "javascript://x%0Aalert(1)" })).toThrow(/http\(s\)/);
    const braces = citation({ ...input, url: "https://example.org/}, note = {x" });
    expect(braces.bibtex).not.toMatch(/\}, note = \{x/);
    expect(braces.bibtex.match(/howpublished = \{\\url\{[^{}]*\}\},/)).not.toBeNull();
  });

  it("comes from FLOWLEDGER_SITE_URL: an http(s) origin, nothing else", async () => {
    const { siteUrl } = await import("../../scripts/security-headers.cjs");
    expect(siteUrl({})).toBe("http://localhost:3000");
    expect(siteUrl({ FLOWLEDGER_SITE_URL: "https://flowledger.example" })).toBe(
      "https://flowledger.example",
    );
    for (const bad of [
      "javascript:alert(1)",
      "ftp://x",
      "https://x/path",
      "not a url",
      "https://u:p@x",
    ])
      expect(() => siteUrl({ FLOWLEDGER_SITE_URL: bad }), bad).toThrow(/FLOWLEDGER_SITE_URL/);
  });
});
