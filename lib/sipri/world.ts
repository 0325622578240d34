/**
 * Every party in SIPRI's register, with its imports and exports per window, its share of the
 * world's and its rank. Conventions (stated on /countries):
 * - World totals are sums of every row in the window, whoever the parties: unknown suppliers or
 *   recipients, non-state actors and organisations count, as they do in SIPRI's totals.
 * - Ranks are among states only, as SIPRI's published rankings rank states. Non-state actors
 *   (SIPRI marks them `*`) and international organisations (`**`) are listed with their totals
 *   and shares, marked, and unranked; "unknown supplier(s)" / "unknown recipient(s)" count in a
 *   partner's total and are never ranked.
 * Ranks are competition ranks (1, 2, 2, 4): equal totals share a rank.
 */
import { slug } from "../data/row-ids";
import type { Role, Transfer, Window } from "./transfers";

export type PartyKind = "state" | "non-state actor" | "organisation" | "unknown";

/** What SIPRI's name says a party is: `**` organisation, `*` non-state actor, "unknown …". */
export function partyKind(name: string): PartyKind {
  if (/\*\*\s*$/.test(name)) return "organisation";
  if (/\*\s*$/.test(name)) return "non-state actor";
  if (/^unknown\b/i.test(name)) return "unknown";
  return "state";
}

/** The name without SIPRI's marks: "Hamas (Palestine)*" → "Hamas (Palestine)". */
export function displayName(name: string): string {
  return name.replace(/\*+\s*$/, "").trim();
}

/** A party's page address: SIPRI's name, lower case, hyphenated, ASCII ("cote-d-ivoire"). */
export function partySlug(name: string): string {
  return slug(displayName(name));
}

export interface DirectionPosition {
  tiv: number;
  /** Percent of the world's total in the window; undefined when the world total is 0. */
  share?: number;
  /** Rank among states with transfers in that direction; undefined for other parties or none. */
  rank?: number;
}

export interface PartyPosition {
  name: string;
  slug: string;
  kind: PartyKind;
  imports: DirectionPosition;
  exports: DirectionPosition;
}

export interface WorldWindow {
  window: Window;
  /** World total TIV in the window (every row). */
  total: number;
  /** States ranked in each direction (those with a non-zero total). */
  ranked: { imports: number; exports: number };
  parties: PartyPosition[];
}

/** Competition ranking (1, 2, 2, 4) by descending value. */
export function rankDescending<T>(items: T[], value: (t: T) => number): Map<T, number> {
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  const out = new Map<T, number>();
  sorted.forEach((item, i) => {
    const prev = sorted[i - 1];
    out.set(item, prev !== undefined && value(prev) === value(item) ? out.get(prev)! : i + 1);
  });
  return out;
}

/** Every party of the register (all years), with its position in one window. */
export function worldWindow(transfers: readonly Transfer[], w: Window): WorldWindow {
  const names = new Set<string>();
  const imports = new Map<string, number>();
  const exports = new Map<string, number>();
  let total = 0;
  for (const t of transfers) {
    names.add(t.supplier);
    names.add(t.recipient);
    if (t.year < w.from || t.year > w.to) continue;
    total += t.tiv;
    imports.set(t.recipient, (imports.get(t.recipient) ?? 0) + t.tiv);
    exports.set(t.supplier, (exports.get(t.supplier) ?? 0) + t.tiv);
  }
  const rankable = (m: Map<string, number>) =>
    new Map(
      [
        ...rankDescending(
          [...m].filter(([n, v]) => v > 0 && partyKind(n) === "state"),
          ([, v]) => v,
        ),
      ].map(([[n], r]) => [n, r]),
    );
  const importRanks = rankable(imports);
  const exportRanks = rankable(exports);
  const position = (m: Map<string, number>, r: Map<string, number>, name: string) => {
    const tiv = m.get(name) ?? 0;
    const rank = r.get(name);
    return {
      tiv,
      ...(total > 0 ? { share: (tiv / total) * 100 } : {}),
      ...(rank !== undefined ? { rank } : {}),
    };
  };
  const parties = [...names]
    .sort((a, b) => a.localeCompare(b, "en"))
    .map((name) => ({
      name,
      slug: partySlug(name),
      kind: partyKind(name),
      imports: position(imports, importRanks, name),
      exports: position(exports, exportRanks, name),
    }));
  return {
    window: w,
    total,
    ranked: { imports: importRanks.size, exports: exportRanks.size },
    parties,
  };
}

/** A party's position in one direction. */
export function directionOf(p: PartyPosition, role: Role): DirectionPosition {
  return role === "imports" ? p.imports : p.exports;
}

/** The latest window whose years the data fully covers (the register's last year may be partial). */
export function latestCompleteWindow(transfers: readonly Transfer[], size = 5): Window {
  const last = Math.max(...transfers.map((t) => t.year));
  return { from: last - size + 1, to: last };
}
