/**
 * CSV for the files in data/ (RFC 4180: comma, CRLF, quotes doubled). Unlike downloads
 * (`export.ts`, papaparse's unparse with formula escaping for spreadsheets), data files keep
 * every value exactly as it is. A writer of its own because the SIPRI importer writes tens of
 * thousands of rows against a time budget, and this is about twice as fast as unparse; its
 * output is checked by parsing it back (csv-write.test.ts).
 */
export type CsvValue = string | number | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(v: CsvValue): string {
  if (v === undefined) return "";
  if (typeof v === "number") return String(v);
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A joined line where some field may need quotes: a quote or line break, white space next to a separator or an end. */
const SUSPECT_LINE = /["\r\n]|(?:^|,)\s|\s(?:,|$)/;

/** Header and rows, each line ended by CRLF. */
export function csvLines(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  const out: string[] = [header.map(csvField).join(",")];
  for (const row of rows) {
    // Most rows need no quotes: the engine's own join is then the line (it writes numbers as
    // String() does and undefined as ""). A field holding a comma shows as one comma too many.
    const line = row.join(",");
    out.push(
      SUSPECT_LINE.test(line) || countCommas(line) !== row.length - 1
        ? row.map(csvField).join(",")
        : line,
    );
  }
  return `${out.join("\r\n")}\r\n`;
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(","); i !== -1; i = s.indexOf(",", i + 1)) n++;
  return n;
}
