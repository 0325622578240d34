/**
 * The corridor map's content: the BTC crude route through named points, the tanker leg to
 * Israel carrying the independent estimates of Azerbaijan's share, arms arrows into Azerbaijan in
 * SIPRI TIV for the chosen window, and SOCAR's investment arrows in US$ as their sources state
 * them. One unit per arrow, named in its label.
 */
import type { MapArrow, MapData, Place } from "../charts/map/model";
import type { Dataset } from "../data/catalog";
import { formatNumber, rowValue } from "../data/format";
import { textCell } from "../data/roles";
import type { DataRow, Source } from "../data/schema";
import { rowPeriod, sourceLabel } from "../charts/context";
import { publishedOf } from "../charts/estimates/build";
import type { Transfer, Window } from "../sipri/transfers";
import { windowLabel } from "../sipri/shares";
import { rowsHref } from "../table/view-state";
import { groupText, oilLinkText, type OilLink } from "./oil-link";
import { TIV_UNIT, type ArmsSource } from "./arms";

/** Where each route point's name goes, so names never sit on a route. */
const LABEL_SIDES: Record<string, Place["side"]> = {
  sangachal: "below-left",
  tbilisi: "above",
  erzurum: "above",
  ceyhan: "left",
};

/**
 * The route points from the places dataset, with coordinates exactly as GeoNames gives them
 * (each row quotes the gazetteer's entry). The pipeline is drawn through them as an approximate
 * route, not its surveyed course.
 */
export function placesOf(dataset: Dataset): Place[] {
  return dataset.rows.map((r) => {
    const id = String(r[dataset.roles.id]);
    const side = LABEL_SIDES[id];
    return {
      id,
      name: String(r.name),
      lat: Number(r.lat),
      lon: Number(r.lon),
      ...(side ? { side } : {}),
    };
  });
}

/** Lon/lat box of the map: Israel in the south-west to the Caspian in the east. */
export const EXTENT: MapData["extent"] = [29, 29.5, 51, 44.5];

/**
 * The map shows one unit at a time, as OWID's maps do: crude (a share of a stated whole, with
 * the pipeline's route), arms (SIPRI TIV) or investment (US$). Each layer has one width scale.
 */
export const CORRIDOR_LAYERS = [
  { id: "oil", label: "Crude (share of Israel's oil)" },
  { id: "arms", label: "Arms (SIPRI TIV)" },
  { id: "investment", label: "Investment (US$)" },
] as const;
export type CorridorLayer = (typeof CORRIDOR_LAYERS)[number]["id"];

export interface CorridorInput {
  /** The figure's id (data/figures.json). */
  id: string;
  layer: CorridorLayer;
  window: Window;
  transfers: readonly Transfer[];
  arms: ArmsSource;
  oil: OilLink;
  /** The oil estimates' years as the reader chose them ("all years" or "2023"). */
  oilYears: string;
  investment: Dataset;
  places: Dataset;
  btcCapacity?: DataRow;
  sources: ReadonlyMap<string, Source>;
  /** Arms suppliers drawn besides Israel: the largest in the window, up to this many. */
  suppliers?: number;
  /** Countries Natural Earth can place (a SIPRI supplier that is not a state is listed, not drawn). */
  placeable: (country: string) => boolean;
}

interface Statement {
  row: DataRow;
  text: string;
  period: string;
  source: string;
  value: number;
  /** Converted to US$ bn for the arrow's width only. */
  usdBn: number;
  /** When the statement was published, then the end of its period: to find the latest. */
  published: string;
  end: number;
}

function statements(
  dataset: Dataset,
  rows: DataRow[],
  sources: CorridorInput["sources"],
): Statement[] {
  const { roles } = dataset;
  const out: Statement[] = [];
  for (const row of rows) {
    const shown = roles.value ? rowValue(roles.value, row) : undefined;
    if (!shown) continue;
    const unit = shown.unit ?? "";
    const scale = unit === "US$ bn" ? 1 : unit === "US$ m" ? 1e-3 : undefined;
    if (scale === undefined) continue;
    const period = rowPeriod(dataset, row);
    out.push({
      row,
      text: shown.fullText,
      period: period?.label ?? "",
      published: publishedOf({ dataset, sources }, row) ?? "",
      end: period?.x1 ?? 0,
      source: sourceLabel({ dataset, sources }, row),
      value: shown.value,
      usdBn: shown.value * scale,
    });
  }
  return out.sort((a, b) => a.published.localeCompare(b.published) || a.end - b.end);
}

function investmentArrow(
  id: string,
  label: string,
  to: MapArrow["to"],
  dataset: Dataset,
  rows: DataRow[],
  sources: CorridorInput["sources"],
  bend: number,
): MapArrow | undefined {
  const stated = statements(dataset, rows, sources);
  if (stated.length === 0) return undefined;
  // The width is the most recent statement; every statement is listed in the text.
  const latest = stated[stated.length - 1]!;
  return {
    id,
    kind: "investment",
    from: { country: "Azerbaijan" },
    to,
    bend,
    value: latest.usdBn,
    unit: "US$ bn",
    period: latest.period,
    source: [...new Set(stated.map((s) => s.source))].join("; "),
    sourceIds: [
      ...new Set(
        stated.flatMap((s) => (s.row[dataset.roles.sources] as string[] | undefined) ?? []),
      ),
    ],
    label: `${label}: ${latest.text}`,
    text: `${label}, in US$ as the sources state them: ${stated.map((s) => `${s.text} (${s.period}; ${s.source})`).join("; ")}. The arrow's width is the latest statement, ${latest.text}.`,
    href: `/datasets/${dataset.slug}#row-${String(latest.row[dataset.roles.id])}`,
  };
}

export function corridorMap(input: CorridorInput): MapData {
  const { window, oil, investment, sources } = input;
  const period = windowLabel(window);
  const bySupplier = new Map<string, number>();
  for (const t of input.transfers)
    if (t.recipient === "Azerbaijan" && t.year >= window.from && t.year <= window.to)
      bySupplier.set(t.supplier, (bySupplier.get(t.supplier) ?? 0) + t.tiv);
  const total = [...bySupplier.values()].reduce((a, b) => a + b, 0);
  const ranked = [...bySupplier].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const drawn = ranked
    .filter(([s]) => input.placeable(s))
    .filter(([s], i) => s === "Israel" || i < (input.suppliers ?? 4));
  if (!drawn.some(([s]) => s === "Israel")) drawn.push(["Israel", 0]);
  const armsArrows: MapArrow[] = drawn.map(([supplier, tiv]) => ({
    id: `arms-${supplier}`,
    kind: "arms",
    from: { country: supplier },
    to: { country: "Azerbaijan" },
    bend: supplier === "Israel" ? -0.18 : 0.12,
    value: tiv,
    unit: TIV_UNIT,
    period,
    source: input.arms.name,
    sourceIds: input.arms.ids,
    label: `Arms, ${supplier}: ${formatNumber(tiv, 0)} TIV m`,
    text: `Arms ${supplier} → Azerbaijan, ${period}: ${formatNumber(tiv, 0)} million TIV${total > 0 ? ` (${formatNumber((100 * tiv) / total, 0)}% of Azerbaijan's ${formatNumber(total, 0)})` : ""}. Sum of SIPRI's yearly TIV; source: ${input.arms.name}.`,
    href: rowsHref(input.arms.slug, { supplier, recipient: "Azerbaijan" }, window),
  }));
  const { roles } = investment;
  const where = (pred: (row: DataRow) => boolean) => investment.rows.filter(pred);
  const turkey = investmentArrow(
    "investment-turkey",
    "SOCAR in Türkiye",
    { country: "Turkey" },
    investment,
    where(
      (r) =>
        r.topic === "SOCAR in Turkey" && textCell(r, roles.measure) === "cumulative investment",
    ),
    sources,
    0.28,
  );
  const tamar = investmentArrow(
    "investment-tamar",
    "SOCAR → Israel (Tamar stake)",
    { country: "Israel" },
    investment,
    where(
      (r) =>
        (r.topic === "Tamar gas field" && r.subject === "SOCAR") ||
        (r.subject === "Azerbaijan → Israel" && r.measure === "direct investment"),
    ),
    sources,
    0.3,
  );
  const ref = oil.reference;
  const lead = oil.groups[0];
  const crude: MapArrow = {
    id: "crude-tanker",
    kind: "crude",
    from: { place: "ceyhan" },
    to: { country: "Israel" },
    bend: -0.15,
    ...(ref && lead ? { value: ref.value, range: [lead.min, lead.max] as [number, number] } : {}),
    unit: ref ? ref.denominator : "% (no estimate)",
    period: lead ? [...new Set(lead.estimates.map((p) => p.period))].join("; ") : input.oilYears,
    source: lead ? [...new Set(lead.estimates.map((p) => p.source))].join(" | ") : "",
    sourceIds: lead?.sourceIds ?? [],
    label: ref
      ? `Tankers to Israel: ${formatNumber(lead!.min)}–${formatNumber(lead!.max)}${lead!.denominator}, ${lead!.estimates.length} ${lead!.estimates.length === 1 ? "estimate" : "estimates"}`
      : "Tankers to Israel: no estimate for these years",
    text: `${oilLinkText(oil)}${ref ? ` Width: ${formatNumber(ref.value)}%, ${ref.why}; the sleeve is that denominator's range.` : ""}`,
    href: oil.href,
  };
  const capacity = input.btcCapacity
    ? `; throughput capacity ${rowValue(investment.roles.value!, input.btcCapacity)?.fullText} ${rowPeriod(investment, input.btcCapacity)?.label ?? ""} (${sourceLabel({ dataset: investment, sources }, input.btcCapacity)})`
    : "";
  const pipeline: MapArrow = {
    id: "crude-btc",
    kind: "crude",
    from: { place: "sangachal" },
    via: ["tbilisi", "erzurum"],
    to: { place: "ceyhan" },
    unit: "route",
    period: input.btcCapacity ? (rowPeriod(investment, input.btcCapacity)?.label ?? "") : "",
    source: `GeoNames (places)${input.btcCapacity ? `; ${sourceLabel({ dataset: investment, sources }, input.btcCapacity)}` : ""}`,
    sourceIds: [
      ...new Set([
        ...input.places.rows.flatMap((r) => (r[input.places.roles.sources] as string[]) ?? []),
        ...((input.btcCapacity?.[roles.sources] as string[] | undefined) ?? []),
      ]),
    ],
    approximate: true,
    label: "BTC pipeline (approximate route)",
    text: `Baku–Tbilisi–Ceyhan (BTC) crude pipeline from the Sangachal terminal near Baku to Ceyhan, drawn through Tbilisi and Erzurum as an approximate route (coordinates: GeoNames, in the route points dataset)${capacity}. It also carries Kazakh and Turkmen crude.`,
    href: input.btcCapacity
      ? `/datasets/${investment.slug}#row-${String(input.btcCapacity[roles.id])}`
      : `/datasets/${investment.slug}`,
  };
  const israel = drawn.find(([s]) => s === "Israel")?.[1] ?? 0;
  const investments = [...(turkey ? [turkey] : []), ...(tamar ? [tamar] : [])];
  const route =
    "Dashed: the BTC pipeline drawn through named points — an approximate route, drawn on every layer for orientation.";
  const layers: Record<
    CorridorLayer,
    {
      arrows: MapArrow[];
      title: string;
      subtitle: string;
      legend: string[];
      summary: string;
      /** Who the layer's arrows come from (the map's own sources follow). */
      sources: string;
    }
  > = {
    oil: {
      arrows: [pipeline, crude],
      title: "The corridor: crude to Israel",
      subtitle: `Crude from the Caspian through Georgia and Türkiye to Israel: independent estimates of Azerbaijan's share for ${input.oilYears}, as a share of the whole each source names.`,
      legend: [
        route,
        ref
          ? `Tanker arrow: the width is ${ref.why}; the pale sleeve spans that denominator's lowest to highest estimate.`
          : "Tanker arrow: no independent estimate of Azerbaijan's share falls in the chosen years.",
      ],
      sources: "the estimates' own sources (listed per arrow)",
      summary: `Crude: ${oil.groups.length > 0 ? oil.groups.map(groupText).join("; ") : "no independent estimate of Azerbaijan's share of Israel's oil for these years"}.`,
    },
    arms: {
      arrows: [pipeline, ...armsArrows],
      title: "The corridor: arms to Azerbaijan",
      subtitle: `Major arms delivered to Azerbaijan in ${period}, in SIPRI trend-indicator values (TIV, a volume measure, never money): Israel and the largest other suppliers.`,
      legend: ["Widths: million TIV, one scale for every arms arrow.", route],
      sources: input.arms.name,
      summary: `Arms: Israel delivered ${formatNumber(israel, 0)} million TIV to Azerbaijan in ${period}${total > 0 ? `, ${formatNumber((100 * israel) / total, 0)}% of Azerbaijan's arms imports` : ""}; ${drawn
        .filter(([s]) => s !== "Israel")
        .map(([s, v]) => `${s} ${formatNumber(v, 0)}`)
        .join(", ")}.`,
    },
    investment: {
      arrows: [pipeline, ...investments],
      title: "The corridor: SOCAR's investments",
      subtitle:
        "SOCAR's investments in Türkiye and in Israel, in US$ as the sources state them (the latest statement sets each width).",
      legend: ["Widths: US$, one scale for every investment arrow.", route],
      sources: "SOCAR statements as reported",
      summary: `Investment: ${investments.length > 0 ? investments.map((a) => a.label).join("; ") : "no statement"}.`,
    },
  };
  const shown = layers[input.layer];
  return {
    kind: "map",
    id: input.id,
    title: shown.title,
    subtitle: shown.subtitle,
    extent: EXTENT,
    named: [
      "Azerbaijan",
      "Georgia",
      "Turkey",
      "Israel",
      "Armenia",
      "Iran",
      "Russia",
      "Syria",
      "Iraq",
    ],
    focus: ["Azerbaijan", "Georgia", "Turkey", "Israel"],
    places: placesOf(input.places),
    arrows: shown.arrows,
    legend: shown.legend,
    summary: shown.summary,
    sourceLine: `Sources: ${shown.sources}; boundaries: Natural Earth (world-atlas); places: GeoNames.`,
  };
}
