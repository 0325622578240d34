"use client";

import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useMemo } from "react";
import type { ClaimView } from "@/lib/claims/claims-view";
import { ariaSort, sortIcon } from "@/lib/table/aria-sort";
import { useUrlParams } from "@/hooks/use-url-params";
import { VERDICT_ORDER } from "@/lib/claims/verdicts";
import { VerdictBadge } from "./verdict-badge";

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});

const KIND_LABEL: Record<string, string> = { claim: "opinion article", press: "news report" };

interface Filters {
  topic: string;
  verdict: string;
  kind: string;
  q: string;
}

const EMPTY: Filters = { topic: "", verdict: "", kind: "", q: "" };
const SORT_IDS = ["claim", "verdict", "stated", "evidence", "source", "date", "topic"];
const FILTER_KEYS = Object.keys(EMPTY) as (keyof Filters)[];

/** The claims ledger: filter by topic, verdict and kind of source, search, and sort any column. */
export function ClaimsTable({ claims }: { claims: ClaimView[] }) {
  // Filters live in the address (?verdict=…&topic=…), so a filtered ledger can be shared.
  const [params, updateParams] = useUrlParams();
  const filters = useMemo(
    () =>
      Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ""])) as unknown as Filters,
    [params],
  );
  // The sort lives in the address too (?sort=date:asc), like the dataset tables'.
  const sorting = useMemo<SortingState>(() => {
    const [id, dir] = (params.get("sort") ?? "").split(":");
    return id && SORT_IDS.includes(id) && (dir === "asc" || dir === "desc")
      ? [{ id, desc: dir === "desc" }]
      : [];
  }, [params]);
  const setSorting = (updater: Updater<SortingState>) =>
    updateParams((p) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) p.set("sort", `${first.id}:${first.desc ? "desc" : "asc"}`);
      else p.delete("sort");
    });
  const update = (patch: Partial<Filters>) =>
    updateParams((p) => {
      for (const [k, v] of Object.entries(patch)) {
        if (v) p.set(k, v);
        else p.delete(k);
      }
    });

  const topics = useMemo(() => [...new Set(claims.map((c) => c.topic))].sort(), [claims]);
  const verdicts = useMemo(
    () => VERDICT_ORDER.filter((v) => claims.some((c) => c.verdict === v)),
    [claims],
  );
  const shown = useMemo(() => {
    const q = filters.q.trim().toLowerCase();
    return claims.filter(
      (c) =>
        (!filters.topic || c.topic === filters.topic) &&
        (!filters.verdict || c.verdict === filters.verdict) &&
        (!filters.kind || c.source.kind === filters.kind) &&
        (!q ||
          `${c.quote} ${c.source.publisher} ${c.explanation} ${c.id}`.toLowerCase().includes(q)),
    );
  }, [claims, filters]);

  const columns = useMemo<ColumnDef<typeof features, ClaimView>[]>(
    () => [
      { id: "claim", header: "Claim", accessorFn: (c) => c.quote, sortFn: "text" },
      {
        id: "verdict",
        header: "Verdict",
        accessorFn: (c) => VERDICT_ORDER.indexOf(c.verdict),
        sortFn: "basic",
        sortDescFirst: false,
      },
      {
        id: "stated",
        header: "Stated",
        accessorFn: (c) => c.stated || undefined,
        sortFn: "text",
        sortUndefined: "last",
      },
      {
        id: "evidence",
        header: "Evidence",
        accessorFn: (c) => c.evidence.length,
        sortFn: "basic",
        sortDescFirst: true,
      },
      {
        id: "source",
        header: "Who and when",
        accessorFn: (c) => c.source.publisher,
        sortFn: "text",
      },
      {
        id: "date",
        header: "Date",
        accessorFn: (c) => c.date || undefined,
        sortFn: "text",
        sortUndefined: "last",
      },
      { id: "topic", header: "Topic", accessorFn: (c) => c.topic, sortFn: "text" },
    ],
    [],
  );
  const table = useTable({
    features,
    columns,
    data: shown,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (c: ClaimView) => c.id,
  });

  return (
    <div className="claims">
      <form
        className="filters"
        role="search"
        aria-label="Filter claims"
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          Topic
          <select value={filters.topic} onChange={(e) => update({ topic: e.target.value })}>
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Verdict
          <select value={filters.verdict} onChange={(e) => update({ verdict: e.target.value })}>
            <option value="">All verdicts</option>
            {verdicts.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          Source
          <select value={filters.kind} onChange={(e) => update({ kind: e.target.value })}>
            <option value="">Articles and news</option>
            <option value="claim">Opinion articles</option>
            <option value="press">News reports</option>
          </select>
        </label>
        <label className="search">
          Search
          <input
            type="search"
            value={filters.q}
            placeholder="words in the claim, source or explanation"
            onChange={(e) => update({ q: e.target.value })}
          />
        </label>
        {FILTER_KEYS.some((k) => filters[k]) ? (
          <button type="button" onClick={() => update(EMPTY)}>
            Clear filters
          </button>
        ) : null}
      </form>
      <p className="count" aria-live="polite">
        Showing {shown.length} of {claims.length} claims
      </p>
      <div className="table-scroll" role="region" aria-label="Claims (table)" tabIndex={0}>
        <table className="data-table claims-table">
          <caption className="visually-hidden">Claims, their evidence and verdicts</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort(header.column.getIsSorted())}
                    data-key={header.column.id}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {String(header.column.columnDef.header)}
                      <span className="sort-icon" aria-hidden="true">
                        {sortIcon(header.column.getIsSorted())}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={7} className="empty">
                  No claim matches these filters.
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => {
                const c = row.original;
                return (
                  <tr key={c.id} id={c.id} data-verdict={c.verdict}>
                    <td className="claim-quote">
                      <blockquote>&ldquo;{c.quote}&rdquo;</blockquote>
                      <a href={`#${c.id}`} className="claim-id">
                        {c.id}
                      </a>
                    </td>
                    <td className="verdict-cell">
                      <VerdictBadge verdict={c.verdict} />
                      <p>{c.explanation}</p>
                    </td>
                    <td>
                      {c.stated || <span className="muted">no figure</span>}
                      {c.statedPeriod ? <div className="muted">{c.statedPeriod}</div> : null}
                    </td>
                    <td className="evidence">
                      {c.evidence.length === 0 ? (
                        <span className="muted">none found</span>
                      ) : (
                        <ul>
                          {c.evidence.map((e) => (
                            <li key={e.href}>
                              <a href={e.href}>{e.label}</a>{" "}
                              <span className="muted">{e.detail}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      <a href={`/sources#${c.source.id}`}>{c.source.publisher}</a>
                      <div className="muted">{KIND_LABEL[c.source.kind] ?? c.source.kind}</div>
                    </td>
                    <td data-value={c.date}>{c.dateText}</td>
                    <td>{c.topic}</td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
