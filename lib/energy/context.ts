import { fullDate } from "../data/cell-parsers";
import type { Dataset } from "../data/catalog";
import { formatNumber, formatPartialDate, rowValue } from "../data/format";
import { locationText, textCell, type ColumnRoles } from "../data/roles";
import type { Where } from "../data/keys";
import type { DataRow } from "../data/schema";
import { matchesWhere } from "../charts/context";

/**
 * Estimates in context: each press or tracker figure of oil reaching a country set against the
 * country's oil consumption as a published statistical review gives it, and the regional trade
 * flows that bound it. Everything here is computed by Flowledger and says so, with its formula,
 * the edition it used and the cells it read.
 */

/** Volume units the oil figures use: a rate (barrels per day) or an amount (barrels or tonnes). */
const UNITS: Record<string, { rate?: number; barrels?: number; tonnes?: number }> = {
  "b/d": { rate: 1 },
  "thousand b/d": { rate: 1e3 },
  barrels: { barrels: 1 },
  "million barrels": { barrels: 1e6 },
  tonnes: { tonnes: 1 },
  "million tonnes": { tonnes: 1e6 },
  Mt: { tonnes: 1e6 },
};

export interface Factor {
  value: number;
  vintage: string;
  location: string;
}

/** A published figure used in a computation, with where it was read. */
export interface UsedFigure {
  text: string;
  rowId: string;
  slug: string;
  vintage: string;
  location: string;
}

export interface ContextRow {
  rowId: string;
  label: string;
  /** The estimate as its source states it, with its period. */
  stated: string;
  period: string;
  /** What the computation gives, or why there is none. */
  result: string;
  computed?: {
    value: number;
    unit: "%" | "b/d";
    formula: string;
    consumption: UsedFigure[];
    factor?: Factor;
  };
}

type ConsumptionFigure = UsedFigure & { bpd: number };

/** The country's consumption per year (rows in b/d or thousand b/d), every vintage. */
export interface Consumption {
  slug: string;
  /** Each year's figures, latest vintage first. */
  byYear: Map<number, ConsumptionFigure[]>;
}

/** A year's consumption in the named vintage, else the latest. */
function consumptionIn(
  c: Consumption,
  year: number,
  vintage?: string,
): ConsumptionFigure | undefined {
  const all = c.byYear.get(year) ?? [];
  return all.find((f) => f.vintage === vintage) ?? all[0];
}

export function consumptionSeries(dataset: Dataset, where: Where): Consumption {
  const { roles } = dataset;
  const byYear = new Map<number, ConsumptionFigure[]>();
  for (const row of dataset.rows) {
    if (!matchesWhere(row, where) || !roles.value || !roles.period) continue;
    const shown = rowValue(roles.value, row);
    const year = row[roles.period.start];
    const unit = UNITS[shown?.unit ?? ""];
    if (!shown || typeof year !== "number" || !unit?.rate) continue;
    const figures = byYear.get(year) ?? [];
    figures.push({
      bpd: shown.value * unit.rate,
      text: `${shown.text} in ${year}`,
      rowId: String(row[roles.id]),
      slug: dataset.slug,
      vintage: textCell(row, roles.vintage) ?? "",
      location: locationText(roles, row) ?? "",
    });
    byYear.set(year, figures);
  }
  // Latest first: editions are named "2024 edition", so they sort as text.
  for (const figures of byYear.values()) figures.sort((a, b) => b.vintage.localeCompare(a.vintage));
  return { slug: dataset.slug, byYear };
}

/** A conversion factor in the named vintage, else the latest. */
export function factorOf(dataset: Dataset, where: Where, vintage?: string): Factor | undefined {
  const { roles } = dataset;
  const rows = dataset.rows.filter((r) => matchesWhere(r, where));
  const row =
    rows.find((r) => vintage !== undefined && textCell(r, roles.vintage) === vintage) ??
    rows.sort((a, b) =>
      (textCell(b, roles.vintage) ?? "").localeCompare(textCell(a, roles.vintage) ?? ""),
    )[0];
  const value = row && roles.value ? rowValue(roles.value, row)?.value : undefined;
  if (!row || value === undefined) return undefined;
  return {
    value,
    vintage: textCell(row, roles.vintage) ?? "",
    location: locationText(roles, row) ?? "",
  };
}

/** Days of each calendar year a period covers (end inclusive). */
export function daysByYear(startIso: string, endIso: string): Map<number, number> {
  const days = new Map<number, number>();
  const day = 86_400_000;
  for (let t = Date.parse(startIso); t <= Date.parse(endIso); t += day) {
    const y = new Date(t).getUTCFullYear();
    days.set(y, (days.get(y) ?? 0) + 1);
  }
  return days;
}

/** A row's period as whole days, or why it has none ("as of 15 May 2023" is an instant). */
function periodOf(
  roles: ColumnRoles,
  row: DataRow,
): { start: string; end: string; instant: boolean } | string {
  if (!roles.period) return "no period";
  const start = textCell(row, roles.period.start);
  const end = textCell(row, roles.period.end) ?? start;
  const kind = textCell(row, roles.periodKind) ?? "span";
  if (!start || kind === "undated" || kind === "since") return "its period is not stated in full";
  const from =
    kind === "year-to-date" ? `${start.slice(0, 4)}-01-01` : fullDate(start, false)?.date;
  const to = fullDate(kind === "as-of" ? start : end!, true)?.date;
  if (!from || !to) return "its period is not stated in full";
  return { start: kind === "as-of" ? to : from, end: to, instant: kind === "as-of" };
}

/** Consumption over a period: each year's figure weighted by the days of that year it covers. */
function consumptionOver(c: Consumption, days: Map<number, number>) {
  const used: ConsumptionFigure[] = [];
  let weighted = 0;
  let total = 0;
  for (const [year, n] of days) {
    const figure = consumptionIn(c, year);
    if (!figure) return { missing: year };
    used.push(figure);
    weighted += figure.bpd * n;
    total += n;
  }
  return { bpd: weighted / total, used };
}

const bpdText = (n: number) => `${formatNumber(Math.round(n / 100) * 100)} b/d`;

export interface ContextSpec {
  volumeMeasures: readonly string[];
  shareDenominators: readonly string[];
}

/**
 * For each independent volume estimate: its barrels per day over its period and the share of
 * consumption that makes. For each share estimate: the barrels per day it implies against
 * consumption. Re-reports are left out (their original is listed).
 */
export function estimatesInContext(
  dataset: Dataset,
  spec: ContextSpec,
  consumption: Consumption,
  tonnesToBarrels: Factor,
  country: string,
): ContextRow[] {
  const { roles } = dataset;
  const out: ContextRow[] = [];
  const latestYear = Math.max(...consumption.byYear.keys());
  for (const row of dataset.rows) {
    if (roles.derivedFrom && textCell(row, roles.derivedFrom)) continue;
    const measure = textCell(row, roles.measure);
    const denominator = textCell(row, roles.denominator);
    const isVolume = measure !== undefined && spec.volumeMeasures.includes(measure);
    const isShare = denominator !== undefined && spec.shareDenominators.includes(denominator);
    if (!isVolume && !isShare) continue;
    const shown = roles.value ? rowValue(roles.value, row) : undefined;
    if (!shown) continue;
    const base = {
      rowId: String(row[roles.id]),
      label: roles.labels
        .map((k) => textCell(row, k))
        .filter(Boolean)
        .join(", "),
      stated: shown.fullText,
      period: periodText(roles, row),
    };
    const period = periodOf(roles, row);
    if (typeof period === "string") {
      out.push({ ...base, result: `Not computed: ${period}.` });
      continue;
    }
    const days = daysByYear(period.start, period.end);
    const c = consumptionOver(consumption, days);
    if ("missing" in c) {
      out.push({
        ...base,
        result: `Not computed: no published consumption for ${c.missing} yet (the latest edition ends in ${latestYear}).`,
      });
      continue;
    }
    const consumptionText = c.used.map((u) => `${u.text} (${u.vintage}, ${u.location})`).join("; ");
    const weighting = c.used.length > 1 ? ", weighted by the days of each year in the period" : "";
    const central = shown.high !== undefined ? (shown.value + shown.high) / 2 : shown.value;
    const centralNote = shown.high !== undefined ? " (the middle of the stated range)" : "";
    if (isShare) {
      const bpd = (central / 100) * c.bpd;
      out.push({
        ...base,
        result: `About ${bpdText(bpd)}${denominator && !/consumption/i.test(denominator) ? ` if the ${denominator.replace(/^Israel's /, "")} it is a share of equalled consumption` : ""}.`,
        computed: {
          value: bpd,
          unit: "b/d",
          formula: `${formatNumber(central)}%${centralNote} × ${country}'s oil consumption ${consumptionText}${weighting}`,
          consumption: c.used,
        },
      });
      continue;
    }
    const unit = UNITS[shown.unit ?? ""];
    if (!unit) {
      out.push({
        ...base,
        result: `Not computed: the unit "${shown.unit}" is not a volume of oil.`,
      });
      continue;
    }
    if (!unit.rate && period.instant) {
      out.push({
        ...base,
        result: "Not computed: an amount at an instant cannot be spread over days.",
      });
      continue;
    }
    const n = [...days.values()].reduce((a, b) => a + b, 0);
    const steps: string[] = [];
    let bpd: number;
    if (unit.rate) bpd = central * unit.rate;
    else if (unit.barrels) {
      bpd = (central * unit.barrels) / n;
      steps.push(`${formatNumber(central * unit.barrels)} barrels ÷ ${n} days`);
    } else {
      bpd = (central * unit.tonnes! * tonnesToBarrels.value) / n;
      steps.push(
        `${formatNumber(central * unit.tonnes!)} tonnes × ${tonnesToBarrels.value} barrels per tonne (crude, ${tonnesToBarrels.vintage}, ${tonnesToBarrels.location}) ÷ ${n} days`,
      );
    }
    const share = (bpd / c.bpd) * 100;
    out.push({
      ...base,
      result: `${formatNumber(share, 1)}% of ${country}'s oil consumption${unit.rate ? "" : ` (about ${bpdText(bpd)})`}.`,
      computed: {
        value: share,
        unit: "%",
        formula: `${steps.length ? `${steps.join("")} = ${bpdText(bpd)}; ` : ""}${bpdText(bpd)}${centralNote} ÷ ${country}'s oil consumption ${consumptionText}${weighting} × 100`,
        consumption: c.used,
        ...(unit.rate ? {} : { factor: tonnesToBarrels }),
      },
    });
  }
  return out;
}

function periodText(roles: ColumnRoles, row: DataRow): string {
  const label = textCell(row, roles.period?.label);
  if (label) return label;
  const start = textCell(row, roles.period?.start);
  const end = textCell(row, roles.period?.end);
  if (!start) return "undated";
  return end && end !== start
    ? `${formatPartialDate(start)} – ${formatPartialDate(end)}`
    : formatPartialDate(start);
}

export interface RegionalBound {
  year: number;
  /** The regional flow as the share of the country's consumption it would be if it all went there. */
  percent: number;
  bpd: number;
  flow: UsedFigure;
  consumption: UsedFigure;
  factor: Factor;
  formula: string;
}

/**
 * A regional flow (million tonnes a year, e.g. "Other CIS → Middle East" crude) as barrels per
 * day and as a share of the country's consumption, per year, each from the same edition. An
 * upper bound for any bilateral flow inside it, never the flow itself.
 */
export function regionalBounds(
  trade: Dataset,
  where: Where,
  consumption: Consumption,
  factors: Dataset,
  perDayToPerYear: Where,
  country: string,
): RegionalBound[] {
  const { roles } = trade;
  const bounds: RegionalBound[] = [];
  for (const row of trade.rows) {
    if (!matchesWhere(row, where) || !roles.value || !roles.period) continue;
    const shown = rowValue(roles.value, row);
    const year = row[roles.period.start];
    const unit = UNITS[shown?.unit ?? ""];
    // Flow, consumption and factor from the same edition wherever it has them.
    const vintage = textCell(row, roles.vintage);
    const c = typeof year === "number" ? consumptionIn(consumption, year, vintage) : undefined;
    const factor = factorOf(factors, perDayToPerYear, vintage);
    if (!shown || typeof year !== "number" || !unit?.tonnes || !c || !factor) continue;
    const tonnes = shown.value * unit.tonnes;
    const bpd = tonnes / factor.value;
    const percent = (bpd / c.bpd) * 100;
    const flow: UsedFigure = {
      text: `${formatNumber(shown.value, 2)} million tonnes in ${year}`,
      rowId: String(row[roles.id]),
      slug: trade.slug,
      vintage: vintage ?? "",
      location: locationText(roles, row) ?? "",
    };
    bounds.push({
      year,
      percent,
      bpd,
      flow,
      consumption: c,
      factor,
      formula: `${formatNumber(tonnes, 0)} tonnes a year ÷ ${factor.value} (tonnes a year per barrel a day, crude, ${factor.vintage}, ${factor.location}) = ${bpdText(bpd)}; ÷ ${country}'s oil consumption ${c.text} (${c.vintage}, ${c.location}) × 100 = ${formatNumber(percent, 1)}%`,
    });
  }
  return bounds.sort((a, b) => a.year - b.year);
}
