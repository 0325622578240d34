import type { Catalog, Dataset } from "./catalog";
import {
  coversWorld,
  partnerShares,
  sipriName,
  transfersFromRows,
  windowLabel,
  windows,
  worldPosition,
  type Role,
  type Transfer,
} from "./sipri-shares";

/**
 * SIPRI's shares as the press reported them at each release, beside the same shares recomputed
 * from the imported register. They differ because SIPRI revises past years; showing both is
 * how a reader sees why "69%" (published 2021) and "67.7%" (recomputed) both circulate.
 */

export const PUBLISHED_SLUG = "azerbaijan-arms-imports-published";
export const TRANSFERS_SLUG = "arms-transfers";

/** The flows whose windows are recomputed even where no published share was found. */
export const HEADLINE_FLOWS: { country: string; role: Role; partner: string }[] = [
  { country: "Azerbaijan", role: "imports", partner: "Israel" },
  { country: "Israel", role: "exports", partner: "Azerbaijan" },
];

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
  /** e.g. "% of Azerbaijan's arms imports", "rank among world arms importers". */
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

function text(row: Record<string, unknown>, key: string): string | undefined {
  const v = row[key];
  return typeof v === "string" ? v : undefined;
}

function number(row: Record<string, unknown>, key: string): number | undefined {
  const v = row[key];
  return typeof v === "number" ? v : undefined;
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

export function armsComparison(catalog: Catalog): ArmsComparison | undefined {
  const published = catalog.datasets.find((d) => d.slug === PUBLISHED_SLUG);
  const transfersSet = catalog.datasets.find((d) => d.slug === TRANSFERS_SLUG);
  if (!published || !transfersSet) return undefined;
  return compareArms(published, transfersSet, catalog);
}

export function compareArms(
  published: Dataset,
  transfersSet: Dataset,
  catalog: Pick<Catalog, "sources">,
): ArmsComparison {
  const transfers = transfersFromRows(transfersSet.rows);
  const sipriSource = catalog.sources.find(
    (s) => s.id === (transfersSet.rows[0]?.source_ids as string[] | undefined)?.[0],
  );
  const world = coversWorld(transfers, sipriSource?.note ?? "");
  const rows = new Map<string, ComparisonRow>();

  const addRow = (key: string, init: () => ComparisonRow) => {
    if (!rows.has(key)) rows.set(key, init());
    return rows.get(key)!;
  };

  for (const r of published.rows) {
    const from = Number(text(r, "period_start"));
    const to = Number(text(r, "period_end"));
    const supplier = sipriName(text(r, "supplier") ?? "");
    const recipient = sipriName(text(r, "recipient") ?? "");
    const shareOf = text(r, "share_of");
    const rankAmong = text(r, "rank_among");
    const figure: PublishedFigure = {
      rowId: String(r.id),
      share: number(r, "share_pct"),
      rank: number(r, "rank"),
      sourceIds: r.source_ids as string[],
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
    } else if (rankAmong && /^world arms (importers|exporters)$/.test(rankAmong)) {
      const role: Role = rankAmong.endsWith("importers") ? "imports" : "exports";
      const country = role === "imports" ? recipient : supplier;
      const key = `${country}|${role}|world|${from}|${to}`;
      addRow(key, () => ({
        key,
        from,
        to,
        window: windowLabel({ from, to }),
        flow: country,
        measure: `rank among world arms ${role === "imports" ? "importers" : "exporters"}`,
        published: [],
        ...recompute(transfers, world, country, role, undefined, from, to),
      })).published.push({ ...figure, share: undefined });
    }
  }

  // Headline flows: every five-year window the data covers, published or not.
  const years = transfers.map((t) => t.year);
  if (years.length > 0) {
    const firstEnd = Math.min(...[...rows.values()].map((r) => r.to), Math.max(...years));
    for (const flow of HEADLINE_FLOWS) {
      const lastYear = Math.max(
        ...transfers
          .filter((t) => (flow.role === "imports" ? t.recipient : t.supplier) === flow.country)
          .map((t) => t.year),
      );
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
  return { vintage: transfersSet.meta.vintage, worldCoverage: world, rows: sorted };
}
