/**
 * Strict readers for the text in one CSV cell. Each returns the typed value or a message that
 * says what is wrong and how to write it. No locale guessing: `1,234.5` and `12,5` are errors,
 * never silently read as 1234.5 or 12.5.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = /^-?(?:\d+)(?:\.\d+)?$/;

export function readNumber(raw: string): CellResult<number> {
  const s = raw.trim();
  if (DECIMAL.test(s)) {
    const n = Number(s);
    if (!Number.isFinite(n)) return { ok: false, message: `"${s}" is too large to be a number` };
    // -0 is written by some tools for a rounded small negative; it is the number 0.
    return { ok: true, value: n === 0 ? 0 : n };
  }
  let hint = 'write digits with "." for decimals, e.g. 1234.5';
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) hint = "remove the thousands separators";
  else if (/^-?\d+,\d+$/.test(s)) hint = 'use "." as the decimal separator';
  else if (/%$/.test(s)) hint = "drop the % sign: the unit belongs in the metadata or unit column";
  else if (/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(s))
    hint = Number.isFinite(Number(s))
      ? "write the number without an exponent"
      : "far too large to be a figure";

  return { ok: false, message: `"${truncate(s)}" is not a number (${hint})` };
}

export function readInteger(raw: string): CellResult<number> {
  const r = readNumber(raw);
  if (!r.ok) return r;
  if (!Number.isInteger(r.value))
    return { ok: false, message: `"${raw.trim()}" is not a whole number` };
  return r;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date as precise as the source: `2015`, `2015-05` or `2015-05-01` (ISO 8601). Returned as
 * the same string, which sorts chronologically within one precision.
 */
export function readPartialDate(raw: string): CellResult<string> {
  const s = raw.trim();
  const m = PARTIAL_DATE.exec(s);
  if (!m) {
    return {
      ok: false,
      message: `"${truncate(s)}" is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)`,
    };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1900 || year > 2100)
    return { ok: false, message: `year ${year} is out of range (1900–2100)` };
  if (month < 1 || month > 12) return { ok: false, message: `"${s}" has no month ${m[2]}` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return { ok: false, message: `"${s}" is not a day of the calendar` };
  return { ok: true, value: s };
}

export type DatePrecision = "year" | "month" | "day";

/**
 * A partial date as a spreadsheet types and sorts it: a full ISO date, the first day of the
 * stated period (or its last day, for a period's end), with the precision the source stated.
 * `2018` as an end is `2018-12-31`, precision `year`: the day is not presented as stated.
 */
export function fullDate(
  value: string,
  end: boolean,
): { date: string; precision: DatePrecision } | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return { date: value, precision: "day" };
  const month = mo ?? (end ? "12" : "01");
  const lastDay = new Date(Date.UTC(Number(y), Number(month), 0)).getUTCDate();
  return {
    date: `${y}-${month}-${end ? String(lastDay).padStart(2, "0") : "01"}`,
    precision: mo ? "month" : "year",
  };
}

/** The first instant a partial date covers, as a fractional year (for time axes). */
export function partialDateStart(s: string): number {
  return fractionalYear(s, false);
}

/** The last instant a partial date covers, as a fractional year. */
export function partialDateEnd(s: string): number {
  return fractionalYear(s, true);
}

function fractionalYear(s: string, end: boolean): number {
  const [y, m, d] = s.split("-").map(Number) as [number, number?, number?];
  const startOfYear = Date.UTC(y, 0, 1);
  const yearMs = Date.UTC(y + 1, 0, 1) - startOfYear;
  let t: number;
  if (m === undefined) t = end ? Date.UTC(y + 1, 0, 1) : startOfYear;
  else if (d === undefined) t = end ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, 1);
  else t = end ? Date.UTC(y, m - 1, d + 1) : Date.UTC(y, m - 1, d);
  return y + (t - startOfYear) / yearMs;
}

/** Only http(s) addresses are ever linked: `javascript:`, `data:` and relative URLs are refused. */
export function readHttpUrl(raw: string): CellResult<string> {
  const s = raw.trim();
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return {
      ok: false,
      message: `"${truncate(s)}" is not a URL (must start with http:// or https://)`,
    };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      ok: false,
      message: `URL scheme "${url.protocol}" is not allowed (only http and https)`,
    };
  }
  return { ok: true, value: s };
}

export function truncate(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
