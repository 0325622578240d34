/**
 * Row ids for imported datasets, made from readable parts ("2019-01-italy-azerbaijan-…"): the
 * same input always gives the same ids, so a re-import keeps every link to a row.
 */

/** Lower-case ASCII words joined by hyphens: "Côte d'Ivoire" → "cote-d-ivoire". */
export function slug(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Ids from readable parts; a clash (two names with one slug) gets a numeric suffix. */
export function uniqueIds(bases: string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((b) => {
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    return n === 1 ? b : `${b}-${n}`;
  });
}

/** A row's own page (its figure page): where chart marks, the ledger and search lead. */
export function figureHref(slug: string, rowId: string): string {
  return `/datasets/${slug}/${rowId}`;
}
