import { parseCsv } from "./csv-parse";
import { toCsv } from "./export";
import { SOURCES_META, type DataRow, type Source } from "./schema";

const COLUMNS = SOURCES_META.columns.map((c) => c.key);

/**
 * `sources.csv` with `source` in it: rows whose id starts with `replacePrefix` (an older
 * vintage of the same database) are dropped and the new row appended. Every other line stays
 * byte for byte as it was, so a hand-edited file is never reformatted.
 */
export function upsertSource(
  text: string | undefined,
  source: Source,
  replacePrefix: string,
): string {
  const row = toCsv(COLUMNS, [source as unknown as DataRow])
    .split("\r\n")
    .slice(1)
    .join("\n");
  if (text === undefined || text.trim() === "") return `${COLUMNS.join(",")}\n${row}\n`;
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r\n|\n/);
  const parsed = parseCsv(text, "sources.csv");
  const idAt = parsed.header.indexOf("id");
  const drop = new Set<number>();
  parsed.records.forEach((r, i) => {
    if (idAt === -1 || !r.cells[idAt]!.trim().startsWith(replacePrefix)) return;
    const next = parsed.records[i + 1]?.line ?? lines.length + 1;
    for (let l = r.line; l < next; l++) drop.add(l);
  });
  const kept = lines.filter((_, i) => !drop.has(i + 1));
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return `${[...kept, row.split("\n").join(newline)].join(newline)}${newline}`;
}
