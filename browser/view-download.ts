import type { DataRow } from "@/lib/data/schema";
import { BOM, toCsv, type CsvColumn } from "@/lib/data/export";
import { saveBlob } from "./save-file";

/**
 * "This view" as a file: the complete rows (every column, from data.json) of the rows on screen,
 * in their order, written the same way as the full CSV (formula-safe), or as JSON with exactly
 * the sources those rows cite. Loaded only when a reader asks for it.
 */
export async function downloadView(opts: {
  slug: string;
  /** "excel": the CSV after a UTF-8 byte-order mark, as the package's Excel copy. */
  format: "csv" | "excel" | "json";
  ids: string[];
  idKey: string;
  sourcesKey: string;
}): Promise<void> {
  const { slug, format, ids, idKey, sourcesKey } = opts;
  const res = await fetch(`/datasets/${slug}/data.json`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const data = (await res.json()) as {
    rows: DataRow[];
    columns: CsvColumn[];
    sources: { id: string }[];
  };
  const byId = new Map(data.rows.map((r) => [String(r[idKey]), r]));
  const rows = ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
  if (format !== "json") {
    const csv = toCsv(data.columns, rows);
    const [name, bytes] =
      format === "excel"
        ? [`${slug}.filtered.excel.csv`, BOM + csv]
        : [`${slug}.filtered.csv`, csv];
    saveBlob(name, new Blob([bytes], { type: "text/csv;charset=utf-8" }));
    return;
  }
  const cited = new Set(
    rows.flatMap((r) => {
      const v = r[sourcesKey];
      return Array.isArray(v) ? v : [];
    }),
  );
  const body = {
    ...data,
    filtered: true,
    rowCount: rows.length,
    rows,
    sources: data.sources.filter((s) => cited.has(s.id)),
  };
  saveBlob(
    `${slug}.filtered.json`,
    new Blob([JSON.stringify(body, null, 2)], { type: "application/json" }),
  );
}
