/**
 * Evidence you can compare: how a source states its period (periods.ts), what a figure is a
 * share or a measure of (quantities.ts), and which rows repeat the same measurement
 * (lineage.ts). Each has its checks, run when the catalog is built, and the helpers the
 * charts and views use to draw one mark per independent estimate, as its source states it.
 */
import { partialDateEnd, partialDateStart } from "../data/cell-parsers";
import { formatPartialDate } from "../data/format";
import { isPeriodKind, type PeriodKind } from "../data/period-kinds";
import { textCell, type ColumnRoles } from "../data/roles";
import type { DataRow } from "../data/schema";

function cell(row: DataRow, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const v = row[key];
  return typeof v === "number" ? String(v) : typeof v === "string" && v !== "" ? v : undefined;
}

/** A row's period kind: the declared one, or a span (the default for datasets without the role). */
export function periodKindOf(roles: ColumnRoles, row: DataRow): PeriodKind {
  const k = textCell(row, roles.periodKind);
  return k && isPeriodKind(k) ? k : "span";
}

/** Problems with one row's period as its kind states it, as [column, message] pairs. */
export function checkPeriod(roles: ColumnRoles, row: DataRow): [string, string][] {
  const p = roles.period;
  if (!p || !roles.periodKind) return [];
  const kind = periodKindOf(roles, row);
  const start = cell(row, p.start);
  const end = p.end === p.start ? start : cell(row, p.end);
  const endCol = p.end;
  switch (kind) {
    case "span":
      if (!start) return [[p.start, "a span needs its first date"]];
      if (!end) return [[endCol, 'a span needs its last date (for an open period use "since")']];
      return [];
    case "as-of":
      if (!start) return [[p.start, "an as-of figure needs its date"]];
      if (end !== start)
        return [
          [
            endCol,
            `an as-of figure starts and ends on the same date (${start}), not ${end ?? "empty"}`,
          ],
        ];
      return [];
    case "year-to-date": {
      if (!start) return [[p.start, "a year-to-date figure needs the year it starts"]];
      if (!/^\d{4}(-01(-01)?)?$/.test(start))
        return [[p.start, `a year-to-date figure starts on 1 January, not ${start}`]];
      if (end && end.slice(0, 4) !== start.slice(0, 4))
        return [
          [endCol, `a year-to-date figure ends within its year (${start.slice(0, 4)}), not ${end}`],
        ];
      return [];
    }
    case "since":
      if (!start) return [[p.start, 'a "since" figure needs the date it starts']];
      if (end) return [[endCol, 'a "since" figure is open-ended: leave its end empty']];
      return [];
    case "undated":
      if (start || end)
        return [
          [
            start ? p.start : endCol,
            "an undated figure has no dates: leave them empty (its source's publication date places it)",
          ],
        ];
      return [];
  }
}

/** A partial date as one moment: the middle of the day, month or year it names. */
export function instant(date: string): number {
  return (partialDateStart(date) + partialDateEnd(date)) / 2;
}

/** A row's period as its source states it, ready to draw (fractional years). */
export interface StatedPeriod {
  kind: PeriodKind;
  /** Where the period (or arrow) begins and where it ends. */
  x0: number;
  x1: number;
  /** An arrow whose end the source does not state ("since", year to date, undated end). */
  open: boolean;
  /** Undated: placed at its source's publication date, or `apart` when that is unknown too. */
  apart: boolean;
  label: string;
}

/**
 * Where to draw a row's period. `published` is its source's publication date (partial ISO),
 * which ends an arrow ("since 2008", stated in January 2025) and places an undated figure.
 */
export function statedPeriod(
  roles: ColumnRoles,
  row: DataRow,
  published: string | undefined,
): StatedPeriod | undefined {
  const p = roles.period;
  if (!p) return undefined;
  const kind = periodKindOf(roles, row);
  const start = cell(row, p.start);
  const end = cell(row, p.end);
  const given = textCell(row, p.label);
  const dates = (a: string, b?: string) =>
    !b || a === b ? formatPartialDate(a) : `${formatPartialDate(a)} – ${formatPartialDate(b)}`;
  switch (kind) {
    case "span":
      if (!start) return undefined;
      return {
        kind,
        x0: partialDateStart(start),
        x1: partialDateEnd(end ?? start),
        open: false,
        apart: false,
        label: given ?? dates(start, end),
      };
    case "as-of": {
      if (!start) return undefined;
      // One moment, drawn as a point: "as of 2024" is somewhere in 2024, never all of it.
      const at = instant(start);
      return {
        kind,
        x0: at,
        x1: at,
        open: false,
        apart: false,
        label: given ?? `as of ${formatPartialDate(start)}`,
      };
    }
    case "year-to-date":
    case "since": {
      if (!start) return undefined;
      // The arrow ends where the source says "to date": its stated end, or when it was published
      // if that is known to the month (a bare year would draw the whole year as covered).
      const to =
        end ?? (published && published.length >= 7 && published >= start ? published : undefined);
      return {
        kind,
        x0: partialDateStart(start),
        x1: to ? partialDateEnd(to) : partialDateStart(start),
        open: to === undefined,
        apart: false,
        label:
          given ??
          (kind === "since" ? `since ${formatPartialDate(start)}` : `${start.slice(0, 4)} to date`),
      };
    }
    case "undated":
      // Placed at its source's publication date, as a point: the source states no period.
      return {
        kind,
        x0: published ? instant(published) : NaN,
        x1: published ? instant(published) : NaN,
        open: false,
        apart: published === undefined,
        label:
          given ?? (published ? `undated (published ${formatPartialDate(published)})` : "undated"),
      };
  }
}
