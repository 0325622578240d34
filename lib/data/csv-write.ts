import Papa from "papaparse";

/**
 * The one CSV writer, for data files and downloads alike: RFC 4180 (comma, CRLF after every
 * line, quotes only where a field needs them, inner quotes doubled), written by papaparse.
 * Data files keep every value exactly; downloads ask for `neutraliseFormulae`.
 */
export type CsvValue = string | number | undefined;

/**
 * Text that a spreadsheet would run as a formula: a leading = + - @, tab or CR. Papaparse's own
 * `escapeFormulae: true` pattern ends in `.*$`, which fails on a cell with a line break after the
 * first character ("=1+1\nx"), so the check is only on the first character. Numbers are never
 * text, so a negative number stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  opts: { neutraliseFormulae?: boolean } = {},
): string {
  const text = Papa.unparse(
    {
      fields: [...header],
      data: rows.map((r) =>
        r.map((v) => (v === undefined ? "" : typeof v === "number" ? plainDecimal(v) : v)),
      ),
    },
    {
      newline: "\r\n",
      quotes: false,
      ...(opts.neutraliseFormulae ? { escapeFormulae: FORMULA_START } : {}),
    },
  );
  return `${text}\r\n`;
}

/**
 * A number as plain decimal text: `1.5e-7` becomes `0.00000015` (the data files' number reader
 * refuses exponents, which spreadsheets misread). Digits are kept exactly as JavaScript's
 * shortest round-trip form gives them.
 */
export function plainDecimal(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, first, rest = "", e] = m;
  const digits = first! + rest;
  const exp = Number(e);
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  return digits.length > exp + 1
    ? `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`
    : `${sign}${digits.padEnd(exp + 1, "0")}`;
}
