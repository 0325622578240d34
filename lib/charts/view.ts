/** What a reader has chosen for one chart (kept in the address by lib/table/view-state.ts). */
export type ChartMode = "absolute" | "share";

export interface ChartView {
  /** Series shown, in the chart's order. */
  shown: string[];
  mode: ChartMode;
  /** Years in range (inclusive), when the reader narrowed them. */
  from?: number;
  to?: number;
}

/** The last year a category covers: "2016–20" → 2020, "2019" → 2019; other labels → undefined. */
export function categoryYear(category: string): number | undefined {
  const m = /^(\d{4})(?:–(\d{2}))?$/.exec(category);
  if (!m) return undefined;
  return m[2] ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[1]);
}

export function yearInRange(year: number | undefined, from?: number, to?: number): boolean {
  if (year === undefined) return true;
  return (from === undefined || year >= from) && (to === undefined || year <= to);
}

/** Series shown in a chart: all of them unless the link names a valid subset. */
export function parseSeries(
  params: URLSearchParams,
  chartId: string,
  series: readonly string[],
): string[] {
  const raw = params.get(`series.${chartId}`);
  if (!raw) return [...series];
  const chosen = raw.split("|").filter((s) => series.includes(s));
  return chosen.length > 0 ? series.filter((s) => chosen.includes(s)) : [...series];
}

export function parseMode(params: URLSearchParams, chartId: string): ChartMode {
  return params.get(`mode.${chartId}`) === "share" ? "share" : "absolute";
}
