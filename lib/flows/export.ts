/** "Download these flows": exactly the links drawn, with their units, periods and sources. */
import { writeCsv } from "../data/csv-write";
import { withoutFloatNoise } from "../data/format";

/** One drawn link, as the table alternative and the flows download list it. */
export interface FlowRow {
  /** The figure's id (data/figures.json). */
  figure: string;
  id: string;
  from: string;
  to: string;
  value?: number;
  unit: string;
  period: string;
  rangeLow?: number;
  rangeHigh?: number;
  estimates?: number;
  basis: string;
  source: string;
  sourceIds: string[];
  href: string;
}

export const FLOWS_COLUMNS = [
  "figure",
  "link_id",
  "from",
  "to",
  "value",
  "unit",
  "period",
  "range_low",
  "range_high",
  "independent_estimates",
  "basis",
  "source",
  "source_ids",
  "rows_url",
] as const;

export function flowsCsv(rows: readonly FlowRow[], origin = ""): string {
  return writeCsv(
    FLOWS_COLUMNS,
    rows.map((r) => [
      r.figure,
      r.id,
      r.from,
      r.to,
      r.value === undefined ? undefined : withoutFloatNoise(r.value),
      r.unit,
      r.period,
      r.rangeLow,
      r.rangeHigh,
      r.estimates,
      r.basis,
      r.source,
      r.sourceIds.join(";"),
      `${origin}${r.href}`,
    ]),
    { neutraliseFormulae: true },
  );
}

export function flowsJson(rows: readonly FlowRow[], query: string): string {
  return `${JSON.stringify({ view: query, links: rows }, null, 2)}\n`;
}
