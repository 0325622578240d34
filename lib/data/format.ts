import { numberCell, textCell, type ValueFormat } from "./roles";
import type { DataRow } from "./schema";

/**
 * The one way a number, a value with its unit, or a date is shown, on the server and in the
 * browser. Figures a source stated keep the precision it gave (46.4 stays 46.4, 1.394 stays
 * 1.394); computed figures are rounded here, for display only, and say how.
 */
const formats = new Map<number | undefined, Intl.NumberFormat>();

/** `1234.5` → "1,234.5". With `digits`, rounds to that many decimals (computed figures). */
export function formatNumber(n: number, digits?: number): string {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat(
      "en-US",
      digits === undefined
        ? { maximumFractionDigits: 10 }
        : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    formats.set(digits, f);
  }
  // -0 (a rounded tiny negative) reads as 0.
  return f.format(n).replace(/^-(0(?:\.0+)?)$/, "$1");
}

/** A share unit (`% of …`) shows as `%` beside the number; other units show in full. */
export function compactUnit(unit: string | undefined): string {
  if (!unit) return "";
  return /^%/.test(unit.trim()) ? "%" : unit;
}

/** What a share is a share of: "% of Israel's oil imports" → "of Israel's oil imports". */
export function denominatorOf(unit: string | undefined): string | undefined {
  const m = /^%\s*(of\b.*)$/.exec((unit ?? "").trim());
  return m ? m[1] : undefined;
}

/**
 * "about 40–45%", "#1", "over 1.7 US$ bn": a value as its source hedged it.
 * `unit` is the row's unit; ranks read as "#n".
 */
export function formatValue(
  value: number,
  opts: { unit?: string; qualifier?: string; high?: number; digits?: number } = {},
): string {
  const { unit, qualifier, high, digits } = opts;
  if (unit !== undefined && /^rank\b/.test(unit)) {
    const among = unit.replace(/^rank\s*/, "");
    return `${qualifier ? `${qualifier} ` : ""}#${formatNumber(value)}${among ? ` ${among}` : ""}`;
  }
  const range =
    high === undefined
      ? formatNumber(value, digits)
      : `${formatNumber(value, digits)}–${formatNumber(high, digits)}`;
  const u = compactUnit(unit);
  const withUnit = u === "" ? range : u === "%" ? `${range}%` : `${range} ${u}`;
  return qualifier ? `${qualifier} ${withUnit}` : withUnit;
}

/** A row's value, read through its column's format: the number, and how it is shown. */
export interface ShownValue {
  value: number;
  high?: number;
  unit?: string;
  qualifier?: string;
  /** As a table cell shows it: "about 40–45%". */
  text: string;
  /** With a share's denominator, for marks and summaries: "about 40–45% of Israel's oil needs". */
  fullText: string;
}

export function rowValue(f: ValueFormat, row: DataRow): ShownValue | undefined {
  const value = numberCell(row, f.key);
  if (value === undefined) return undefined;
  if (f.plain) return { value, text: String(value), fullText: String(value) };
  const unit = f.unitColumn ? textCell(row, f.unitColumn) : f.unit;
  const qualifier = textCell(row, f.qualifierColumn);
  const high = numberCell(row, f.rangeEndColumn);
  const text = formatValue(value, { unit, qualifier, high, digits: f.digits });
  const denominator = denominatorOf(unit);
  return {
    value,
    ...(high !== undefined ? { high } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(qualifier !== undefined ? { qualifier } : {}),
    text,
    fullText: denominator ? `${text} ${denominator}` : text,
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2015-05-01` → "1 May 2015", `2015-05` → "May 2015", `2015` → "2015". */
export function formatPartialDate(s: string): string {
  const [y, m, d] = s.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
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

/**
 * A computed sum without binary floating-point noise (59.650000000000006 → 59.65): 12
 * significant digits, far more than any source states, so downloads stay exact to the data.
 */
export function withoutFloatNoise(n: number): number {
  return Number(n.toPrecision(12));
}

/** A day as ISO YYYY-MM-DD (UTC): the build date pages and files give in citations. */
export function isoDay(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
