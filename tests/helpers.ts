import { buildCatalog, type CatalogResult } from "@/lib/catalog";
import { formatProblem } from "@/lib/problems";

export const SOURCES_HEADER = "id,title,publisher,author,url,published,accessed,kind,note";
export const SOURCES_CSV = `${SOURCES_HEADER}
src-a,Title A,Publisher A,,https://example.org/a,2020-01-02,2026-11-22,press,
src-b,Title B,Publisher B,,http://example.org/b,2021,2026-11-22,estimate,
`;

/** A small dataset spec covering every column type, for fixtures to break one rule at a time. */
export const META = {
  title: "Test",
  subtitle: "Sub",
  description: "Desc",
  units: "Units.",
  columns: [
    { key: "id", label: "ID", type: "id" },
    { key: "start", label: "Start", type: "date" },
    { key: "end", label: "End", type: "date", notBefore: "start" },
    { key: "name", label: "Name", type: "text" },
    { key: "value", label: "Value", type: "number", unitColumn: "unit" },
    { key: "unit", label: "Unit", type: "text" },
    { key: "share", label: "Share", type: "percent", optional: true },
    { key: "rank", label: "Rank", type: "integer", optional: true, min: 1 },
    { key: "kind", label: "Kind", type: "category", values: ["x", "y"] },
    { key: "source_ids", label: "Source", type: "sources" },
  ],
  charts: [],
  notes: [],
};

export const HEADER = "id,start,end,name,value,unit,share,rank,kind,source_ids";
export const GOOD_ROW = "r1,2020,2020-06,Azerbaijan,40,% of X,12.5,2,x,src-a";

export function catalogFrom(files: Record<string, string | object | Uint8Array>): CatalogResult {
  const enc = new TextEncoder();
  return buildCatalog(
    Object.entries(files).map(([name, content]) => ({
      name,
      bytes:
        content instanceof Uint8Array
          ? content
          : enc.encode(typeof content === "string" ? content : JSON.stringify(content, null, 2)),
    })),
  );
}

/** Problems of a one-dataset fixture (`t.csv` + `t.meta.json`), formatted as the CLI prints them. */
export function problemsOf(
  csv: string | Uint8Array,
  meta: object = META,
  sources = SOURCES_CSV,
): string[] {
  return catalogFrom({ "sources.csv": sources, "t.csv": csv, "t.meta.json": meta }).problems.map(
    formatProblem,
  );
}
