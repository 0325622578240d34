/**
 * How a source states a period; each kind is checked (lib/evidence) and drawn differently:
 * a span as a line, an as-of date as a point, year to date and "since" as an open arrow, an
 * undated figure as a hollow mark at its publication date (or apart, when that is unknown too).
 */
export const PERIOD_KINDS = ["span", "as-of", "year-to-date", "since", "undated"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export function isPeriodKind(s: string): s is PeriodKind {
  return (PERIOD_KINDS as readonly string[]).includes(s);
}
