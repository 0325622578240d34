/**
 * A dataset page's view as query parameters, so a shared link restores it exactly:
 *   sort=value:desc,period_start:asc   q=kazakh   f.supplier=Azerbaijan|Russia   f.value=10..50
 *   from=2018&to=2025   page=2&size=100   tab=table   series.<chart>=A|B   mode.<chart>=share
 * Anything invalid (unknown column, bad number, wrong format) is ignored, never an error.
 */

export type ColumnFilter =
  { kind: "values"; values: string[] } | { kind: "range"; min?: number; max?: number };

export interface SortKey {
  id: string;
  desc: boolean;
}

export interface TableView {
  sort: SortKey[];
  q: string;
  filters: Record<string, ColumnFilter>;
  from?: number;
  to?: number;
  page: number;
  size: number;
}

export type FilterKind = "values" | "range";

/** What the parser needs to know about the table: which columns exist and how they filter. */
export interface ViewColumns {
  sortable: readonly string[];
  filters: Readonly<Record<string, FilterKind>>;
}

export const PAGE_SIZES = [50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const TABS = ["all", "chart", "table"] as const;
export type Tab = (typeof TABS)[number];

const YEAR = /^\d{4}$/;

/** A number typed by a reader (or in the address); blank or not a finite number → undefined. */
export function finite(s: string): number | undefined {
  if (s.trim() === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The years in view (`from`, `to`), for the table and every chart alike; a reversed range
 * (`from=2025&to=2018`) is read as 2018–2025.
 */
export function parseYearRange(params: URLSearchParams): { from?: number; to?: number } {
  const year = (k: string) => {
    const v = params.get(k) ?? "";
    return YEAR.test(v) ? Number(v) : undefined;
  };
  let from = year("from");
  let to = year("to");
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

export function parseTableView(params: URLSearchParams, columns: ViewColumns): TableView {
  const sort: SortKey[] = [];
  for (const part of (params.get("sort") ?? "").split(",")) {
    const [id, dir] = part.split(":");
    if (!id || !columns.sortable.includes(id) || sort.some((s) => s.id === id)) continue;
    if (dir !== undefined && dir !== "asc" && dir !== "desc") continue;
    sort.push({ id, desc: dir === "desc" });
  }
  const filters: Record<string, ColumnFilter> = {};
  for (const [key, value] of params) {
    if (!key.startsWith("f.")) continue;
    const id = key.slice(2);
    const kind = columns.filters[id];
    if (kind === "values") {
      const values = value.split("|").filter((v) => v !== "");
      if (values.length > 0) filters[id] = { kind, values };
    } else if (kind === "range") {
      const m = /^(.*)\.\.(.*)$/.exec(value);
      if (!m) continue;
      const min = finite(m[1]!);
      const max = finite(m[2]!);
      if (min !== undefined || max !== undefined)
        filters[id] = {
          kind,
          ...(min !== undefined ? { min } : {}),
          ...(max !== undefined ? { max } : {}),
        };
    }
  }
  const { from, to } = parseYearRange(params);
  const size = Number(params.get("size"));
  const page = Number(params.get("page"));
  return {
    sort,
    q: (params.get("q") ?? "").slice(0, 200),
    filters,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

/** Writes the view into `params`, dropping defaults so plain links stay plain. */
export function writeTableView(view: TableView, params: URLSearchParams): void {
  for (const key of [...params.keys()]) if (key.startsWith("f.")) params.delete(key);
  const set = (k: string, v: string | undefined) => (v ? params.set(k, v) : params.delete(k));
  set("sort", view.sort.map((s) => `${s.id}:${s.desc ? "desc" : "asc"}`).join(","));
  set("q", view.q);
  for (const [id, f] of Object.entries(view.filters)) {
    if (f.kind === "values") set(`f.${id}`, f.values.join("|"));
    else set(`f.${id}`, `${f.min ?? ""}..${f.max ?? ""}`);
  }
  set("from", view.from?.toString());
  set("to", view.to?.toString());
  set("page", view.page > 1 ? String(view.page) : undefined);
  set("size", view.size !== DEFAULT_PAGE_SIZE ? String(view.size) : undefined);
}

/** A dataset page showing some rows as a table: the rows behind a computed figure. */
export function rowsHref(
  slug: string,
  filters: Record<string, string | string[]>,
  years?: { from: number; to: number },
): string {
  const p = new URLSearchParams();
  writeTableView(
    {
      sort: [],
      q: "",
      filters: Object.fromEntries(
        Object.entries(filters).map(([k, v]) => [
          k,
          { kind: "values" as const, values: Array.isArray(v) ? v : [v] },
        ]),
      ),
      ...(years ? { from: years.from, to: years.to } : {}),
      page: 1,
      size: DEFAULT_PAGE_SIZE,
    },
    p,
  );
  p.set("tab", "table");
  return `/datasets/${slug}?${p.toString()}`;
}

export function parseTab(params: URLSearchParams): Tab {
  const t = params.get("tab");
  return (TABS as readonly string[]).includes(t ?? "") ? (t as Tab) : "all";
}
