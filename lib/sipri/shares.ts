/**
 * Shares of arms transfers computed from SIPRI TIV totals: a country's imports by supplier and
 * exports by recipient, per year or per multi-year window, as TIV and as % of the total, with
 * ranks. Nothing is rounded here: rounding happens only when a figure is displayed.
 */
import { numberCell, type ColumnRoles } from "../data/roles";
import type { DataRow } from "../data/schema";
import type { Role, Transfer, Window } from "./transfers";
import { directionOf, rankDescending, worldWindow } from "./world";

export interface PartnerShare {
  partner: string;
  tiv: number;
  /** Percent of the country's total in the window (0–100); undefined when the total is 0. */
  share?: number;
  /** 1 = largest partner in the window (ties share a rank). */
  rank: number;
}

export interface WindowShares {
  from: number;
  to: number;
  country: string;
  role: Role;
  total: number;
  partners: PartnerShare[];
}

/**
 * Transfers from a transfers dataset, read through its roles: `from` (supplier), `to`
 * (recipient), `period` (whole years) and `value` (TIV). Rows without a year or value are skipped.
 */
export function transfersOf(dataset: { rows: readonly DataRow[]; roles: ColumnRoles }): Transfer[] {
  const { rows, roles } = dataset;
  if (!roles.from || !roles.to || !roles.period || !roles.value) return [];
  const out: Transfer[] = [];
  for (const r of rows) {
    const year = numberCell(r, roles.period.start);
    const tiv = numberCell(r, roles.value.key);
    if (year === undefined || tiv === undefined) continue;
    out.push({ year, supplier: String(r[roles.from]), recipient: String(r[roles.to]), tiv });
  }
  return out;
}

/** Consecutive windows of `size` years ending in each year from `firstEnd` to `lastEnd`. */
export function windows(firstEnd: number, lastEnd: number, size = 5): Window[] {
  const out: Window[] = [];
  for (let end = firstEnd; end <= lastEnd; end++) out.push({ from: end - size + 1, to: end });
  return out;
}

/** "2016–20", the way SIPRI labels its five-year windows. */
export function windowLabel(w: Window): string {
  return `${w.from}–${String(w.to).slice(-2)}`;
}

/** A country's imports by supplier (role "imports") or exports by recipient ("exports") in a window. */
export function partnerShares(
  transfers: readonly Transfer[],
  country: string,
  role: Role,
  w: Window,
): WindowShares {
  const byPartner = new Map<string, number>();
  for (const t of transfers) {
    if (t.year < w.from || t.year > w.to) continue;
    const self = role === "imports" ? t.recipient : t.supplier;
    if (self !== country) continue;
    const partner = role === "imports" ? t.supplier : t.recipient;
    byPartner.set(partner, (byPartner.get(partner) ?? 0) + t.tiv);
  }
  const total = [...byPartner.values()].reduce((a, b) => a + b, 0);
  const entries = [...byPartner.entries()].map(([partner, tiv]) => ({ partner, tiv }));
  const ranks = rankDescending(entries, (e) => e.tiv);
  const partners = entries
    .map((e) => ({
      ...e,
      ...(total > 0 ? { share: (e.tiv / total) * 100 } : {}),
      rank: ranks.get(e)!,
    }))
    .sort((a, b) => a.rank - b.rank || (a.partner < b.partner ? -1 : 1));
  return { from: w.from, to: w.to, country, role, total, partners };
}

export interface WorldPosition {
  tiv: number;
  /** Percent of all transfers in the data for the window. */
  share?: number;
  rank?: number;
  of: number;
}

/**
 * A country's total imports or exports in a window, its share of the world total and its rank
 * among states (the conventions of world.ts); `of` is how many states are ranked.
 */
export function worldPosition(
  transfers: readonly Transfer[],
  country: string,
  role: Role,
  w: Window,
): WorldPosition {
  const world = worldWindow(transfers, w);
  const party = world.parties.find((p) => p.name === country);
  const d = party ? directionOf(party, role) : { tiv: 0 };
  return {
    tiv: d.tiv,
    ...(world.total > 0 ? { share: ((d.tiv ?? 0) / world.total) * 100 } : {}),
    ...(d.rank !== undefined ? { rank: d.rank } : {}),
    of: world.ranked[role],
  };
}

/**
 * World ranks are only world ranks if the data covers the world. An extract can keep SIPRI's
 * "All countries to All countries" preamble while holding a few recipients, so the rows are
 * checked too: SIPRI's full register has well over 150 recipients and 60 suppliers.
 */
export function coversWorld(transfers: readonly Transfer[], selection: string): boolean {
  if (!/from\s+all countries\s+to\s+all countries/i.test(selection)) return false;
  const recipients = new Set(transfers.map((t) => t.recipient));
  const suppliers = new Set(transfers.map((t) => t.supplier));
  return recipients.size >= 120 && suppliers.size >= 40;
}

/** Press reports use common English names; SIPRI's register uses its own spellings. */
const SIPRI_NAMES: Record<string, string> = {
  Turkey: "Turkiye",
  Vietnam: "Viet Nam",
  USA: "United States",
};

export function sipriName(name: string): string {
  return SIPRI_NAMES[name] ?? name;
}
