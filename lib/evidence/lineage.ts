import { textCell, type ColumnRoles } from "../data/roles";
import type { DataRow } from "../data/schema";

/**
 * Lineage: a row that repeats another outlet's measurement says so, either by naming the row of
 * the original estimate (`derivedFrom`) or, when the original is not in the data, by naming who
 * first published it (`original`), with how it was reported (`reportedAs`). Rows that share an
 * original are one independent estimate, however many outlets repeated it.
 */

/** Problems with the lineage of every row, as [row index, column, message]. */
export function checkLineage(
  roles: ColumnRoles,
  rows: readonly DataRow[],
): [number, string, string][] {
  const problems: [number, string, string][] = [];
  const from = roles.derivedFrom;
  if (!from && !roles.original) return problems;
  const index = new Map(rows.map((r, i) => [String(r[roles.id]), i]));
  rows.forEach((row, i) => {
    const parent = textCell(row, from);
    const original = textCell(row, roles.original);
    const reported = textCell(row, roles.reportedAs);
    if (parent !== undefined) {
      if (!index.has(parent))
        problems.push([i, from!, `repeats row "${parent}", which is not in this dataset`]);
      else if (original !== undefined)
        problems.push([
          i,
          roles.original!,
          "a row repeats either a row here or a named original, not both",
        ]);
    }
    if (
      roles.reportedAs &&
      (parent !== undefined || original !== undefined) &&
      reported === undefined
    )
      problems.push([
        i,
        roles.reportedAs,
        "say how this row reports its original (verbatim, rounded…)",
      ]);
    if (
      roles.reportedAs &&
      parent === undefined &&
      original === undefined &&
      reported !== undefined
    )
      problems.push([
        i,
        roles.reportedAs,
        "only a row that repeats an original says how it reports it",
      ]);
  });
  // Following `derivedFrom` must end at a row that repeats no other row: no cycles.
  if (from)
    rows.forEach((row, i) => {
      const seen = new Set<number>([i]);
      let at = row;
      for (;;) {
        const next = index.get(textCell(at, from) ?? "");
        if (next === undefined) break;
        if (seen.has(next)) {
          problems.push([
            i,
            from,
            `lineage goes round in a circle (${[...seen].map((j) => String(rows[j]![roles.id])).join(" → ")} → ${String(rows[next]![roles.id])})`,
          ]);
          break;
        }
        seen.add(next);
        at = rows[next]!;
      }
    });
  return problems;
}

/**
 * The key of the measurement a row reports: the named original of the row it (ultimately)
 * repeats, or that row's id. Rows with the same key are one independent estimate.
 */
export function lineageKey(
  roles: ColumnRoles,
  row: DataRow,
  byId: ReadonlyMap<string, DataRow>,
): string {
  let at = row;
  const seen = new Set<DataRow>();
  for (;;) {
    const parent = byId.get(textCell(at, roles.derivedFrom) ?? "");
    if (!parent || seen.has(parent)) break;
    seen.add(at);
    at = parent;
  }
  const original = textCell(at, roles.original);
  return original !== undefined ? `original:${original}` : `row:${String(at[roles.id])}`;
}

/** Closer to the original first: the row a group is drawn from. */
const FIDELITY = ["verbatim", "converted", "translated", "rounded", "paraphrased"];

export interface EstimateGroup {
  key: string;
  /** The row the estimate is drawn from: the original if it is here, else the closest report. */
  lead: DataRow;
  /** Every row reporting this measurement, the lead first. */
  rows: DataRow[];
  /** Who first published it, when that is not a row here. */
  original?: string;
}

/** Groups `rows` (e.g. one chart series) into independent estimates, in first-seen order. */
export function independentEstimates(
  roles: ColumnRoles,
  rows: readonly DataRow[],
  all: readonly DataRow[] = rows,
): EstimateGroup[] {
  const byId = new Map(all.map((r) => [String(r[roles.id]), r]));
  const groups = new Map<string, DataRow[]>();
  for (const row of rows) {
    const key = lineageKey(roles, row, byId);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const rank = (r: DataRow) => {
    if (textCell(r, roles.derivedFrom) === undefined && textCell(r, roles.original) === undefined)
      return -1; // the original itself
    const i = FIDELITY.indexOf(textCell(r, roles.reportedAs) ?? "");
    return i === -1 ? FIDELITY.length : i;
  };
  return [...groups].map(([key, members]) => {
    const sorted = [...members].sort((a, b) => rank(a) - rank(b));
    const original = key.startsWith("original:") ? key.slice("original:".length) : undefined;
    return { key, lead: sorted[0]!, rows: sorted, ...(original ? { original } : {}) };
  });
}

/** Distinct measurements behind some rows: one however many outlets or wholes repeat it. */
export function measurementCount(
  roles: ColumnRoles,
  rows: readonly DataRow[],
  all: readonly DataRow[] = rows,
): number {
  const byId = new Map(all.map((r) => [String(r[roles.id]), r]));
  return new Set(rows.map((r) => lineageKey(roles, r, byId))).size;
}

/** Distinct publications (source ids) behind some rows. */
export function publicationCount(roles: ColumnRoles, rows: readonly DataRow[]): number {
  return new Set(rows.flatMap((r) => (r[roles.sources] as string[] | undefined) ?? [])).size;
}

/** "12 independent estimates from 15 publications". */
export function independenceText(estimates: number, publications: number): string {
  return `${estimates} independent estimate${estimates === 1 ? "" : "s"} from ${publications} publication${publications === 1 ? "" : "s"}`;
}
