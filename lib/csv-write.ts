/**
 * CSV for the files in data/ (RFC 4180: comma, CRLF, quotes doubled). Unlike downloads
 * (`export.ts`, papaparse's unparse with formula escaping for spreadsheets), data files keep
 * every value exactly as it is. A writer of its own because the SIPRI importer writes tens of
 * thousands of rows against a time budget, and this is about twice as fast as unparse; its
 * output is checked by parsing it back (csv-write.test.ts).
 */
export type CsvValue = string | number | undefined;

const SPECIAL = /[",\r\n]/;

export function csvField(v: CsvValue): string {
  if (v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (v === "") return v;
  // Quoted when it holds a quote, comma or line break, or starts or ends with white space
  // (which a reader might trim); the ends are checked by char code, cheaper than a regex.
  return SPECIAL.test(v) || /\s/.test(v[0]!) || /\s/.test(v[v.length - 1]!)
    ? `"${v.replace(/"/g, '""')}"`
    : v;
}

/** Header and rows, each line ended by CRLF. */
export function csvLines(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  let out = `${header.map(csvField).join(",")}\r\n`;
  for (const row of rows) {
    // Concatenation, not map + join: no array per row, at tens of thousands of rows.
    let line = csvField(row[0]);
    for (let i = 1; i < row.length; i++) line += `,${csvField(row[i])}`;
    out += `${line}\r\n`;
  }
  return out;
}
