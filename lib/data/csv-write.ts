import Papa from "papaparse";
import { plainDecimal } from "./format";

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
        // Only numbers JavaScript would write with an exponent become text; the rest stay
        // numbers, so a negative number is never mistaken for a formula.
        r.map((v) => (v === undefined ? "" : typeof v === "number" && /e/.test(String(v)) ? plainDecimal(v) : v)),
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

