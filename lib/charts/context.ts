import { partialDateEnd, partialDateStart } from "../data/cell-parsers";
import type { Dataset } from "../data/catalog";
import { formatPartialDate } from "../data/format";
import { textCell } from "../data/roles";
import type { DataRow, Source } from "../data/schema";
import type { Where } from "../data/keys";

/** What a chart type's builder reads: the dataset (rows and resolved roles) and the sources. */
export interface ChartContext {
  dataset: Dataset;
  sources: ReadonlyMap<string, Source>;
}

/** A `where` filter's columns, keyed by their path in the spec (for validation messages). */
export function whereColumns(where: Where | undefined): Record<string, string> {
  return Object.fromEntries(Object.keys(where ?? {}).map((k) => [`where.${k}`, k]));
}

/** The publishers of a row's sources, as a mark's tooltip names them. */
export function sourceLabel(ctx: ChartContext, row: DataRow): string {
  const ids = (row[ctx.dataset.roles.sources] as string[] | undefined) ?? [];
  return ids.map((id) => ctx.sources.get(id)?.publisher ?? id).join("; ");
}

export interface RowPeriod {
  /** As written: a partial ISO date or a year. */
  start: string;
  end: string;
  /** Fractional years: the first instant covered and the instant after the last. */
  x0: number;
  x1: number;
  /** As its source stated it ("2019 year to date"), or the dates formatted. */
  label: string;
}

/** A row's period through the dataset's period role; undefined when the row has none. */
export function rowPeriod(dataset: Dataset, row: DataRow): RowPeriod | undefined {
  const p = dataset.roles.period;
  if (!p) return undefined;
  const cell = (k: string) => {
    const v = row[k];
    return typeof v === "number" ? String(v) : typeof v === "string" && v !== "" ? v : undefined;
  };
  const start = cell(p.start);
  if (start === undefined) return undefined;
  const end = cell(p.end) ?? start;
  const stated =
    start === end
      ? formatPartialDate(start)
      : `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  return {
    start,
    end,
    x0: partialDateStart(start),
    x1: partialDateEnd(end),
    label: textCell(row, p.label) ?? stated,
  };
}
