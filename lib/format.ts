/**
 * Display formatting shared by server and browser. Numbers keep the precision their source
 * gave (46.4 stays 46.4, 1.394 stays 1.394); rounding happens nowhere else.
 */
const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 });

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A share unit (`% of …`) shows as `%` beside the number; other units show in full. */
export function compactUnit(unit: string | undefined): string {
  if (!unit) return "";
  return /^%/.test(unit.trim()) ? "%" : unit;
}

/**
 * "about 40–45%", "#1", "over 1.7 US$ bn": a value as its source hedged it.
 * `unit` is the row's unit; ranks read as "#n".
 */
export function formatValue(
  value: number,
  opts: { unit?: string; qualifier?: string; high?: number } = {},
): string {
  const { unit, qualifier, high } = opts;
  if (unit !== undefined && /^rank\b/.test(unit)) {
    const among = unit.replace(/^rank\s*/, "");
    return `${qualifier ? `${qualifier} ` : ""}#${formatNumber(value)}${among ? ` ${among}` : ""}`;
  }

  const range =
    high === undefined ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(high)}`;
  const u = compactUnit(unit);
  const withUnit = u === "" ? range : u === "%" ? `${range}%` : `${range} ${u}`;
  return qualifier ? `${qualifier} ${withUnit}` : withUnit;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2015-05-01` → "1 May 2015", `2015-05` → "May 2015", `2015` → "2015". */
export function formatPartialDate(s: string): string {
  const [y, m, d] = s.split("-");
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
