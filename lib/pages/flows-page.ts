/**
 * The flows page's view model: the figures `data/figures.json` declares — the corridor map, the
 * Sankeys (one unit each) and the crude link to Israel with its estimates — for the reader's
 * choices; and every drawn link as one table row, which is also what "download these flows" gives.
 */
import "server-only";
import { countriesOf, naturalEarthName, type MapData } from "../charts/map/model";
import { WORLD } from "../charts/map/world";
import type { SankeyData } from "../charts/sankey/model";
import { disagreements } from "../charts/estimates/disagreements";
import type { Catalog, Dataset } from "../data/catalog";
import type {
  CorridorFigureSpec,
  FlowFigureSpec,
  OilEstimatesFigureSpec,
} from "../data/figure-schema";
import { formatPartialDate } from "../data/format";
import { getCatalog } from "../catalog/load-data";
import { transfersOf, windows } from "../sipri/shares";
import { armsSankey, type ArmsSource } from "../flows/arms";
import { CORRIDOR_LAYERS, corridorMap, type CorridorLayer } from "../flows/corridor";
import { crudeExporters, crudeFlowSpec, crudeSankey, crudeYears } from "../flows/crude";
import { meetsYears, oilLink, type OilLink, type Years } from "../flows/oil-link";
import { oilAnswerFor } from "./question-page";
import { once } from "../data/memo";
import type { FlowRow } from "../flows/export";
import { flowsQuery, parseFlowsChoices, type FlowsChoices, type FlowsOptions } from "../flows/view";

/** One figure as drawn for the reader's choices. */
export type DrawnFlowFigure = { id: string; name: string } & (
  | {
      kind: "corridor";
      map: MapData;
      /** The map's layers, each with the query that shows it (the reader's other choices kept). */
      layers: { id: string; label: string; query: string; current: boolean }[];
    }
  | {
      kind: "oil-estimates";
      title: string;
      links: OilLink[];
      /** The oil question's answer for the chosen years, beside the estimates. */
      answer?: ReturnType<typeof oilAnswerFor>;
      oilYear?: number;
    }
  | { kind: "sankey"; sankey: SankeyData }
);

export interface FlowsPage {
  choices: FlowsChoices;
  options: FlowsOptions;
  /** The choices as a query string (defaults left out). */
  query: string;
  /** The figures shown, in the order of data/figures.json. */
  figures: DrawnFlowFigure[];
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

/** A transfers dataset's transfers and source line, worked out once per data version. */
function armsOf(catalog: Catalog, slug: string) {
  return once(catalog, `flows-arms:${slug}`, () => {
    const dataset = bySlug(catalog, slug);
    return { transfers: transfersOf(dataset), source: armsSource(catalog, dataset) };
  });
}

/** An oil-estimates figure's links for some years (all years when undefined). */
function oilLinksOf(catalog: Catalog, figure: OilEstimatesFigureSpec, years?: Years): OilLink[] {
  const dataset = bySlug(catalog, figure.dataset);
  const views = (dataset.meta.sections ?? []).flatMap((s) =>
    s.type === "disagreements" ? s.views : [],
  );
  const drawn = once(catalog, `flows-views:${figure.id}`, () =>
    disagreements(
      catalog,
      dataset,
      views.filter((v) => figure.views.some((f) => f.view === v.id)),
    ),
  );
  return figure.views.flatMap((f) => {
    const view = drawn.find((v) => v.id === f.view);
    return view ? [oilLink(view, f.label, dataset, years)] : [];
  });
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

/** The figures drawn with a corridor map (its tanker arrow's estimates), not chosen alone. */
function drawnWithAnother(figures: readonly FlowFigureSpec[]): Set<string> {
  return new Set(figures.flatMap((f) => (f.kind === "corridor" ? [f.oil] : [])));
}

/** The choices every view of the flows offers, worked out once per data version. */
function flowsOptions(catalog: Catalog): FlowsOptions {
  return once(catalog, "flows-options", () => {
    const figures = catalog.flowFigures;
    const years = new Set<number>();
    for (const f of figures)
      if (f.kind === "arms" || f.kind === "corridor")
        for (const t of armsOf(catalog, f.kind === "arms" ? f.dataset : f.transfers).transfers)
          years.add(t.year);
    const sorted = [...years].sort((a, b) => a - b);
    const withAnother = drawnWithAnother(figures);
    return {
      windowEnds:
        sorted.length > 0
          ? windows(sorted[0]! + 4, sorted[sorted.length - 1]!).map((w) => w.to)
          : [],
      layers: CORRIDOR_LAYERS.map(({ id, label }) => ({ id, label })),
      oilYears: oilYears(
        figures.flatMap((f) => (f.kind === "oil-estimates" ? oilLinksOf(catalog, f) : [])),
      ),
      figures: figures.filter((f) => !withAnother.has(f.id)).map(({ id, name }) => ({ id, name })),
      crude: figures.flatMap((f) => {
        if (f.kind !== "crude") return [];
        const dataset = bySlug(catalog, f.dataset);
        const years = crudeYears(dataset, crudeFlowSpec(f));
        const exporters = crudeExporters(dataset, f.where);
        return [
          {
            figure: f.id,
            year: { ...f.year, values: years, default: years[years.length - 1] ?? 0 },
            ...(f.chooseFrom
              ? { from: { ...f.chooseFrom, values: exporters, default: f.from } }
              : {}),
          },
        ];
      }),
    };
  });
}

/**
 * One view of the flows. Each figure is computed once per data version and choice it depends on
 * (a window, a year, a region), so a new combination of choices costs only what is new in it.
 */
export function flowsPage(catalog: Catalog, params: URLSearchParams): FlowsPage {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const options = flowsOptions(catalog);
  const choices = parseFlowsChoices(params, options);
  const window = { from: choices.windowEnd - 4, to: choices.windowEnd };
  const oilKey = choices.oilYear ?? "all";
  const oilRange =
    choices.oilYear !== undefined ? { from: choices.oilYear, to: choices.oilYear } : undefined;
  const specs = catalog.flowFigures;
  const corridorOf = (id: string) =>
    specs.find((f): f is CorridorFigureSpec => f.kind === "corridor" && f.oil === id);
  const shown = (f: FlowFigureSpec) => choices.show.includes(corridorOf(f.id)?.id ?? f.id);
  const oilFor = (figure: OilEstimatesFigureSpec) =>
    once(catalog, `flows-oil:${figure.id}:${oilKey}`, () => oilLinksOf(catalog, figure, oilRange));
  const figures: DrawnFlowFigure[] = [];
  for (const f of specs) {
    if (!shown(f)) continue;
    const { id, name } = f;
    switch (f.kind) {
      case "corridor": {
        const oil = specs.find(
          (o): o is OilEstimatesFigureSpec => o.kind === "oil-estimates" && o.id === f.oil,
        )!;
        const links = oilFor(oil);
        if (links.length === 0) break;
        const layer = choices.layer as CorridorLayer;
        const map = once(catalog, `flows-map:${id}:${layer}:${choices.windowEnd}:${oilKey}`, () => {
          const arms = armsOf(catalog, f.transfers);
          const investment = bySlug(catalog, f.investment);
          const btcCapacity = investment.rows.find(
            (r) => r.measure === "pipeline capacity" && String(r.period_kind) === "since",
          );
          const names = new Set(countriesOf(WORLD).features.map((c) => c.properties.name));
          return corridorMap({
            id,
            layer,
            window,
            transfers: arms.transfers,
            arms: arms.source,
            oil: links[0]!,
            oilYears: choices.oilYear !== undefined ? String(choices.oilYear) : "all years",
            investment,
            places: bySlug(catalog, f.places),
            ...(btcCapacity ? { btcCapacity } : {}),
            sources,
            placeable: (c) => names.has(naturalEarthName(c)),
          });
        });
        const layers = options.layers.map((l) => ({
          ...l,
          query: flowsQuery({ ...choices, layer: l.id }, options),
          current: l.id === layer,
        }));
        figures.push({ kind: "corridor", id, name, map, layers });
        break;
      }
      case "oil-estimates": {
        const links = oilFor(f);
        if (links.length === 0) break;
        const answer = once(catalog, `flows-answer:${f.dataset}:${oilKey}`, () =>
          oilAnswerFor(catalog, f.dataset, oilRange),
        );
        figures.push({
          kind: "oil-estimates",
          id,
          name,
          title: f.title,
          links,
          ...(answer ? { answer } : {}),
          ...(choices.oilYear !== undefined ? { oilYear: choices.oilYear } : {}),
        });
        break;
      }
      case "arms": {
        const sankey = once(catalog, `flows-${id}:${choices.windowEnd}`, () => {
          const arms = armsOf(catalog, f.dataset);
          return armsSankey(
            arms.transfers,
            { id, country: f.country, role: f.role },
            window,
            arms.source,
          );
        });
        figures.push({ kind: "sankey", id, name, sankey });
        break;
      }
      case "crude": {
        const chosen = choices.crude[id]!;
        const from = chosen.from ?? f.from;
        const sankey = once(catalog, `flows-${id}:${chosen.year}:${from}`, () =>
          crudeSankey(bySlug(catalog, f.dataset), crudeFlowSpec(f, from), chosen.year, sources),
        );
        figures.push({ kind: "sankey", id, name, sankey });
        break;
      }
    }
  }
  return {
    choices,
    options,
    query: flowsQuery(choices, options),
    figures,
    rows: flowRows(figures),
  };
}

function flowRows(figures: DrawnFlowFigure[]): FlowRow[] {
  const rows: FlowRow[] = [];
  for (const f of figures) {
    if (f.kind === "corridor")
      for (const a of f.map.arrows)
        rows.push({
          figure: f.id,
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
    if (f.kind === "oil-estimates")
      for (const l of f.links)
        for (const g of l.groups)
          rows.push({
            figure: f.id,
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
    if (f.kind === "sankey")
      for (const l of f.sankey.links)
        rows.push({
          figure: f.id,
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
  }
  return rows;
}

function endName(a: { place: string } | { country: string }): string {
  return "place" in a ? a.place : a.country;
}

/** The flows for the reader's choices; undefined when the data folder declares no flow figure. */
export async function getFlowsPage(params: URLSearchParams): Promise<FlowsPage | undefined> {
  const catalog = await getCatalog();
  return catalog.flowFigures.length === 0 ? undefined : flowsPage(catalog, params);
}
