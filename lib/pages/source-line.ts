import type { DataRow, Source } from "../data/schema";

const NAMED = 3;

/**
 * The line under a chart, written to travel without the page (an exported PNG): the publishers
 * behind most rows with their year, "and N more", then where the rest are listed. A dataset
 * imported from one publisher's database names it as its metadata attributes it.
 */
export function sourceLine(opts: {
  sources: readonly Source[];
  rows: readonly DataRow[];
  sourcesKey: string;
  attribution?: string;
}): string {
  const { sources, rows, sourcesKey, attribution } = opts;
  if (attribution) return `Source: ${attribution}.`;
  const cites = new Map<string, number>();
  for (const row of rows) {
    const ids = row[sourcesKey];
    if (Array.isArray(ids)) for (const id of ids) cites.set(id, (cites.get(id) ?? 0) + 1);
  }
  // Most-cited first; ties in the order sources are numbered on the page.
  const ranked = sources
    .map((s, i) => ({ s, i, n: cites.get(s.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ s }) => (s.published ? `${s.publisher} (${s.published.slice(0, 4)})` : s.publisher));
  const named = [...new Set(ranked)];
  if (named.length === 0) return "Sources: none cited yet.";
  const head = named.slice(0, NAMED).join(", ");
  const more = named.length - NAMED;
  return `Source${named.length === 1 ? "" : "s"}: ${head}${more > 0 ? ` and ${more} more` : ""}.`;
}
