import type { Dataset } from "./catalog";
import { formatValue } from "./format";
import type { Source } from "./schema";

export interface RowSummary {
  /** The row's headline value as its source stated it, e.g. "about 40–45%". */
  value: string;
  /** The period as stated, e.g. "2018 (full year)". */
  period: string;
  /** What the value is of, e.g. "Azerbaijan, share of crude deliveries to Israel". */
  what: string;
  /** Publishers of the row's sources. */
  who: string;
}

function text(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** One dataset row in a line: for evidence lists, tooltips and the claims ledger. */
export function rowSummary(
  dataset: Dataset,
  row: Record<string, unknown>,
  sources: ReadonlyMap<string, Source>,
): RowSummary {
  const cols = dataset.meta.columns;
  const valueCol = cols.find(
    (c) =>
      (c.type === "number" || c.type === "percent") &&
      typeof row[c.key] === "number" &&
      !c.display?.hidden,
  );
  const rankCol = cols.find((c) => c.key === "rank" && typeof row[c.key] === "number");
  let value = "";
  if (valueCol) {
    const high = valueCol.display?.rangeEndColumn
      ? row[valueCol.display.rangeEndColumn]
      : undefined;
    value = formatValue(row[valueCol.key] as number, {
      unit: valueCol.unitColumn ? text(row[valueCol.unitColumn]) : valueCol.unit,
      qualifier: valueCol.display?.prefixColumn
        ? text(row[valueCol.display.prefixColumn])
        : undefined,
      high: typeof high === "number" ? high : undefined,
    });
  }
  if (rankCol) value = value ? `${value} (#${String(row.rank)})` : `#${String(row.rank)}`;
  const periodCol =
    cols.find((c) => c.type === "date" && !c.display?.hidden) ??
    cols.find((c) => c.type === "integer" && c.key === "year");
  const period =
    text(row[periodCol?.display?.labelColumn ?? ""]) ?? String(row[periodCol?.key ?? ""] ?? "");
  const what = ["supplier", "subject", "metric", "share_of"]
    .map((k) => text(row[k]))
    .filter(Boolean)
    .join(", ");
  const sourcesKey = cols.find((c) => c.type === "sources")!.key;
  const who = ((row[sourcesKey] as string[] | undefined) ?? [])
    .map((id) => sources.get(id)?.publisher ?? id)
    .join("; ");
  return { value, period, what, who };
}
