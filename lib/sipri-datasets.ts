import { csvLines } from "./csv-write";
import { formatPartialDate } from "./format";
import type { DatasetMeta, Source } from "./schema";
import { cmp, fromMicro, type SipriRegister } from "./sipri-import";
import type { Role } from "./sipri-shares";

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

function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Ids from readable parts; a clash (two names with one slug) gets a numeric suffix. */
function uniqueIds(bases: string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((b) => {
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    return n === 1 ? b : `${b}-${n}`;
  });
}

const TIV_UNIT = "TIV m";
const VINTAGE_NOTE = (v: string) =>
  `SIPRI revises past years at every release: these figures are from the export generated ${formatPartialDate(v)} and can differ from shares SIPRI published earlier.`;
const TIV_NOTE =
  "SIPRI trend-indicator values (TIV) measure the volume of transfers of major conventional arms, in millions. They are not money and must not be read as US dollars.";
const UNDELIVERED_NOTE =
  "The register lists deliveries only: arms ordered but not yet delivered in the export's year range (for example Azerbaijan's Barak MX, bought in 2023) are absent.";

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
      { key: "year", label: "Year", type: "integer", min: 1950 },
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
      { key: "year", label: "Delivery year", type: "integer", min: 1950 },
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
      { key: "order_year", label: "Order year", type: "integer", optional: true, min: 1900 },
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
  files: Record<string, string>;
  counts: { registerRows: number; transferRows: number; deliveryRows: number };
}

const yn = (b: boolean) => (b ? "yes" : "no");

const TRANSFER_CSV_COLUMNS = "id,year,supplier,recipient,tiv_m,deal_rows,source_ids";
const DELIVERY_CSV_COLUMNS =
  "id,year,supplier,recipient,designation,description,category,numbers_delivered,tiv_m,order_year,status,year_estimate,numbers_estimate,order_year_estimate,sipri_id,source_ids";

function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = f(s)));
    return v;
  };
}

/** The files the importer writes (besides the source row in sources.csv). */
export function sipriDatasets(
  register: SipriRegister,
  opts: SipriImportOptions = DEFAULT_SIPRI_OPTIONS,
): SipriDatasets {
  const source = sipriSource(register, opts);
  const slugOf = memo(slug);
  const tMeta = transfersMeta(register, opts, source.id);
  const dMeta = deliveriesMeta(register, opts);

  // Rows are written as arrays in the metadata's column order (checked below), straight to CSV.
  const transferIds = uniqueIds(
    register.totals.map((t) => `${t.year}-${slugOf(t.supplier)}-${slugOf(t.recipient)}`),
  );
  const transferRows = register.totals.map((t, i) => [
    transferIds[i],
    t.year,
    t.supplier,
    t.recipient,
    fromMicro(t.tivMicro),
    t.dealRows,
    source.id,
  ]);

  const deals = register.rows
    .filter((r) => matchesPair(r.supplier, r.recipient, opts.deliveries))
    .map((r) => ({ r, idKey: r.sipriId.padStart(12, "0") }))
    .sort(
      (a, b) =>
        a.r.year - b.r.year ||
        cmp(a.r.supplier, b.r.supplier) ||
        cmp(a.r.recipient, b.r.recipient) ||
        cmp(a.idKey, b.idKey) ||
        cmp(a.r.designation, b.r.designation) ||
        a.r.line - b.r.line,
    )
    .map((x) => x.r);
  // SIPRI's deal ids are numbers, already fit for an id.
  const dealIds = uniqueIds(
    deals.map((d) => `${/^\d+$/.test(d.sipriId) ? d.sipriId : slugOf(d.sipriId)}-${d.year}`),
  );
  const deliveryRows = deals.map((d, i) => [
    dealIds[i],
    d.year,
    d.supplier,
    d.recipient,
    d.designation || "(not named)",
    d.description || undefined,
    d.category || undefined,
    d.numbersDelivered,
    d.tivMissing ? undefined : fromMicro(d.tivMicro),
    d.orderYear,
    d.status || undefined,
    yn(d.yearEstimate),
    yn(d.numbersEstimate),
    yn(d.orderYearEstimate),
    d.sipriId,
    source.id,
  ]);
  const columns = (meta: DatasetMeta, expected: string) => {
    const keys = meta.columns.map((c) => c.key);
    if (keys.join(",") !== expected) throw new Error(`column order changed: ${keys.join(",")}`);
    return keys;
  };

  return {
    source,
    files: {
      "arms-transfers.csv": csvLines(columns(tMeta, TRANSFER_CSV_COLUMNS), transferRows),
      "arms-transfers.meta.json": `${JSON.stringify(tMeta, null, 2)}\n`,
      "arms-deliveries.csv": csvLines(columns(dMeta, DELIVERY_CSV_COLUMNS), deliveryRows),
      "arms-deliveries.meta.json": `${JSON.stringify(dMeta, null, 2)}\n`,
    },
    counts: {
      registerRows: register.rowCount,
      transferRows: transferRows.length,
      deliveryRows: deliveryRows.length,
    },
  };
}
