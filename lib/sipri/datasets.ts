import { writeCsv, type CsvValue } from "../data/csv-write";
import { slug, uniqueIds } from "../data/row-ids";
import { formatPartialDate } from "../data/format";
import type { DatasetMeta, Source } from "../data/schema";
import { cmp, roundTiv, totalTransfers, type SipriRegister } from "./register";
import type { Role } from "./transfers";

/**
 * Turns a parsed SIPRI register into the dashboard's two arms datasets (CSV text + metadata)
 * and the source row they cite. Output is deterministic: sorted rows, exact decimals, no
 * timestamps, so the same export always gives byte-identical files.
 */

export interface FeaturedPair {
  /** Country name as SIPRI spells it, or `*` for any. */
  supplier: string;
  recipient: string;
}

export interface FeaturedCountry {
  country: string;
  role: Role;
}

export interface SipriImportOptions {
  /** Deal rows of these pairs go into arms-deliveries. */
  deliveries: FeaturedPair[];
  /** Countries whose imports or exports get charts on the arms-transfers page. */
  countries: FeaturedCountry[];
  /** When the export was obtained (defaults to its "Data generated" date). */
  accessed?: string;
  /** Extra words for the source's note, e.g. how an extract was cut. */
  sourceNote?: string;
}

export const DEFAULT_SIPRI_OPTIONS: SipriImportOptions = {
  deliveries: [{ supplier: "*", recipient: "Azerbaijan" }],
  countries: [
    { country: "Azerbaijan", role: "imports" },
    { country: "Israel", role: "exports" },
  ],
};

/** Parses `Israel>Azerbaijan` or `*>Azerbaijan`. */
export function parsePair(s: string): FeaturedPair | undefined {
  const m = /^\s*([^>]+?)\s*>\s*([^>]+?)\s*$/.exec(s);
  return m ? { supplier: m[1]!, recipient: m[2]! } : undefined;
}

export const SIPRI_SOURCE_PREFIX = "sipri-at-db-";

export function sipriSource(register: SipriRegister, opts: SipriImportOptions): Source {
  return {
    id: `${SIPRI_SOURCE_PREFIX}${register.vintage}`,
    title: `SIPRI Arms Transfers Database: trade register (data generated ${formatPartialDate(register.vintage)})`,
    publisher: "Stockholm International Peace Research Institute (SIPRI)",
    url: "https://www.sipri.org/databases/armstransfers",
    published: register.vintage,
    accessed: opts.accessed ?? register.vintage,
    kind: "dataset",
    note: [
      `Export selection as SIPRI states it: "${register.selection}".`,
      "Totals, shares and ranks on this site are computed from this export by Flowledger's importer.",
      opts.sourceNote,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

const TIV_UNIT = "TIV m";
const VINTAGE_NOTE = (v: string) =>
  `SIPRI revises past years at every release: these figures are from the export generated ${formatPartialDate(v)} and can differ from shares SIPRI published earlier.`;
const TIV_NOTE =
  "SIPRI trend-indicator values (TIV) measure the volume of transfers of major conventional arms, in millions. They are not money and must not be read as US dollars.";
const UNDELIVERED_NOTE =
  "The register lists deliveries only: an order with no delivery yet in the export's year range is absent, even when earlier orders of the same weapon were delivered.";

function transfersMeta(
  register: SipriRegister,
  opts: SipriImportOptions,
  sourceId: string,
): DatasetMeta {
  const vintage = formatPartialDate(register.vintage);
  const charts: DatasetMeta["charts"] = [];
  for (const { country, role } of opts.countries) {
    const imports = role === "imports";
    const partner = imports ? "supplier" : "recipient";
    const id = slug(`${country}-${role}`);
    charts.push({
      type: "stacked",
      id: `${id}-annual`,
      title: imports
        ? `Arms imports of ${country} by supplier, per year`
        : `Arms exports of ${country} by recipient, per year`,
      subtitle: `SIPRI trend-indicator values (TIV m) of deliveries, summed per year from the trade register (data generated ${vintage}). The largest partners are shown; the rest are summed as "all others".`,
      where: { [imports ? "recipient" : "supplier"]: [country] },
      x: "year",
      series: partner,
      value: "tiv_m",
      topSeries: 6,
      yLabel: "TIV m (volume of major arms, not money)",
    });
    charts.push({
      type: "window-shares",
      id: `${id}-windows`,
      title: imports
        ? `Suppliers' shares of ${country}'s arms imports, by five-year window (computed)`
        : `Recipients' shares of ${country}'s arms exports, by five-year window (computed)`,
      subtitle: `Computed by Flowledger: each partner's TIV over the window ÷ ${country}'s total TIV over the window × 100, from the trade register generated ${vintage}. Not a figure SIPRI published.`,
      country,
      role,
      windowYears: 5,
      topPartners: 6,
      yLabel: imports
        ? `% of ${country}'s arms imports (TIV)`
        : `% of ${country}'s arms exports (TIV)`,
    });
  }
  return {
    title: "Arms transfers by year, supplier and recipient (SIPRI)",
    order: 4,
    subtitle: `Summed SIPRI trend-indicator values (TIV m) of deliveries per year for every supplier–recipient pair in the imported trade register (data generated ${vintage})`,
    description: `Every supplier–recipient pair in the SIPRI trade register export, summed per delivery year, with the number of deal rows behind each total. The dashboard computes shares and ranks from these totals.`,
    units:
      "TIV m: SIPRI trend-indicator values in millions, a measure of the volume of major-arms transfers, not their price. Deal rows: register rows (one per deal per delivery year) summed into the total.",
    attribution: `SIPRI Arms Transfers Database, trade register, data generated ${vintage}; totals computed by Flowledger`,
    vintage: register.vintage,
    ...(opts.countries[0]
      ? {
          keyFigure: {
            type: "top-partner" as const,
            country: opts.countries[0].country,
            role: opts.countries[0].role,
            windowYears: 5,
            label:
              opts.countries[0].role === "imports"
                ? `largest supplier's share of ${opts.countries[0].country}'s arms imports`
                : `largest recipient's share of ${opts.countries[0].country}'s arms exports`,
          },
        }
      : {}),

    columns: [
      { key: "id", label: "Row ID", type: "id", display: { hidden: true } },
      { key: "year", label: "Year", type: "integer", min: 1950, display: { plain: true } },
      { key: "supplier", label: "Supplier", type: "text" },
      { key: "recipient", label: "Recipient", type: "text" },
      {
        key: "tiv_m",
        label: "TIV delivered",
        type: "number",
        unit: TIV_UNIT,
        min: 0,
        description: 'Sum of the register\'s "TIV delivery values" for the year and pair.',
      },
      {
        key: "deal_rows",
        label: "Deal rows",
        type: "integer",
        min: 1,
        description: "Number of register rows summed.",
      },
      { key: "source_ids", label: "Source", type: "sources" },
    ],
    roles: {
      value: "tiv_m",
      period: { start: "year" },
      from: "supplier",
      to: "recipient",
      labels: ["supplier", "recipient"],
    },
    uniqueBy: ["year", "supplier", "recipient"],
    charts,
    notes: [
      TIV_NOTE,
      VINTAGE_NOTE(register.vintage),
      UNDELIVERED_NOTE,
      `Computed shares use the same method as SIPRI: a partner's TIV over a window divided by the country's total TIV over the window. Source: ${sourceId}.`,
    ],
  };
}

/** Whether a deal between these two is one of the featured pairs (its rows go to arms-deliveries). */
export function matchesPair(supplier: string, recipient: string, pairs: FeaturedPair[]): boolean {
  return pairs.some(
    (p) =>
      (p.supplier === "*" || p.supplier === supplier) &&
      (p.recipient === "*" || p.recipient === recipient),
  );
}

function pairsLabel(pairs: FeaturedPair[]): string {
  return pairs
    .map((p) =>
      p.supplier === "*"
        ? `to ${p.recipient}`
        : p.recipient === "*"
          ? `from ${p.supplier}`
          : `${p.supplier} → ${p.recipient}`,
    )
    .join("; ");
}

function deliveriesMeta(register: SipriRegister, opts: SipriImportOptions): DatasetMeta {
  const vintage = formatPartialDate(register.vintage);
  const label = pairsLabel(opts.deliveries);
  return {
    title: `Major arms deliveries ${label}, deal by deal (SIPRI)`,
    order: 5,
    subtitle: `Each delivery year of each deal in SIPRI's trade register (data generated ${vintage}), with numbers delivered and TIV (m)`,
    description: `The deal rows behind the arms totals (${label}): weapon designation, category, numbers delivered and SIPRI trend-indicator value, with SIPRI's estimate flags.`,
    units:
      "Numbers delivered: units (aircraft, vehicles, missiles…) in that year. TIV m: SIPRI trend-indicator values in millions (volume, not money).",
    attribution: `SIPRI Arms Transfers Database, trade register, data generated ${vintage}`,
    vintage: register.vintage,
    columns: [
      { key: "id", label: "Row ID", type: "id", display: { hidden: true } },
      { key: "year", label: "Delivery year", type: "integer", min: 1950, display: { plain: true } },
      { key: "supplier", label: "Supplier", type: "text" },
      { key: "recipient", label: "Recipient", type: "text" },
      { key: "designation", label: "Designation", type: "text" },
      { key: "description", label: "Description", type: "text", optional: true },
      { key: "category", label: "Armament category", type: "text", optional: true },
      {
        key: "numbers_delivered",
        label: "Numbers delivered",
        type: "number",
        optional: true,
        min: 0,
      },
      {
        key: "tiv_m",
        label: "TIV delivered",
        type: "number",
        unit: TIV_UNIT,
        optional: true,
        min: 0,
      },
      {
        key: "order_year",
        label: "Order year",
        type: "integer",
        optional: true,
        min: 1900,
        display: { plain: true },
      },
      { key: "status", label: "Status", type: "text", optional: true },
      {
        key: "year_estimate",
        label: "Year is an estimate",
        type: "category",
        values: ["yes", "no"],
        display: { hidden: true },
      },
      {
        key: "numbers_estimate",
        label: "Numbers are an estimate",
        type: "category",
        values: ["yes", "no"],
        display: { hidden: true },
      },
      {
        key: "order_year_estimate",
        label: "Order year is an estimate",
        type: "category",
        values: ["yes", "no"],
        display: { hidden: true },
      },
      { key: "sipri_id", label: "SIPRI AT Database ID", type: "text", display: { hidden: true } },
      { key: "source_ids", label: "Source", type: "sources" },
    ],
    roles: {
      value: "tiv_m",
      period: { start: "year" },
      from: "supplier",
      to: "recipient",
      labels: ["supplier", "recipient", "designation"],
    },
    charts: [
      {
        type: "stacked",
        id: "deliveries-by-supplier",
        title: `Deliveries ${label} per year, by supplier (TIV m)`,
        subtitle: `Sum of the deal rows' TIV per delivery year (data generated ${vintage}).`,
        x: "year",
        series: "supplier",
        value: "tiv_m",
        topSeries: 6,
        yLabel: "TIV m (volume of major arms, not money)",
      },
    ],
    notes: [
      TIV_NOTE,
      VINTAGE_NOTE(register.vintage),
      UNDELIVERED_NOTE,
      "An empty TIV means SIPRI identified no deliveries' value for that row; a TIV of 0 means between 0 and 0.5 million.",
    ],
  };
}

export interface SipriDatasets {
  source: Source;
  /** File name → text: the two datasets' CSV and metadata. */
  files: Record<string, string>;
  counts: { registerRows: number; transferRows: number; deliveryRows: number };
}

const yn = (b: boolean) => (b ? "yes" : "no");

/** A CSV of `meta`'s columns, each row given as a record of cells. */
function csvOf(meta: DatasetMeta, rows: Record<string, CsvValue>[]): string {
  const keys = meta.columns.map((c) => c.key);
  return writeCsv(
    keys,
    rows.map((r) => keys.map((k) => r[k])),
  );
}

/** The files the importer writes (besides the source row in sources.csv). */
export function sipriDatasets(
  register: SipriRegister,
  opts: SipriImportOptions = DEFAULT_SIPRI_OPTIONS,
): SipriDatasets {
  const source = sipriSource(register, opts);
  const tMeta = transfersMeta(register, opts, source.id);
  const dMeta = deliveriesMeta(register, opts);

  const totals = totalTransfers(register.rows);
  const transferIds = uniqueIds(
    totals.map((t) => `${t.year}-${slug(t.supplier)}-${slug(t.recipient)}`),
  );
  const transfers = totals.map((t, i) => ({
    id: transferIds[i],
    year: t.year,
    supplier: t.supplier,
    recipient: t.recipient,
    tiv_m: t.tiv,
    deal_rows: t.dealRows,
    source_ids: source.id,
  }));

  const deals = register.rows
    .filter((r) => matchesPair(r.supplier, r.recipient, opts.deliveries))
    .sort(
      (a, b) =>
        a.year - b.year ||
        cmp(a.supplier, b.supplier) ||
        cmp(a.recipient, b.recipient) ||
        cmp(a.sipriId.padStart(12, "0"), b.sipriId.padStart(12, "0")) ||
        cmp(a.designation, b.designation) ||
        a.line - b.line,
    );
  // SIPRI's deal ids are numbers, already fit for an id.
  const dealIds = uniqueIds(
    deals.map((d) => `${/^\d+$/.test(d.sipriId) ? d.sipriId : slug(d.sipriId)}-${d.year}`),
  );
  const deliveries = deals.map((d, i) => ({
    id: dealIds[i],
    year: d.year,
    supplier: d.supplier,
    recipient: d.recipient,
    designation: d.designation || "(not named)",
    description: d.description || undefined,
    category: d.category || undefined,
    numbers_delivered: d.numbersDelivered,
    tiv_m: d.tiv === undefined ? undefined : roundTiv(d.tiv),
    order_year: d.orderYear,
    status: d.status || undefined,
    year_estimate: yn(d.yearEstimate),
    numbers_estimate: yn(d.numbersEstimate),
    order_year_estimate: yn(d.orderYearEstimate),
    sipri_id: d.sipriId,
    source_ids: source.id,
  }));

  return {
    source,
    files: {
      "arms-transfers.csv": csvOf(tMeta, transfers),
      "arms-transfers.meta.json": `${JSON.stringify(tMeta, null, 2)}\n`,
      "arms-deliveries.csv": csvOf(dMeta, deliveries),
      "arms-deliveries.meta.json": `${JSON.stringify(dMeta, null, 2)}\n`,
    },
    counts: {
      registerRows: register.rows.length,
      transferRows: transfers.length,
      deliveryRows: deliveries.length,
    },
  };
}
