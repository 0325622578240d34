import type { Catalog, Dataset } from "../data/catalog";
import { numberCell, textCell } from "../data/roles";
import type { SectionSpec } from "../data/schema";
import {
  coversWorld,
  partnerShares,
  sipriName,
  transfersOf,
  windowLabel,
  windows,
  worldPosition,
} from "./shares";
import type { Role, Transfer } from "./transfers";

/**
 * SIPRI's shares as the press reported them at each release, beside the same shares recomputed
 * from the imported register. They differ because SIPRI revises past years; showing both is
 * how a reader sees why "69%" (published 2021) and "67.7%" (recomputed) both circulate.
 */

export type ComparisonSpec = Extract<SectionSpec, { type: "published-vs-recomputed" }>;

export interface HeadlineFlow {
  country: string;
  role: Role;
  partner: string;
}

export interface PublishedFigure {
  rowId: string;
  share?: number;
  rank?: number;
  sourceIds: string[];
}

export interface ComparisonRow {
  key: string;
  from: number;
  to: number;
  window: string;
  /** e.g. "Israel → Azerbaijan". */
  flow: string;
  /** e.g. "% of Azerbaijan's arms imports", "% of world arms imports; rank among importers". */
  measure: string;
  published: PublishedFigure[];
  recomputed?: { share?: number; rank?: number; tiv: number; total: number };
  /** Why there is no recomputed figure (e.g. the export does not cover the world). */
  recomputedNote?: string;
}

export interface ArmsComparison {
  vintage?: string;
  worldCoverage: boolean;
  rows: ComparisonRow[];
}

const SHARE_OF = /^(.+)'s arms (imports|exports)$/;

function recompute(
  transfers: readonly Transfer[],
  world: boolean,
  country: string,
  role: Role,
  partner: string | undefined,
  from: number,
  to: number,
): Pick<ComparisonRow, "recomputed" | "recomputedNote"> {
  const w = { from, to };
  const last = Math.max(...transfers.map((t) => t.year));
  if (to > last) return { recomputedNote: `the imported data end in ${last}` };
  if (partner === undefined) {
    if (!world) return { recomputedNote: "needs a full (all countries) export" };
    const p = worldPosition(transfers, country, role, w);
    return { recomputed: { share: p.share, rank: p.rank, tiv: p.tiv, total: 0 } };
  }
  const shares = partnerShares(transfers, country, role, w);
  if (shares.total === 0) return { recomputedNote: "no deliveries in the imported data" };
  const p = shares.partners.find((x) => x.partner === partner);
  return {
    recomputed: { share: p?.share ?? 0, rank: p?.rank, tiv: p?.tiv ?? 0, total: shares.total },
  };
}

/**
 * Published figures (rows of `published`, read through its roles and `spec.columns`) beside the
 * same windows recomputed from `transfersSet`; `headlineFlows` are recomputed for every window
 * the data cover, published or not.
 */
export function compareArms(
  published: Dataset,
  transfersSet: Dataset,
  catalog: Pick<Catalog, "sources">,
  spec: Pick<ComparisonSpec, "columns" | "headlineFlows">,
): ArmsComparison {
  const transfers = transfersOf(transfersSet);
  const sipriSourceId = (
    transfersSet.rows[0]?.[transfersSet.roles.sources] as string[] | undefined
  )?.[0];
  const sipriSource = catalog.sources.find((s) => s.id === sipriSourceId);
  const world = coversWorld(transfers, sipriSource?.note ?? "");
  const rows = new Map<string, ComparisonRow>();
  const { roles } = published;
  const period = roles.period!;

  const addRow = (key: string, init: () => ComparisonRow) => {
    if (!rows.has(key)) rows.set(key, init());
    return rows.get(key)!;
  };

  for (const r of published.rows) {
    const from = Number(r[period.start]);
    const to = Number(r[period.end]);
    const supplier = sipriName(textCell(r, roles.from) ?? "");
    const recipient = sipriName(textCell(r, roles.to) ?? "");
    const shareOf = textCell(r, spec.columns.shareOf);
    const rankAmong = textCell(r, spec.columns.rankAmong);
    const figure: PublishedFigure = {
      rowId: String(r[roles.id]),
      ...(roles.value && numberCell(r, roles.value.key) !== undefined
        ? { share: numberCell(r, roles.value.key) }
        : {}),
      ...(numberCell(r, roles.rank) !== undefined ? { rank: numberCell(r, roles.rank) } : {}),
      sourceIds: r[roles.sources] as string[],
    };
    const m = shareOf ? SHARE_OF.exec(shareOf) : null;
    if (m) {
      const country = sipriName(m[1]!);
      const role = m[2] as Role;
      const partner = role === "imports" ? supplier : recipient;
      if (partner.startsWith("All ")) continue;
      const key = `${country}|${role}|${partner}|${from}|${to}`;
      addRow(key, () => ({
        key,
        from,
        to,
        window: windowLabel({ from, to }),
        flow: `${supplier} → ${recipient}`,
        measure: `% of ${m[1]}'s arms ${role}`,
        published: [],
        ...recompute(transfers, world, country, role, partner, from, to),
      })).published.push(figure);
    } else if (
      (rankAmong && /^world arms (importers|exporters)$/.test(rankAmong)) ||
      (shareOf && /^world arms (imports|exports)$/.test(shareOf))
    ) {
      // A country's place in the world: its share of world transfers and its rank, as published.
      const role: Role = /import/.test(rankAmong ?? shareOf ?? "") ? "imports" : "exports";
      const country = role === "imports" ? recipient : supplier;
      const key = `${country}|${role}|world|${from}|${to}`;
      addRow(key, () => ({
        key,
        from,
        to,
        window: windowLabel({ from, to }),
        flow: country,
        measure: `% of world arms ${role}; rank among ${role === "imports" ? "importers" : "exporters"}`,
        published: [],
        ...recompute(transfers, world, country, role, undefined, from, to),
      })).published.push(
        shareOf && /^world arms/.test(shareOf) ? figure : { ...figure, share: undefined },
      );
    }
  }

  // Headline flows: every five-year window the data cover, published or not.
  const years = transfers.map((t) => t.year);
  if (years.length > 0) {
    const firstEnd = Math.min(...[...rows.values()].map((r) => r.to), Math.max(...years));
    for (const flow of spec.headlineFlows) {
      const own = transfers.filter(
        (t) => (flow.role === "imports" ? t.recipient : t.supplier) === flow.country,
      );
      if (own.length === 0) continue;
      const lastYear = Math.max(...own.map((t) => t.year));
      for (const w of windows(firstEnd, lastYear)) {
        const key = `${flow.country}|${flow.role}|${flow.partner}|${w.from}|${w.to}`;
        addRow(key, () => ({
          key,
          from: w.from,
          to: w.to,
          window: windowLabel(w),
          flow:
            flow.role === "imports"
              ? `${flow.partner} → ${flow.country}`
              : `${flow.country} → ${flow.partner}`,
          measure: `% of ${flow.country}'s arms ${flow.role}`,
          published: [],
          ...recompute(transfers, world, flow.country, flow.role, flow.partner, w.from, w.to),
        }));
      }
    }
  }

  const sorted = [...rows.values()].sort(
    (a, b) =>
      (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0) ||
      (a.flow < b.flow ? -1 : a.flow > b.flow ? 1 : 0) ||
      a.to - b.to ||
      a.from - b.from,
  );
  return {
    ...(transfersSet.meta.vintage ? { vintage: transfersSet.meta.vintage } : {}),
    worldCoverage: world,
    rows: sorted,
  };
}

/** The year of the latest delivery from `supplier` to `recipient` in the transfers data. */
export function lastDelivery(
  transfersSet: Dataset,
  supplier: string,
  recipient: string,
): number | undefined {
  const years = transfersOf(transfersSet)
    .filter((t) => t.supplier === supplier && t.recipient === recipient && t.tiv > 0)
    .map((t) => t.year);
  return years.length ? Math.max(...years) : undefined;
}
