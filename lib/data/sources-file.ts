import { parseCsv } from "./csv-parse";
import { writeCsv } from "./csv-write";
import { SOURCES_META, type Source } from "./schema";

const COLUMNS = SOURCES_META.columns.map((c) => c.key);

/**
 * `sources.csv` with `source` in it: rows whose id starts with `replacePrefix` (an older
 * vintage of the same database) are dropped and the new row takes the first one's place (or is
 * appended when there was none), so importers run in any order leave the same file. Every other
 * line stays byte for byte as it was, so a hand-edited file is never reformatted.
 */
export function upsertSource(
  text: string | undefined,
  source: Source,
  replacePrefix: string,
): string {
  const fields = source as unknown as Record<string, string | undefined>;
  // The new row without its header line and final CRLF; a quoted note may itself hold line breaks.
  const row = writeCsv(COLUMNS, [COLUMNS.map((c) => fields[c])])
    .slice(COLUMNS.join(",").length + 2, -2)
    .replace(/\r\n/g, "\n");

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
  const at = drop.size > 0 ? Math.min(...drop) : undefined;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i + 1 === at) out.push(row.split("\n").join(newline));
    if (!drop.has(i + 1)) out.push(line);
  });
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  if (at === undefined) out.push(row.split("\n").join(newline));
  return `${out.join(newline)}${newline}`;
}
