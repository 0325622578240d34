/**
 * One basis for a bilateral oil flow: every estimate of a supplier's crude to a country, put
 * where a defensible conversion exists into thousand barrels a day over the period its source
 * states, and that into a share of the country's oil consumption in the same years. Each
 * converted value carries its formula and the rows it used (with their vintages); every other
 * estimate carries the reason it is not converted. Nothing is interpolated, nothing averaged
 * across sources: a figure keeps its own period, and a group of suppliers stays a group.
 */
import type { Catalog, Dataset } from "../data/catalog";
import { fullDate } from "../data/cell-parsers";
import { once } from "../data/memo";
import {
  formatNumber,
  formatPartialDate,
  rowValue,
  withoutFloatNoise,
  type ShownValue,
} from "../data/format";
import { locationText, textCell } from "../data/roles";
import type { OilQuestionSpec } from "../data/question-schema";
import type { DataRow, Source } from "../data/schema";
import { matchesWhere } from "../data/where";
import { independentEstimates } from "../evidence/lineage";
import { isShareRow, quantityOf } from "../evidence/quantities";
import { periodKindOf } from "../evidence/periods";

/** A published figure a computation used: the row, as it reads, and its vintage. */
export interface Input {
  slug: string;
  rowId: string;
  role: "estimate" | "total" | "consumption" | "factor";
  text: string;
  /** An edition ("2024 edition") or, for a press figure, its publication date. */
  vintage: string;
  /** Sheet and cell in the publisher's file, for imported figures. */
  location?: string;
}

/** A computed value: as a number (low end of a stated range), its high end, and how it was made. */
export interface Computed {
  value: number;
  high?: number;
  /** The estimate's own hedge, carried over ("about", "over"). */
  qualifier?: string;
  formula: string;
  inputs: Input[];
}

/** Units of volume the estimates use: a rate, or an amount over a period. */
const RATES: Record<string, number> = { "b/d": 1e-3, "thousand b/d": 1 };
const TONNES: Record<string, number> = {
  tonnes: 1,
  "thousand tonnes": 1e3,
  "million tonnes": 1e6,
  Mt: 1e6,
};
const BARRELS: Record<string, number> = { barrels: 1, "million barrels": 1e6 };

export interface BasisRow {
  /** The estimates dataset and the row's id in it. */
  slug: string;
  rowId: string;
  /** The supplier as the row names it: the subject, or one of the question's groups. */
  series: string;
  group: boolean;
  /** An official record (customs), drawn as the reference series. */
  official: boolean;
  /** The row whose measurement this one repeats (it is listed, converted and counted with it). */
  repeats?: string;
  stated: ShownValue;
  /** What the figure is of: its denominator or its measure. */
  quantity: string;
  period: string;
  /** The stated period as full dates, when the source gives both ends. */
  from?: string;
  to?: string;
  source: string;
  estimator?: string;
  /** Thousand barrels a day, over the stated period. */
  kbd?: Computed;
  reason?: string;
  /** Per cent of the country's oil consumption in the same years. */
  share?: Computed;
  shareReason?: string;
  /** The calendar years the stated period touches (empty when it is not stated). */
  years: number[];
}

export interface OilBasis {
  spec: OilQuestionSpec;
  dataset: Dataset;
  rows: BasisRow[];
  /** The country's consumption per year, latest edition (thousand b/d). */
  consumption: Map<number, ConsumptionFigure>;
  factor?: FactorFigure;
  /** The first and last years with published consumption. */
  consumptionYears?: [number, number];
}

interface ConsumptionFigure {
  kbd: number;
  input: Input;
}

interface FactorFigure {
  value: number;
  input: Input;
}

/** Days of each calendar year from `from` to `to` (ISO days, both included). */
export function daysByYear(from: string, to: string): Map<number, number> {
  const days = new Map<number, number>();
  const day = 86_400_000;
  for (let t = Date.parse(from); t <= Date.parse(to); t += day) {
    const y = new Date(t).getUTCFullYear();
    days.set(y, (days.get(y) ?? 0) + 1);
  }
  return days;
}

/**
 * The period a row states, as the conversions need it: its days when both ends are stated,
 * else the year it lies in when that is certain, else why it cannot be placed.
 */
interface PeriodInfo {
  from?: string;
  to?: string;
  /** Days per calendar year (weights); present when the years are known. */
  byYear?: Map<number, number>;
  /** Total days, when both ends are stated. */
  days?: number;
  /** Why there are no days (for amounts) or no years (for anything). */
  why?: string;
}

function periodInfo(dataset: Dataset, row: DataRow, published: string | undefined): PeriodInfo {
  const { roles } = dataset;
  const kind = periodKindOf(roles, row);
  const start = textCell(row, roles.period?.start);
  const end = textCell(row, roles.period?.end);
  const closed = (a: string, b: string): PeriodInfo => {
    const from = fullDate(a, false)!.date;
    const to = fullDate(b, true)!.date;
    const byYear = daysByYear(from, to);
    return { from, to, byYear, days: [...byYear.values()].reduce((x, y) => x + y, 0) };
  };
  if (kind === "undated" || !start) return { why: "its source states no period" };
  if (kind === "as-of")
    return { why: `it is stated at one date (${formatPartialDate(start)}), not over a period` };
  if (kind === "span") return closed(start, end ?? start);
  const year = Number(start.slice(0, 4));
  if (kind === "year-to-date") {
    if (end) return closed(`${year}`, end);
    return {
      byYear: new Map([[year, 1]]),
      why: `it runs from the start of ${year} "to date" without a stated end`,
    };
  }
  // "since": open-ended. Within one year only when the source was published that same year.
  const sameYear = published !== undefined && published.slice(0, 4) === start.slice(0, 4);
  return sameYear
    ? {
        byYear: new Map([[year, 1]]),
        why: `it runs from ${formatPartialDate(start)} with no stated end`,
      }
    : { why: `it runs from ${formatPartialDate(start)} with no stated end` };
}

/** The period an estimate states, read identically for the estimate and a total beside it. */
function samePeriod(dataset: Dataset, a: DataRow, b: DataRow): boolean {
  const { roles } = dataset;
  const keys = [roles.periodKind, roles.period?.start, roles.period?.end];
  return keys.every((k) => textCell(a, k) === textCell(b, k));
}

/** Weighted consumption over some years (weights: days), or the first year without a figure. */
function consumptionOver(
  consumption: Map<number, ConsumptionFigure>,
  byYear: Map<number, number>,
): { kbd: number; used: ConsumptionFigure[] } | { missing: number } {
  let weighted = 0;
  let total = 0;
  const used: ConsumptionFigure[] = [];
  for (const [year, w] of byYear) {
    const c = consumption.get(year);
    if (!c) return { missing: year };
    used.push(c);
    weighted += c.kbd * w;
    total += w;
  }
  return { kbd: weighted / total, used };
}

function scaled(v: ShownValue, f: (n: number) => number) {
  return {
    value: f(v.value),
    ...(v.high !== undefined ? { high: f(v.high) } : {}),
    ...(v.qualifier ? { qualifier: v.qualifier } : {}),
  };
}

/** "about 49.3 thousand b/d", "40.2–42.4%": a computed value as the pages show it. */
export function computedText(
  c: Pick<Computed, "value" | "high" | "qualifier">,
  unit: "kbd" | "pct",
): string {
  const f = (n: number) => formatNumber(n, 1);
  const range = c.high !== undefined ? `${f(c.value)}–${f(c.high)}` : f(c.value);
  const u = unit === "kbd" ? " thousand b/d" : "%";
  return `${c.qualifier ? `${c.qualifier} ` : ""}${range}${u}`;
}

/** Everything the question's conversions read, resolved once. */
export function oilBasis(catalog: Catalog, spec: OilQuestionSpec): OilBasis {
  return once(catalog, `oil-basis:${spec.slug}`, () => buildOilBasis(catalog, spec));
}

function buildOilBasis(catalog: Catalog, spec: OilQuestionSpec): OilBasis {
  const bySlug = new Map(catalog.datasets.map((d) => [d.slug, d]));
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  // Validation made sure the named datasets exist.
  const dataset = bySlug.get(spec.estimates.dataset)!;
  const consumption = consumptionSeries(
    bySlug.get(spec.consumption.dataset)!,
    spec.consumption.where,
  );
  const factor = latestFactor(bySlug.get(spec.factor.dataset)!, spec.factor.where);
  const years = [...consumption.keys()].sort((a, b) => a - b);
  const basis: OilBasis = {
    spec,
    dataset,
    rows: [],
    consumption,
    ...(factor ? { factor } : {}),
    ...(years.length
      ? { consumptionYears: [years[0]!, years[years.length - 1]!] as [number, number] }
      : {}),
  };
  basis.rows = basisRows(basis, sources);
  return basis;
}

/** The country's consumption per year in the latest edition that gives it. */
function consumptionSeries(dataset: Dataset, where: OilQuestionSpec["consumption"]["where"]) {
  const { roles } = dataset;
  const byYear = new Map<number, ConsumptionFigure>();
  const rows = dataset.rows
    .filter((r) => matchesWhere(r, where))
    .sort((a, b) =>
      (textCell(b, roles.vintage) ?? "").localeCompare(textCell(a, roles.vintage) ?? ""),
    );
  for (const row of rows) {
    const shown = roles.value ? rowValue(roles.value, row) : undefined;
    const year = roles.period ? row[roles.period.start] : undefined;
    const scale = RATES[shown?.unit ?? ""];
    if (!shown || typeof year !== "number" || scale === undefined || byYear.has(year)) continue;
    byYear.set(year, {
      kbd: shown.value * scale,
      input: {
        slug: dataset.slug,
        rowId: String(row[roles.id]),
        role: "consumption",
        text: `${formatNumber(shown.value * scale, 1)} thousand b/d in ${year}`,
        vintage: textCell(row, roles.vintage) ?? "",
        ...(locationText(roles, row) ? { location: locationText(roles, row)! } : {}),
      },
    });
  }
  return byYear;
}

function latestFactor(dataset: Dataset, where: OilQuestionSpec["factor"]["where"]) {
  const { roles } = dataset;
  const row = dataset.rows
    .filter((r) => matchesWhere(r, where))
    .sort((a, b) =>
      (textCell(b, roles.vintage) ?? "").localeCompare(textCell(a, roles.vintage) ?? ""),
    )[0];
  const value = row && roles.value ? rowValue(roles.value, row)?.value : undefined;
  if (!row || value === undefined) return undefined;
  return {
    value,
    input: {
      slug: dataset.slug,
      rowId: String(row[roles.id]),
      role: "factor" as const,
      text: `${formatNumber(value)} barrels per tonne of crude`,
      vintage: textCell(row, roles.vintage) ?? "",
      ...(locationText(roles, row) ? { location: locationText(roles, row)! } : {}),
    },
  };
}

/** Which estimates repeat one measurement: the same original, and the same kind of figure. */
function family(dataset: Dataset, row: DataRow): string {
  const { roles } = dataset;
  if (isShareRow(roles, row)) return "share";
  const measure = textCell(row, roles.measure) ?? "";
  return /value|rank/.test(measure) ? measure : "volume";
}

function basisRows(basis: OilBasis, sources: ReadonlyMap<string, Source>): BasisRow[] {
  const { spec, dataset } = basis;
  const { roles } = dataset;
  const e = spec.estimates;
  const supplierOf = (r: DataRow) => textCell(r, e.supplier) ?? "";
  const inScope = dataset.rows.filter(
    (r) => supplierOf(r) === spec.subject || e.groups.includes(supplierOf(r)),
  );
  // One measurement reported by several outlets is listed once per outlet, led by the closest
  // report; a repeated figure is counted once however many wholes it was stated against.
  const repeats = new Map<DataRow, string>();
  const families = new Map<string, DataRow[]>();
  for (const r of inScope)
    families.set(family(dataset, r), [...(families.get(family(dataset, r)) ?? []), r]);
  for (const members of families.values())
    for (const g of independentEstimates(roles, members, dataset.rows))
      for (const r of g.rows) if (r !== g.lead) repeats.set(r, String(g.lead[roles.id]));
  const totals = dataset.rows.filter((r) => matchesWhere(r, e.totals));
  return inScope.map((row) => {
    const shown = rowValue(roles.value!, row)!;
    const ids = (row[roles.sources] as string[] | undefined) ?? [];
    const published = ids.map((id) => sources.get(id)?.published).find(Boolean);
    const period = periodInfo(dataset, row, published);
    const base: BasisRow = {
      slug: dataset.slug,
      rowId: String(row[roles.id]),
      series: supplierOf(row),
      group: supplierOf(row) !== spec.subject,
      official: matchesWhere(row, e.official),
      ...(repeats.has(row) ? { repeats: repeats.get(row)! } : {}),
      stated: shown,
      quantity: quantityOf(roles, row) ?? "",
      period: textCell(row, roles.period!.label) ?? "undated",
      ...(period.from ? { from: period.from, to: period.to! } : {}),
      source: ids.map((id) => sources.get(id)?.publisher ?? id).join("; "),
      ...(textCell(row, roles.estimator) ? { estimator: textCell(row, roles.estimator)! } : {}),
      years: period.byYear ? [...period.byYear.keys()] : [],
    };
    const estimate: Input = {
      slug: dataset.slug,
      rowId: base.rowId,
      role: "estimate",
      text: shown.fullText,
      vintage: published ? `published ${formatPartialDate(published)}` : "publication date unknown",
    };
    return { ...base, ...convert(basis, row, shown, period, estimate, totals) };
  });
}

type Conversion = Pick<BasisRow, "kbd" | "reason" | "share" | "shareReason">;

/** The conversion rules, in the order the question page lists them. */
function convert(
  basis: OilBasis,
  row: DataRow,
  shown: ShownValue,
  period: PeriodInfo,
  estimate: Input,
  totals: DataRow[],
): Conversion {
  const { spec, dataset } = basis;
  const { roles } = dataset;
  const e = spec.estimates;
  const denominator = textCell(row, roles.denominator);
  const measure = textCell(row, roles.measure);
  const unit = shown.unit ?? "";
  const country = spec.country;
  if (!isShareRow(roles, row)) {
    if (measure === "trade value")
      return { reason: "money is not converted to volume: prices differ from cargo to cargo" };
    if (measure === "rank among suppliers") return { reason: "a rank is not a quantity of oil" };
    if (!measure || !e.volumes.includes(measure))
      return {
        reason: `it measures ${measure ?? "something else"}, not crude reaching ${country}`,
      };
    if (!period.byYear) return { reason: `not converted: ${period.why}` };
    let kbd: Computed;
    if (RATES[unit] !== undefined) {
      const k = RATES[unit]!;
      kbd = {
        ...scaled(shown, (n) => n * k),
        formula:
          k === 1
            ? `${shown.text}, as stated`
            : `${shown.text} ÷ 1,000 = ${computedText(
                scaled(shown, (n) => n * k),
                "kbd",
              )}`,
        inputs: [estimate],
      };
    } else {
      const tonnes = TONNES[unit];
      const barrels = BARRELS[unit];
      if (tonnes === undefined && barrels === undefined)
        return { reason: `"${unit}" is not a volume the conversions know` };
      if (!period.days)
        return { reason: `an amount needs the days it was moved over, and ${period.why}` };
      if (tonnes !== undefined && !basis.factor)
        return { reason: "no tonnes-to-barrels factor in the data" };
      const days = period.days;
      const perBarrel = tonnes !== undefined ? tonnes * basis.factor!.value : barrels!;
      const result = scaled(shown, (n) => (n * perBarrel) / days / 1000);
      const amount = `${shown.text}`;
      const steps =
        tonnes !== undefined
          ? `${amount} = ${formatNumber(withoutFloatNoise(shown.value * tonnes))} tonnes × ${formatNumber(basis.factor!.value)} barrels per tonne (${basis.factor!.input.vintage}) ÷ ${days} days (${formatPartialDate(period.from!)} – ${formatPartialDate(period.to!)}) ÷ 1,000`
          : `${amount} = ${formatNumber(withoutFloatNoise(shown.value * barrels!))} barrels ÷ ${days} days ÷ 1,000`;
      kbd = {
        ...result,
        formula: `${steps} = ${computedText(result, "kbd")}`,
        inputs: [estimate, ...(tonnes !== undefined ? [basis.factor!.input] : [])],
      };
    }
    return { kbd, ...shareOfConsumption(basis, kbd, period) };
  }
  // Shares.
  if (denominator !== undefined && e.consumption.includes(denominator)) {
    if (!period.byYear)
      return {
        reason: `a share of ${country}'s consumption is converted for a stated year, and ${period.why}`,
      };
    const c = consumptionOver(basis.consumption, period.byYear);
    if ("missing" in c)
      return {
        reason: `no published consumption for ${c.missing} in the data${basis.consumptionYears ? ` (the latest edition ends in ${basis.consumptionYears[1]})` : ""}`,
      };
    const result = scaled(shown, (n) => (n / 100) * c.kbd);
    const consumptionText = c.used.map((u) => `${u.input.text} (${u.input.vintage})`).join(", ");
    return {
      kbd: {
        ...result,
        formula: `${shown.text} × ${country}'s oil consumption, ${consumptionText}${c.used.length > 1 ? ", weighted by the days of each year" : ""} = ${computedText(result, "kbd")}`,
        inputs: [estimate, ...c.used.map((u) => u.input)],
      },
      share: {
        ...scaled(shown, (n) => n),
        formula: `${shown.fullText}, as stated`,
        inputs: [estimate],
      },
    };
  }
  if (denominator !== undefined && e.crudeImports.includes(denominator)) {
    const total = totals.find((t) => samePeriod(dataset, t, row));
    if (!total)
      return {
        reason: `no total of ${country}'s crude imports for the same period (${textCell(row, roles.period!.label) ?? "undated"}) in the data`,
      };
    const t = rowValue(roles.value!, total)!;
    const k = RATES[t.unit ?? ""];
    if (k === undefined)
      return { reason: `the total of the same period is not a rate (${t.text})` };
    const result = scaled(shown, (n) => (n / 100) * t.value * k);
    const totalInput: Input = {
      slug: dataset.slug,
      rowId: String(total[roles.id]),
      role: "total",
      text: `${t.text} of crude imported by ${country}`,
      vintage: estimate.vintage,
    };
    const kbd: Computed = {
      ...result,
      formula: `${shown.text} × ${t.text} (${country}'s crude imports, same source and period) = ${computedText(result, "kbd")}`,
      inputs: [estimate, totalInput],
    };
    return { kbd, ...shareOfConsumption(basis, kbd, period) };
  }
  if (denominator !== undefined && /exports$/.test(denominator))
    return {
      reason: `a share of the supplier's own exports (${denominator}), whose total is not in the data`,
    };
  return {
    reason: `a share of ${denominator ?? "an unstated whole"}: the data hold no total of that whole to convert it with`,
  };
}

/** A volume as a share of the country's consumption in the years of its period. */
function shareOfConsumption(
  basis: OilBasis,
  kbd: Computed,
  period: PeriodInfo,
): Pick<BasisRow, "share" | "shareReason"> {
  if (!period.byYear) return { shareReason: period.why ?? "its years are not stated" };
  const c = consumptionOver(basis.consumption, period.byYear);
  if ("missing" in c)
    return {
      shareReason: `no published consumption for ${c.missing} in the data${basis.consumptionYears ? ` (the latest edition ends in ${basis.consumptionYears[1]})` : ""}`,
    };
  const result = {
    value: (kbd.value / c.kbd) * 100,
    ...(kbd.high !== undefined ? { high: (kbd.high / c.kbd) * 100 } : {}),
    ...(kbd.qualifier ? { qualifier: kbd.qualifier } : {}),
  };
  const consumptionText = c.used.map((u) => `${u.input.text} (${u.input.vintage})`).join(", ");
  return {
    share: {
      ...result,
      formula: `${computedText(kbd, "kbd")} ÷ ${basis.spec.country}'s oil consumption, ${consumptionText}${c.used.length > 1 ? ", weighted by the days of each year" : ""} × 100 = ${computedText(result, "pct")}`,
      inputs: [...kbd.inputs, ...c.used.map((u) => u.input)],
    },
  };
}
