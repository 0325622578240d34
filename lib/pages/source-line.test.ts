import { describe, expect, it } from "vitest";
import type { Source } from "../data/schema";
import { sourceLine } from "./source-line";

const source = (id: string, publisher: string, published?: string): Source => ({
  id,
  title: `Title ${id}`,
  publisher,
  author: "",
  url: "",
  accessed: "2026-11-22",
  kind: "press",
  note: "",
  ...(published ? { published } : {}),
});

describe(sourceLine, () => {
  const sources = [
    source("a", "Reuters", "2025-03-01"),
    source("b", "Ynet", "2024"),
    source("c", "Brenda Shaffer"),
    source("d", "Reuters", "2025-06-02"),
    source("e", "Globes", "2019"),
  ];
  const rows = [
    { s: ["b"] },
    { s: ["b", "c"] },
    { s: ["c"] },
    { s: ["c"] },
    { s: ["a"] },
    { s: ["d"] },
  ];

  it("names the most-cited publishers with their year, then how many more", () => {
    expect(sourceLine({ sources, rows, sourcesKey: "s" })).toBe(
      "Sources: Brenda Shaffer, Ynet (2024), Reuters (2025) and 1 more.",
    );
  });

  it("names every publisher when there are few, and one in the singular", () => {
    expect(sourceLine({ sources: sources.slice(1, 3), rows, sourcesKey: "s" })).toBe(
      "Sources: Brenda Shaffer, Ynet (2024).",
    );
    expect(sourceLine({ sources: [sources[4]!], rows: [], sourcesKey: "s" })).toBe(
      "Source: Globes (2019).",
    );
    expect(sourceLine({ sources: [], rows: [], sourcesKey: "s" })).toBe("Sources: none cited yet.");
  });

  it("uses a dataset's own attribution when it comes from one publisher's database", () => {
    expect(
      sourceLine({ sources, rows, sourcesKey: "s", attribution: "SIPRI Arms Transfers Database" }),
    ).toBe("Source: SIPRI Arms Transfers Database.");
  });
});
