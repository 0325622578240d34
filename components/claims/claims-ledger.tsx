"use client";

import { useMemo } from "react";
import type { ClaimView } from "@/lib/claims/claims-view";
import { VERDICT_ORDER } from "@/lib/claims/verdicts";
import { useUrlParams } from "@/hooks/use-url-params";
import { ClaimBlock } from "./claim-block";

interface Filters {
  topic: string;
  verdict: string;
  kind: string;
  q: string;
  sort: string;
}

const EMPTY: Filters = { topic: "", verdict: "", kind: "", q: "", sort: "" };
const FILTER_KEYS = Object.keys(EMPTY) as (keyof Filters)[];

/** Orders the ledger can be read in (`?sort=`), the default first. */
const SORTS: Record<string, { label: string; compare: (a: ClaimView, b: ClaimView) => number }> = {
  "": { label: "ledger order", compare: () => 0 },
  "date:desc": {
    label: "newest first",
    compare: (a, b) => (b.date || "0").localeCompare(a.date || "0"),
  },
  "date:asc": {
    label: "oldest first",
    compare: (a, b) => (a.date || "9").localeCompare(b.date || "9"),
  },
  "verdict:asc": {
    label: "best supported first",
    compare: (a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict),
  },
  "verdict:desc": {
    label: "least supported first",
    compare: (a, b) => VERDICT_ORDER.indexOf(b.verdict) - VERDICT_ORDER.indexOf(a.verdict),
  },
  "topic:asc": { label: "topic", compare: (a, b) => a.topic.localeCompare(b.topic) },
  "source:asc": {
    label: "source",
    compare: (a, b) => a.source.publisher.localeCompare(b.source.publisher),
  },
};

/** The claims ledger: filter by topic, verdict and kind of source, search, and order; all in the address. */
export function ClaimsLedger({ claims }: { claims: ClaimView[] }) {
  const [params, updateParams] = useUrlParams();
  const filters = useMemo(
    () =>
      Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ""])) as unknown as Filters,
    [params],
  );
  const sort = SORTS[filters.sort] ? filters.sort : "";
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
    const kept = claims.filter(
      (c) =>
        (!filters.topic || c.topic === filters.topic) &&
        (!filters.verdict || c.verdict === filters.verdict) &&
        (!filters.kind || c.source.kind === filters.kind) &&
        (!q ||
          `${c.quote} ${c.source.publisher} ${c.explanation} ${c.id}`.toLowerCase().includes(q)),
    );
    return [...kept].sort(SORTS[sort]!.compare);
  }, [claims, filters, sort]);

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
            <option value="">All sources</option>
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
        <label>
          Order
          <select value={sort} onChange={(e) => update({ sort: e.target.value })}>
            {Object.entries(SORTS).map(([value, s]) => (
              <option key={value} value={value}>
                {s.label}
              </option>
            ))}
          </select>
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
      {shown.length === 0 ? (
        <p className="empty">No claim matches these filters.</p>
      ) : (
        <div className="claim-list">
          {shown.map((c) => (
            <ClaimBlock key={c.id} claim={c} />
          ))}
        </div>
      )}
    </div>
  );
}
