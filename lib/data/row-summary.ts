import type { Dataset } from "./catalog";
import { formatPartialDate, rowValue } from "./format";
import { numberCell, textCell } from "./roles";
import type { DataRow, Source } from "./schema";

export interface RowSummary {
  /** The row's value as its source stated it, e.g. "about 40–45%" (the labels say of what). */
  value: string;
  /** The period as stated, e.g. "2018 (full year)". */
  period: string;
  /** What the value is of, from the label columns: "Azerbaijan, share of crude deliveries to Israel". */
  what: string;
  /** Publishers of the row's sources. */
  who: string;
}

/** One dataset row in a line, read through the dataset's roles: for evidence lists and tooltips. */
export function rowSummary(
  dataset: Dataset,
  row: DataRow,
  sources: ReadonlyMap<string, Source>,
): RowSummary {
  const { roles } = dataset;
  const stated = roles.value ? rowValue(roles.value, row)?.text : undefined;
  const rank = numberCell(row, roles.rank);
  const value = [stated, rank === undefined ? undefined : stated ? `(#${rank})` : `#${rank}`]
    .filter(Boolean)
    .join(" ");
  const p = roles.period;
  const start = p ? row[p.start] : undefined;
  const period =
    textCell(row, p?.label) ??
    (typeof start === "number"
      ? String(start)
      : typeof start === "string"
        ? formatPartialDate(start)
        : "");
  const what = roles.labels
    .map((k) => textCell(row, k))
    .filter(Boolean)
    .join(", ");
  const who = ((row[roles.sources] as string[] | undefined) ?? [])
    .map((id) => sources.get(id)?.publisher ?? id)
    .join("; ");
  return { value, period, what, who };
}
