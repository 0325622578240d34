/**
 * Country pages (/countries, /countries/<slug>): every party in SIPRI's register with its arms
 * imports and exports, its world share and rank per five-year window, its partners, and SIPRI's
 * published figures beside the recomputed ones where the data hold any. Every figure here is
 * computed by Flowledger from the transfers dataset and says so, with the data vintage.
 */
import "server-only";
import type { ChartData } from "../charts/kinds";
import { buildChart } from "../charts/registry";
import type { Catalog, Dataset } from "../data/catalog";
import { formatNumber, formatPartialDate } from "../data/format";
import { getCatalog } from "../catalog/load-data";
import type { Source } from "../data/schema";
import { compareArms, type ArmsComparison } from "../sipri/comparison";
import { partnerShares, transfersOf, windowLabel, windows } from "../sipri/shares";
import type { Role, Transfer, Window } from "../sipri/transfers";
import {
  directionOf,
  displayName,
  latestCompleteWindow,
  worldWindow,
  type PartyKind,
  type PartyPosition,
  type WorldWindow,
} from "../sipri/world";
import { cell, missingCell, type CellTable, type TableCell } from "../table/cells";
import { comparisonTable } from "./comparison-table";
import { rowsHref } from "../table/view-state";

const TRANSFERS = "arms-transfers";

/** Everything the country pages share: the transfers, every window's world table, the vintage. */
export interface ArmsWorld {
  transfers: Transfer[];
  dataset: Dataset;
  sources: ReadonlyMap<string, Source>;
  windows: WorldWindow[];
  latest: WorldWindow;
  vintage: string;
  /** "SIPRI Arms Transfers Database (data generated 12 Feb 2026)". */
  sourceName: string;
  years: [number, number];
}

const cache = new WeakMap<Catalog, ArmsWorld | undefined>();

/** The arms world of a catalog (computed once per catalog); undefined without a transfers dataset. */
export function armsWorld(catalog: Catalog): ArmsWorld | undefined {
  if (cache.has(catalog)) return cache.get(catalog);
  const dataset = catalog.datasets.find((d) => d.slug === TRANSFERS);
  let world: ArmsWorld | undefined;
  if (dataset) {
    const transfers = transfersOf(dataset);
    const sources = new Map(catalog.sources.map((s) => [s.id, s]));
    const years = transfers.map((t) => t.year);
    const first = Math.min(...years);
    const last = Math.max(...years);
    const all = windows(first + 4, last).map((w) => worldWindow(transfers, w));
    const latest = latestCompleteWindow(transfers);
    const vintage = dataset.meta.vintage ?? "";
    world = {
      transfers,
      dataset,
      sources,
      windows: all,
      latest: all.find((w) => w.window.to === latest.to)!,
      vintage,
      sourceName:
        dataset.citedSourceIds.map((id) => sources.get(id)?.title).find(Boolean) ??
        `SIPRI Arms Transfers Database (data generated ${formatPartialDate(vintage)})`,
      years: [first, last],
    };
  }
  cache.set(catalog, world);
  return world;
}

function rankText(rank: number | undefined, of: number, kind: PartyKind): TableCell {
  if (rank !== undefined) return cell(`#${rank} of ${of}`, rank);
  return missingCell(kind === "state" ? "–" : "unranked");
}

function tivCell(tiv: number): TableCell {
  return tiv > 0 ? cell(formatNumber(tiv, 0), tiv) : missingCell("0");
}

function shareCell(share: number | undefined, tiv: number): TableCell {
  return share !== undefined && tiv > 0
    ? cell(`${formatNumber(share, 1)}%`, share)
    : missingCell("–");
}

/** Every party for the latest complete window: the /countries table (and its download). */
export function countriesTable(world: ArmsWorld): CellTable {
  const { latest } = world;
  return {
    columns: [
      { id: "name", label: "Supplier or recipient" },
      { id: "kind", label: "Kind" },
      { id: "imports", label: `Imports ${windowLabel(latest.window)} (TIV m)`, numeric: true },
      {
        id: "importRank",
        label: "World rank, imports",
        numeric: true,
        description: "Among states, largest first (computed).",
      },
      {
        id: "importShare",
        label: "Share of world imports",
        numeric: true,
        description: "TIV over the window ÷ the world's total × 100 (computed).",
      },
      { id: "exports", label: `Exports ${windowLabel(latest.window)} (TIV m)`, numeric: true },
      {
        id: "exportRank",
        label: "World rank, exports",
        numeric: true,
        description: "Among states, largest first (computed).",
      },
      {
        id: "exportShare",
        label: "Share of world exports",
        numeric: true,
        description: "TIV over the window ÷ the world's total × 100 (computed).",
      },
    ],
    rows: latest.parties.map((p) => ({
      key: p.slug,
      cells: {
        name: cell(displayName(p.name), displayName(p.name), `/countries/${p.slug}`),
        kind: cell(p.kind),
        imports: tivCell(p.imports.tiv),
        importRank: rankText(p.imports.rank, latest.ranked.imports, p.kind),
        importShare: shareCell(p.imports.share, p.imports.tiv),
        exports: tivCell(p.exports.tiv),
        exportRank: rankText(p.exports.rank, latest.ranked.exports, p.kind),
        exportShare: shareCell(p.exports.share, p.exports.tiv),
      },
    })),
  };
}

/** The conventions every world figure follows, said once on each page. */
export function worldConventions(world: ArmsWorld): string[] {
  return [
    `Computed by Flowledger from SIPRI's trade register (${world.sourceName}): a party's TIV over a window is the sum of SIPRI's yearly TIV; its share is that sum ÷ the world's total TIV over the window × 100; its rank is its place among states by that sum (equal sums share a rank).`,
    "World totals include every row: unknown suppliers or recipients, non-state actors (SIPRI marks them *) and organisations such as NATO or the United Nations (**), as SIPRI's totals do. Only states are ranked, as in SIPRI's published rankings; the others are listed, marked and unranked.",
    "TIV (trend-indicator value) measures the volume of major arms transferred, not their price: never read it as money.",
  ];
}

export interface DirectionView {
  role: Role;
  /** Charts of the direction, or why there are none. */
  charts: ChartData[];
  none?: string;
  /** Partners in the latest window and over all years. */
  partners: CellTable;
  /** Partners beyond the table's length (listed in the download). */
  more: number;
}

export interface CountryPage {
  name: string;
  title: string;
  slug: string;
  kind: PartyKind;
  summary: string;
  latest: Window;
  sourceLine: string;
  conventions: string[];
  directions: DirectionView[];
  positions: CellTable;
  comparison?: { table: CellTable; vintage?: string; publishedSlug: string };
  /** Links to the flows and the rows behind the figures. */
  links: { text: string; href: string }[];
}

/** Partners shown on the page; the rest are in the download and on the dataset page. */
const PARTNERS_SHOWN = 25;

function partnersTable(
  world: ArmsWorld,
  name: string,
  role: Role,
  limit = PARTNERS_SHOWN,
): { table: CellTable; total: number } {
  const latest = partnerShares(world.transfers, name, role, world.latest.window);
  const all = partnerShares(world.transfers, name, role, {
    from: world.years[0],
    to: world.years[1],
  });
  const side = role === "imports" ? "supplier" : "recipient";
  const self = role === "imports" ? "recipient" : "supplier";
  const inLatest = new Map(latest.partners.map((p) => [p.partner, p]));
  const rows = all.partners.map((p) => {
    const l = inLatest.get(p.partner);
    return {
      key: `${role}-${p.partner}`,
      cells: {
        partner: cell(displayName(p.partner), displayName(p.partner)),
        latest: l ? cell(formatNumber(l.tiv, 0), l.tiv) : missingCell("0"),
        latestShare:
          l?.share !== undefined ? cell(`${formatNumber(l.share, 1)}%`, l.share) : missingCell("–"),
        all: cell(
          formatNumber(p.tiv, 0),
          p.tiv,
          rowsHref(
            world.dataset.slug,
            { [self]: name, [side]: p.partner },
            { from: world.years[0], to: world.years[1] },
          ),
        ),
        allShare:
          p.share !== undefined ? cell(`${formatNumber(p.share, 1)}%`, p.share) : missingCell("–"),
      },
    };
  });
  const span = `${world.years[0]}–${world.years[1]}`;
  const w = windowLabel(world.latest.window);
  return {
    total: rows.length,
    table: {
      columns: [
        { id: "partner", label: role === "imports" ? "Supplier" : "Recipient" },
        { id: "latest", label: `${w} (TIV m)`, numeric: true },
        {
          id: "latestShare",
          label: `Share, ${w}`,
          numeric: true,
          description: `Of ${displayName(name)}'s ${role} in ${w} (computed).`,
        },
        { id: "all", label: `${span} (TIV m)`, numeric: true },
        {
          id: "allShare",
          label: `Share, ${span}`,
          numeric: true,
          description: `Of ${displayName(name)}'s ${role} over ${span} (computed).`,
        },
      ],
      rows: rows.slice(0, limit),
    },
  };
}

function directionView(world: ArmsWorld, p: PartyPosition, role: Role): DirectionView {
  const name = p.name;
  const has = world.transfers.some((t) => (role === "imports" ? t.recipient : t.supplier) === name);
  const label = displayName(name);
  const span = `${world.years[0]}–${world.years[1]}`;
  const { table, total } = partnersTable(world, name, role);
  if (!has)
    return {
      role,
      charts: [],
      none: `SIPRI's register records no arms ${role} ${role === "imports" ? "to" : "from"} ${label} in ${span}.`,
      partners: table,
      more: 0,
    };
  const ctx = { dataset: world.dataset, sources: world.sources };
  const side = role === "imports" ? "supplier" : "recipient";
  const self = role === "imports" ? "recipient" : "supplier";
  const vintage = formatPartialDate(world.vintage);
  const charts = [
    buildChart(
      {
        type: "stacked",
        id: `${role}-annual`,
        title: `Arms ${role} of ${label} by ${side}, per year`,
        subtitle: `SIPRI trend-indicator values (TIV m) of deliveries, summed per year from the trade register (data generated ${vintage}). The largest partners are shown; the rest are summed as "all others".`,
        where: { [self]: [name] },
        x: "year",
        series: side,
        value: "tiv_m",
        topSeries: 6,
        yLabel: "TIV m (volume of major arms, not money)",
      },
      ctx,
    ),
    buildChart(
      {
        type: "window-shares",
        id: `${role}-windows`,
        title: `${side === "supplier" ? "Suppliers" : "Recipients"}' shares of ${label}'s arms ${role}, by five-year window (computed)`,
        subtitle: `Computed by Flowledger: each partner's TIV over the window ÷ ${label}'s total TIV over the window × 100, from the trade register generated ${vintage}. Not a figure SIPRI published.`,
        country: name,
        role,
        windowYears: 5,
        topPartners: 6,
        yLabel: `% of ${label}'s arms ${role} (TIV)`,
      },
      ctx,
    ),
  ];
  return { role, charts, partners: table, more: Math.max(0, total - PARTNERS_SHOWN) };
}

function positionsTable(world: ArmsWorld, name: string, kind: PartyKind): CellTable {
  return {
    columns: [
      { id: "window", label: "Window" },
      { id: "imports", label: "Imports (TIV m)", numeric: true },
      { id: "importShare", label: "Share of world imports", numeric: true },
      { id: "importRank", label: "Rank, imports", numeric: true },
      { id: "exports", label: "Exports (TIV m)", numeric: true },
      { id: "exportShare", label: "Share of world exports", numeric: true },
      { id: "exportRank", label: "Rank, exports", numeric: true },
    ],
    rows: [...world.windows].reverse().map((w) => {
      const p = w.parties.find((x) => x.name === name);
      const imp = p?.imports ?? { tiv: 0 };
      const exp = p?.exports ?? { tiv: 0 };
      return {
        key: windowLabel(w.window),
        cells: {
          window: cell(windowLabel(w.window), w.window.to),
          imports: tivCell(imp.tiv),
          importShare: shareCell(imp.share, imp.tiv),
          importRank: rankText(imp.rank, w.ranked.imports, kind),
          exports: tivCell(exp.tiv),
          exportShare: shareCell(exp.share, exp.tiv),
          exportRank: rankText(exp.rank, w.ranked.exports, kind),
        },
      };
    }),
  };
}

/** SIPRI's published figures on this party beside the recomputed ones, where the data hold any. */
function comparisonFor(
  catalog: Catalog,
  world: ArmsWorld,
  name: string,
): CountryPage["comparison"] {
  for (const owner of catalog.datasets)
    for (const spec of owner.meta.sections ?? []) {
      if (spec.type !== "published-vs-recomputed" || spec.transfers !== world.dataset.slug)
        continue;
      const comparison: ArmsComparison = compareArms(owner, world.dataset, catalog, spec);
      const rows = comparison.rows.filter(
        (r) => r.key.startsWith(`${name}|`) && r.published.length > 0,
      );
      if (rows.length === 0) continue;
      return {
        table: comparisonTable({ ...comparison, rows }, owner.slug, world.sources),
        ...(comparison.vintage ? { vintage: comparison.vintage } : {}),
        publishedSlug: owner.slug,
      };
    }
  return undefined;
}

function summaryOf(world: ArmsWorld, p: PartyPosition): string {
  const w = windowLabel(world.latest.window);
  const label = displayName(p.name);
  const part = (role: Role) => {
    const d = directionOf(p, role);
    if (d.tiv === 0) return `no arms ${role} recorded`;
    return `${role} of ${formatNumber(d.tiv, 0)} million TIV (${formatNumber(d.share ?? 0, 1)}% of the world's${d.rank !== undefined ? `, #${d.rank} of ${world.latest.ranked[role]} states` : ", unranked"})`;
  };
  return `${label} in ${w}: ${part("imports")}; ${part("exports")}. Computed from SIPRI's register.`;
}

/** The page of one party, by slug; undefined for an unknown slug. */
export function countryPage(catalog: Catalog, slug: string): CountryPage | undefined {
  const world = armsWorld(catalog);
  const p = world?.latest.parties.find((x) => x.slug === slug);
  if (!world || !p) return undefined;
  const label = displayName(p.name);
  const featured = ["Azerbaijan", "Israel"].includes(p.name);
  const comparison = comparisonFor(catalog, world, p.name);
  return {
    name: p.name,
    title: label,
    slug,
    kind: p.kind,
    summary: summaryOf(world, p),
    latest: world.latest.window,
    sourceLine: `Source: ${world.sourceName}. Computed by Flowledger.`,
    conventions: worldConventions(world),
    directions: [directionView(world, p, "imports"), directionView(world, p, "exports")],
    positions: positionsTable(world, p.name, p.kind),
    ...(comparison ? { comparison } : {}),
    links: [
      {
        text: `Every yearly SIPRI row with ${label} as recipient`,
        href: rowsHref(world.dataset.slug, { recipient: p.name }),
      },
      {
        text: `Every yearly SIPRI row with ${label} as supplier`,
        href: rowsHref(world.dataset.slug, { supplier: p.name }),
      },
      ...(featured ? [{ text: "The energy-for-arms flows", href: "/flows" }] : []),
    ],
  };
}

/** Every party's slug, for prerendering. */
export async function countrySlugs(): Promise<{ slug: string }[]> {
  const world = armsWorld(await getCatalog());
  return world ? world.latest.parties.map((p) => ({ slug: p.slug })) : [];
}

export async function getCountryPage(slug: string): Promise<CountryPage | undefined> {
  return countryPage(await getCatalog(), slug);
}

/** Every party's partners in full, as the download of a country page's partners table. */
export function partnersDownload(world: ArmsWorld, name: string): CellTable[] {
  return (["imports", "exports"] as const).map(
    (role) => partnersTable(world, name, role, Infinity).table,
  );
}
