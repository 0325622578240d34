import { describe, expect, it } from "vitest";
import type { Source } from "./schema";
import { upsertSource } from "./sources-file";

const source: Source = {
  id: "sipri-at-db-2026-02-12",
  title: 'SIPRI, "register"',
  publisher: "SIPRI",
  url: "https://www.sipri.org",
  published: "2026-02-12",
  accessed: "2026-11-22",
  kind: "dataset",
};

describe(upsertSource, () => {
  it("appends the source and keeps every other line byte for byte", () => {
    const text =
      'id,title,publisher,author,url,published,accessed,kind,note\na,"Quoted, title",P,,https://x.org,,2026-11-22,press,\n';
    expect(upsertSource(text, source, "sipri-at-db-")).toBe(
      `${text}sipri-at-db-2026-02-12,"SIPRI, ""register""",SIPRI,,https://www.sipri.org,2026-02-12,2026-11-22,dataset,\n`,
    );
  });

  it("replaces an older vintage of the same database in its place, so import order does not matter", () => {
    const text =
      "id,title,publisher,author,url,published,accessed,kind,note\nsipri-at-db-2025-03-01,Old,SIPRI,,https://www.sipri.org,2025-03-01,2025-03-01,dataset,\nb,B,P,,https://x.org,,2026-11-22,press,\n";
    const out = upsertSource(text, source, "sipri-at-db-");
    expect(out).not.toContain("2025-03-01");
    expect(out.split("\n")[1]).toMatch(/^sipri-at-db-2026-02-12,/);
    expect(out.split("\n")[2]).toBe("b,B,P,,https://x.org,,2026-11-22,press,");
    expect(upsertSource(out, source, "sipri-at-db-")).toBe(out);
  });

  it("creates the file when there is none", () => {
    expect(upsertSource(undefined, source, "sipri-at-db-").split("\n")[0]).toBe(
      "id,title,publisher,author,url,published,accessed,kind,note",
    );
  });
});
