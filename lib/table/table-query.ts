import type { DataRow } from "../data/schema";
import type { TableView } from "./view-state";

/**
 * Filtering and sorting of a table's rows, fast enough for 100,000 rows in the browser: sort
 * keys are extracted once per column into typed arrays (numbers) or ranks (text), and rows are
 * ordered by sorting an index array, not the row objects.
 */

export interface QueryColumn {
  key: string;
  kind: "number" | "text" | "sources";
  /** Text shown (and searched) instead of the value, e.g. a period label. */
  labelColumn?: string;
  /** A number column whose rows carry their own unit names that unit's column. */
  format?: { unitColumn?: string };
}

export interface QueryContext {
  columns: readonly QueryColumn[];
  /** Period columns for the time range (date strings or integer years). */
  period?: { start: string; end: string };
  /** Sort key of a sources cell (its first footnote number). */
  sourceOrder?: (ids: string[]) => number;
}

type Keys = Float64Array;

/** Per rows-array caches: keys are computed once and reused by every later query. */
const keyCache = new WeakMap<readonly DataRow[], Map<string, Keys>>();
const searchCache = new WeakMap<readonly DataRow[], string[]>();

function yearOf(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\d{4}/.test(v)) return Number(v.slice(0, 4));
  return undefined;
}

/** Numeric sort keys for one column (text becomes its rank in code-unit order); NaN = missing. */
function sortKeys(rows: readonly DataRow[], col: QueryColumn, ctx: QueryContext): Keys {
  let cache = keyCache.get(rows);
  if (!cache) keyCache.set(rows, (cache = new Map()));
  const hit = cache.get(col.key);
  if (hit) return hit;
  const keys = new Float64Array(rows.length);
  if (col.kind === "number") {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![col.key];
      keys[i] = typeof v === "number" ? v : NaN;
    }
  } else if (col.kind === "sources") {
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![col.key];
      keys[i] = Array.isArray(v) && ctx.sourceOrder ? ctx.sourceOrder(v) : NaN;
    }
  } else {
    const text: (string | undefined)[] = rows.map((r) => {
      const v = r[col.key];
      return v === undefined ? undefined : String(v).toLowerCase();
    });
    const distinct = [...new Set(text.filter((t): t is string => t !== undefined))].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    const rank = new Map(distinct.map((t, i) => [t, i]));
    for (let i = 0; i < rows.length; i++) {
      const t = text[i];
      keys[i] = t === undefined ? NaN : rank.get(t)!;
    }
  }
  cache.set(col.key, keys);
  return keys;
}

function searchText(rows: readonly DataRow[], columns: readonly QueryColumn[]): string[] {
  let texts = searchCache.get(rows);
  if (!texts) {
    texts = rows.map((r) =>
      columns
        .map((c) => r[c.labelColumn ?? c.key] ?? r[c.key])
        .filter((v) => v !== undefined)
        .join(" ")
        .toLowerCase(),
    );
    searchCache.set(rows, texts);
  }
  return texts;
}

/**
 * The unit column a view's rows are grouped by: sorting a number column whose rows carry
 * different units orders them within each unit (units A–Z), never 556,000 tonnes beside 60%.
 */
export function unitGrouping(view: TableView, columns: readonly QueryColumn[]): string | undefined {
  const first = view.sort[0];
  const col = first && columns.find((c) => c.key === first.id);
  return col?.kind === "number" ? col.format?.unitColumn : undefined;
}

/** Indices of the rows in the view, in display order. Missing values sort last either way. */
export function queryRows(
  rows: readonly DataRow[],
  view: TableView,
  ctx: QueryContext,
): Uint32Array {
  const byKey = new Map(ctx.columns.map((c) => [c.key, c]));
  const q = view.q.trim().toLowerCase();
  const texts = q ? searchText(rows, ctx.columns) : undefined;
  const filters = Object.entries(view.filters).filter(([id]) => byKey.has(id));
  const valueSets = new Map(
    filters.map(([id, f]) => [id, f.kind === "values" ? new Set(f.values) : undefined]),
  );
  const hasTime = ctx.period !== undefined && (view.from !== undefined || view.to !== undefined);

  const picked: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (texts && !texts[i]!.includes(q)) continue;
    let keep = true;
    for (const [id, f] of filters) {
      const v = row[id];
      if (f.kind === "values") {
        if (!valueSets.get(id)!.has(String(v ?? ""))) keep = false;
      } else {
        const n =
          byKey.get(id)!.kind === "number" ? (typeof v === "number" ? v : undefined) : yearOf(v);
        if (
          n === undefined ||
          (f.min !== undefined && n < f.min) ||
          (f.max !== undefined && n > f.max)
        )
          keep = false;
      }
      if (!keep) break;
    }
    if (keep && hasTime) {
      // A row is in the time range if its period overlaps it.
      const start = yearOf(row[ctx.period!.start]);
      const end = yearOf(row[ctx.period!.end]) ?? start;
      if (
        start === undefined ||
        (view.to !== undefined && start > view.to) ||
        (view.from !== undefined && end! < view.from)
      )
        keep = false;
    }
    if (keep) picked.push(i);
  }
  const out = Uint32Array.from(picked);
  const unit = unitGrouping(view, ctx.columns);
  const sorts = [
    ...(unit ? [{ keys: sortKeys(rows, { key: unit, kind: "text" }, ctx), desc: false }] : []),
    ...view.sort
      .filter((s) => byKey.has(s.id))
      .map((s) => ({ keys: sortKeys(rows, byKey.get(s.id)!, ctx), desc: s.desc })),
  ];
  if (sorts.length === 0) return out;
  out.sort((a, b) => {
    for (const { keys, desc } of sorts) {
      const x = keys[a]!;
      const y = keys[b]!;
      if (x !== x || y !== y) {
        if (x !== x && y !== y) continue; // both missing
        return x !== x ? 1 : -1; // missing last, whatever the direction
      }
      if (x !== y) return desc ? y - x : x - y;
    }
    return a - b; // stable: original order breaks ties
  });
  return out;
}
