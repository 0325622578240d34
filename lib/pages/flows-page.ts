/**
 * The flows page's view model: the corridor map, the Sankeys (one unit each) and the crude link
 * to Israel with its estimates, for the reader's choices; and every drawn link as one table row,
 * which is also what "download these flows" gives.
 */
import "server-only";
import { countriesOf, naturalEarthName, type MapData } from "../charts/map/model";
import { WORLD } from "../charts/map/world";
import type { SankeyData } from "../charts/sankey/model";
import { disagreements } from "../charts/estimates/disagreements";
import type { Catalog, Dataset } from "../data/catalog";
import { formatPartialDate } from "../data/format";
import { getCatalog } from "../catalog/load-data";
import { transfersOf, windows } from "../sipri/shares";
import { armsSankey, type ArmsFlowSpec, type ArmsSource } from "../flows/arms";
import { corridorMap } from "../flows/corridor";
import { crudeSankey, crudeYears, type CrudeFlowSpec } from "../flows/crude";
import { meetsYears, oilLink, type OilLink } from "../flows/oil-link";
import { oilAnswerFor } from "./question-page";
import { once } from "../data/memo";
import type { FlowRow } from "../flows/export";
import {
  flowsQuery,
  parseFlowsChoices,
  type FigureId,
  type FlowsChoices,
  type FlowsOptions,
} from "../flows/view";

/** The datasets the flows are drawn from. */
const SLUGS = {
  transfers: "arms-transfers",
  oil: "israel-oil-imports",
  investment: "azerbaijan-israel-investment",
  eu: "eu-crude-imports",
  ei: "crude-trade-between-regions",
  places: "corridor-places",
} as const;

/** The arms Sankeys, each a country's flows in one direction. */
const ARMS_FLOWS: (ArmsFlowSpec & { id: FigureId })[] = [
  { id: "arms-to-azerbaijan", country: "Azerbaijan", role: "imports" },
  { id: "arms-from-israel", country: "Israel", role: "exports" },
];

const OIL_VIEWS = [
  { id: "azerbaijan-oil-share", label: "Azerbaijan → Israel (crude)" },
  { id: "azerbaijan-kazakhstan-oil-share", label: "Azerbaijan + Kazakhstan → Israel (crude)" },
] as const;

const EU_SPEC: CrudeFlowSpec = {
  id: "eu-crude",
  title: "Azerbaijan's crude to EU countries",
  from: "Azerbaijan",
  unit: "thousand barrels",
  yearColumn: "year",
  withheldColumn: "confidential",
  digits: 0,
  basis: (n) => `Sum of ${n} monthly rows (all grades) of the register`,
  subtitle:
    "Imports by each EU country of crude from Azerbaijan, as reported to the European Commission.",
};

function eiSpec(region: string): CrudeFlowSpec {
  return {
    id: "ei-crude",
    title: `Crude from ${region} to other regions`,
    from: region,
    unit: "million tonnes",
    yearColumn: "year",
    where: { kind: "crude" },
    digits: 1,
    basis: () => "The review's inter-area crude movement, as published",
    subtitle: `Crude oil movements between regions in the Energy Institute's Statistical Review. Movements within ${region} are excluded.`,
  };
}

export interface FlowsPage {
  choices: FlowsChoices;
  options: FlowsOptions;
  /** The choices as a query string (defaults left out). */
  query: string;
  map?: MapData;
  sankeys: SankeyData[];
  oilLinks: OilLink[];
  /** The oil question's answer for the chosen years, beside the tanker arrow's estimates. */
  oilAnswer?: ReturnType<typeof oilAnswerFor>;
  rows: FlowRow[];
}

function bySlug(catalog: Catalog, slug: string): Dataset {
  const d = catalog.datasets.find((x) => x.slug === slug);
  if (!d) throw new Error(`flows: the dataset "${slug}" is missing from data/`);
  return d;
}

function armsSource(catalog: Catalog, dataset: Dataset): ArmsSource {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const ids = dataset.citedSourceIds;
  const vintage = dataset.meta.vintage;
  return {
    slug: dataset.slug,
    name:
      ids.map((id) => sources.get(id)?.title).find(Boolean) ??
      `SIPRI Arms Transfers Database${vintage ? ` (data generated ${formatPartialDate(vintage)})` : ""}`,
    ids,
  };
}

/** The years an oil estimate can be chosen for: every year some independent estimate covers. */
function oilYears(links: OilLink[]): number[] {
  const years = new Set<number>();
  for (const l of links)
    for (const g of l.groups)
      for (const p of g.estimates)
        for (let y = 2000; y <= 2030; y++) if (meetsYears(p, { from: y, to: y })) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** The datasets the flows need that the data folder lacks (another data folder, a fixture). */
export function missingFlowData(catalog: Catalog): string[] {
  return Object.values(SLUGS).filter((slug) => !catalog.datasets.some((d) => d.slug === slug));
}

/** What every view of the flows starts from, worked out once per data version. */
function flowsBase(catalog: Catalog) {
  return once(catalog, "flows-base", () => {
    const transfersSet = bySlug(catalog, SLUGS.transfers);
    const transfers = transfersOf(transfersSet);
    const oilSet = bySlug(catalog, SLUGS.oil);
    const eu = bySlug(catalog, SLUGS.eu);
    const ei = bySlug(catalog, SLUGS.ei);
    const investment = bySlug(catalog, SLUGS.investment);
    const views = (oilSet.meta.sections ?? []).flatMap((s) =>
      s.type === "disagreements" ? s.views : [],
    );
    const oilViews = disagreements(
      catalog,
      oilSet,
      views.filter((v) => OIL_VIEWS.some((o) => o.id === v.id)),
    );
    const linkFor = (years?: { from: number; to: number }) =>
      OIL_VIEWS.flatMap((o) => {
        const view = oilViews.find((v) => v.id === o.id);
        return view ? [oilLink(view, o.label, oilSet, years)] : [];
      });
    const years = [...new Set(transfers.map((t) => t.year))].sort((a, b) => a - b);
    const regions = [
      ...new Set(ei.rows.filter((r) => r.kind === "crude").map((r) => String(r[ei.roles.from!]))),
    ].sort((a, b) => a.localeCompare(b));
    const options: FlowsOptions = {
      windowEnds: windows(years[0]! + 4, years[years.length - 1]!).map((w) => w.to),
      oilYears: oilYears(linkFor()),
      euYears: crudeYears(eu, EU_SPEC),
      eiYears: crudeYears(ei, eiSpec("Other CIS")),
      regions,
      defaultRegion: regions.includes("Other CIS") ? "Other CIS" : regions[0]!,
    };
    return {
      transfersSet,
      transfers,
      oilSet,
      eu,
      ei,
      investment,
      linkFor,
      options,
      arms: armsSource(catalog, transfersSet),
      names: new Set(countriesOf(WORLD).features.map((f) => f.properties.name)),
      btcCapacity: investment.rows.find(
        (r) => r.measure === "pipeline capacity" && String(r.period_kind) === "since",
      ),
    };
  });
}

/**
 * One view of the flows. Each figure is computed once per data version and choice it depends on
 * (a window, a year, a region), so a new combination of choices costs only what is new in it.
 */
export function flowsPage(catalog: Catalog, params: URLSearchParams): FlowsPage {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const base = flowsBase(catalog);
  const { options } = base;
  const choices = parseFlowsChoices(params, options);
  const window = { from: choices.windowEnd - 4, to: choices.windowEnd };
  const oilKey = choices.oilYear ?? "all";
  const oilRange =
    choices.oilYear !== undefined ? { from: choices.oilYear, to: choices.oilYear } : undefined;
  const oilLinks = once(catalog, `flows-oil:${oilKey}`, () => base.linkFor(oilRange));
  const shown = (f: FigureId) => choices.show.includes(f);
  const map = shown("corridor")
    ? once(catalog, `flows-map:${choices.windowEnd}:${oilKey}`, () =>
        corridorMap({
          window,
          transfers: base.transfers,
          arms: base.arms,
          oil: oilLinks[0]!,
          oilYears: choices.oilYear !== undefined ? String(choices.oilYear) : "all years",
          investment: base.investment,
          places: bySlug(catalog, SLUGS.places),
          ...(base.btcCapacity ? { btcCapacity: base.btcCapacity } : {}),
          sources,
          placeable: (c) => base.names.has(naturalEarthName(c)),
        }),
      )
    : undefined;
  const sankeys: SankeyData[] = [];
  for (const spec of ARMS_FLOWS)
    if (shown(spec.id))
      sankeys.push(
        once(catalog, `flows-${spec.id}:${choices.windowEnd}`, () =>
          armsSankey(base.transfers, spec, window, base.arms),
        ),
      );
  if (shown("eu-crude"))
    sankeys.push(
      once(catalog, `flows-eu:${choices.euYear}`, () =>
        crudeSankey(base.eu, EU_SPEC, choices.euYear, sources),
      ),
    );
  if (shown("ei-crude"))
    sankeys.push(
      once(catalog, `flows-ei:${choices.eiYear}:${choices.region}`, () =>
        crudeSankey(base.ei, eiSpec(choices.region), choices.eiYear, sources),
      ),
    );
  return {
    choices,
    options,
    query: flowsQuery(choices, options),
    ...(map ? { map } : {}),
    sankeys,
    oilLinks: shown("corridor") ? oilLinks : [],
    ...(shown("corridor")
      ? {
          oilAnswer: once(catalog, `flows-answer:${oilKey}`, () =>
            oilAnswerFor(catalog, base.oilSet.slug, oilRange),
          ),
        }
      : {}),
    rows: flowRows(map, sankeys, shown("corridor") ? oilLinks : []),
  };
}

function flowRows(map: MapData | undefined, sankeys: SankeyData[], oil: OilLink[]): FlowRow[] {
  const rows: FlowRow[] = [];
  for (const a of map?.arrows ?? [])
    rows.push({
      figure: "corridor",
      id: a.id,
      from: endName(a.from),
      to: endName(a.to),
      ...(a.value !== undefined ? { value: a.value } : {}),
      unit: a.unit,
      period: a.period,
      ...(a.range ? { rangeLow: a.range[0], rangeHigh: a.range[1] } : {}),
      basis: a.text,
      source: a.source,
      sourceIds: a.sourceIds,
      href: a.href,
    });
  for (const l of oil)
    for (const g of l.groups)
      rows.push({
        figure: "crude-to-israel",
        id: `${l.id}:${g.denominator}`,
        from: l.label.split(" → ")[0]!,
        to: "Israel",
        unit: g.denominator,
        period: [...new Set(g.estimates.map((p) => p.period))].join("; "),
        rangeLow: g.min,
        rangeHigh: g.max,
        estimates: g.estimates.length,
        basis: "Independent estimates, re-reports folded",
        source: [...new Set(g.estimates.map((p) => p.source))].join(" | "),
        sourceIds: g.sourceIds,
        href: l.href,
      });
  for (const s of sankeys)
    for (const l of s.links)
      rows.push({
        figure: s.id as FigureId,
        id: l.id,
        from: l.from,
        to: l.to,
        value: l.value,
        unit: l.unit,
        period: l.period,
        basis: l.basis,
        source: l.source,
        sourceIds: l.sourceIds,
        href: l.href,
      });
  return rows;
}

function endName(a: { place: string } | { country: string }): string {
  return "place" in a ? a.place : a.country;
}

/** The flows for the reader's choices; undefined when the data folder lacks their datasets. */
export async function getFlowsPage(params: URLSearchParams): Promise<FlowsPage | undefined> {
  const catalog = await getCatalog();
  return missingFlowData(catalog).length > 0 ? undefined : flowsPage(catalog, params);
}
