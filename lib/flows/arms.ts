/**
 * Arms flows as Sankeys, in SIPRI trend-indicator values (TIV) for one five-year window:
 * a country's suppliers → the country, or a country → its recipients. Values are sums of the
 * transfers dataset's yearly rows (SIPRI's own TIV per supplier, recipient and year).
 */
import { sankeyData, type FlowLink, type SankeyData } from "../charts/sankey/model";
import { formatNumber } from "../data/format";
import type { Role, Transfer, Window } from "../sipri/transfers";
import { windowLabel } from "../sipri/shares";
import { groupSmall, othersLabel, stableOrder } from "./links";
import { rowsHref } from "../table/view-state";

export const TIV_UNIT = "SIPRI TIV (millions)";

export interface ArmsFlowSpec {
  id: string;
  country: string;
  role: Role;
}

export interface ArmsSource {
  slug: string;
  /** "SIPRI Arms Transfers Database (data generated 12 Feb 2026)". */
  name: string;
  ids: string[];
}

/** A partner gets its own band at 2% of the window's total, up to eight partners. */
const MIN_SHARE = 0.02;
const MAX_SHOWN = 8;

function partnerOf(t: Transfer, spec: ArmsFlowSpec): string | undefined {
  if (spec.role === "imports") return t.recipient === spec.country ? t.supplier : undefined;
  return t.supplier === spec.country ? t.recipient : undefined;
}

export function armsSankey(
  transfers: readonly Transfer[],
  spec: ArmsFlowSpec,
  window: Window,
  source: ArmsSource,
): SankeyData {
  const overall = new Map<string, number>();
  const inWindow = new Map<string, number>();
  for (const t of transfers) {
    const partner = partnerOf(t, spec);
    if (partner === undefined) continue;
    overall.set(partner, (overall.get(partner) ?? 0) + t.tiv);
    if (t.year >= window.from && t.year <= window.to)
      inWindow.set(partner, (inWindow.get(partner) ?? 0) + t.tiv);
  }
  const order = stableOrder(overall);
  const years = [...new Set(transfers.map((t) => t.year))];
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  const period = windowLabel(window);
  const { shown, others } = groupSmall(
    order.map((name) => ({ name, value: inWindow.get(name) ?? 0 })),
    MIN_SHARE,
    MAX_SHOWN,
  );
  const imports = spec.role === "imports";
  const pair = (partner: string) =>
    imports ? { from: partner, to: spec.country } : { from: spec.country, to: partner };
  const side = imports ? "supplier" : "recipient";
  const countryColumn = imports ? "recipient" : "supplier";
  const link = (partner: string, value: number, members: string[]): FlowLink => ({
    id: `${spec.id}-${members.length > 1 ? "others" : members[0]!}`,
    ...pair(partner),
    value,
    unit: TIV_UNIT,
    period,
    source: source.name,
    sourceIds: source.ids,
    href: rowsHref(source.slug, { [countryColumn]: spec.country, [side]: members }, window),
    basis: `Sum of SIPRI's yearly TIV, ${period}`,
  });
  const links = shown.map((p) => link(p.name, p.value, [p.name]));
  const othersName = othersLabel(others.length);
  if (others.length > 0)
    links.push({
      ...link(
        othersName,
        others.reduce((a, p) => a + p.value, 0),
        others.map((p) => p.name),
      ),
      grouped: others,
      basis: `Sum of SIPRI's yearly TIV, ${period}, for ${others.length} ${side}s each under ${MIN_SHARE * 100}% of the total or past the ${MAX_SHOWN} largest: ${others.map((p) => `${p.name} ${formatNumber(p.value, 0)}`).join(", ")}`,
    });
  const partners = [...shown.map((p) => p.name), ...(others.length > 0 ? [othersName] : [])];
  const total = links.reduce((a, l) => a + l.value, 0);
  const title = imports
    ? `Arms to ${spec.country}, by supplier`
    : `Arms from ${spec.country}, by recipient`;
  const largest = [...links].sort((a, b) => b.value - a.value)[0];
  return sankeyData({
    id: spec.id,
    title,
    subtitle: `${TIV_UNIT}, deliveries in ${period}. TIV is SIPRI's measure of the volume of major arms transferred, not their price.`,
    unit: TIV_UNIT,
    digits: 0,
    period,
    links,
    order: imports
      ? { from: partners, to: [spec.country] }
      : { from: [spec.country], to: partners },
    orderNote: `${imports ? "Suppliers" : "Recipients"} in order of their total over ${span}, so each keeps its place in every window; ${imports ? "suppliers" : "recipients"} under ${MIN_SHARE * 100}% of the window's total, or past the ${MAX_SHOWN} largest, are summed as "Others".`,
    summary:
      links.length === 0
        ? `No deliveries ${imports ? "to" : "from"} ${spec.country} recorded in ${period}.`
        : `${formatNumber(total, 0)} million TIV ${imports ? `delivered to ${spec.country}` : `delivered by ${spec.country}`} in ${period}, from ${links.length} ${links.length === 1 ? "band" : "bands"}; the largest, ${largest!.from} → ${largest!.to}, is ${formatNumber((100 * largest!.value) / total, 0)}% of it.`,
    sourceLine: `Source: ${source.name}. Computed by Flowledger: sums of yearly TIV.`,
    ...(links.length === 0
      ? {
          empty: `SIPRI records no deliveries ${imports ? "to" : "from"} ${spec.country} in ${period}.`,
        }
      : {}),
    notes: [],
  });
}
