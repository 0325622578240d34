"use client";

import { useId, useState } from "react";
import type { TableColumn } from "@/lib/table/table-model";
import type { ColumnFilter, TableView } from "@/lib/table/view-state";

interface Props {
  columns: TableColumn[];
  view: TableView;
  hasPeriod: boolean;
  onChange: (patch: Partial<TableView>) => void;
}

function numberOrUndefined(s: string): number | undefined {
  if (s.trim() === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Search, time range and per-column filters; every change goes to the address at once. */
export function TableFilters({ columns, view, hasPeriod, onChange }: Props) {
  const id = useId();
  const setFilter = (key: string, filter: ColumnFilter | undefined) => {
    const filters = { ...view.filters };
    if (filter) filters[key] = filter;
    else delete filters[key];
    onChange({ filters });
  };
  const columnFilters = Object.keys(view.filters).length;
  const active = columnFilters + (view.from !== undefined || view.to !== undefined ? 1 : 0);
  const filterable = columns.filter((c) => c.filter);
  // The per-column options (a checkbox per value, hundreds on some datasets) are built only once
  // the panel is first opened: a closed panel costs the page nothing to load and hydrate.
  const [panelOpened, setPanelOpened] = useState(false);
  const panelOpen = columnFilters > 0;

  return (
    <div className="table-controls">
      <label className="search" htmlFor={`${id}-q`}>
        Search rows
        <input
          id={`${id}-q`}
          type="search"
          value={view.q}
          placeholder="e.g. Kpler, Russia, 2023"
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </label>
      {hasPeriod ? (
        <fieldset className="time-range">
          <legend>Years</legend>
          <label>
            from
            <input
              type="number"
              inputMode="numeric"
              min={1950}
              max={2100}
              value={view.from ?? ""}
              onChange={(e) => onChange({ from: numberOrUndefined(e.target.value) })}
            />
          </label>
          <label>
            to
            <input
              type="number"
              inputMode="numeric"
              min={1950}
              max={2100}
              value={view.to ?? ""}
              onChange={(e) => onChange({ to: numberOrUndefined(e.target.value) })}
            />
          </label>
        </fieldset>
      ) : null}
      {filterable.length > 0 ? (
        <details
          className="column-filters"
          open={panelOpen || undefined}
          onToggle={(e) => {
            if (e.currentTarget.open) setPanelOpened(true);
          }}
        >
          <summary>Filter by column{columnFilters > 0 ? ` (${columnFilters} active)` : ""}</summary>
          {panelOpen || panelOpened ? (
            <div className="filter-grid">
              {filterable.map((c) => {
                const f = view.filters[c.key];
                if (c.filter === "range") {
                  const range = f?.kind === "range" ? f : undefined;
                  const set = (patch: { min?: number; max?: number }) => {
                    const next = { min: range?.min, max: range?.max, ...patch };
                    setFilter(
                      c.key,
                      next.min === undefined && next.max === undefined
                        ? undefined
                        : { kind: "range", ...next },
                    );
                  };
                  return (
                    <fieldset key={c.key} className="filter-range" data-filter={c.key}>
                      <legend>{c.label}</legend>
                      <label>
                        min
                        <input
                          type="number"
                          step="any"
                          value={range?.min ?? ""}
                          onChange={(e) => set({ min: numberOrUndefined(e.target.value) })}
                        />
                      </label>
                      <label>
                        max
                        <input
                          type="number"
                          step="any"
                          value={range?.max ?? ""}
                          onChange={(e) => set({ max: numberOrUndefined(e.target.value) })}
                        />
                      </label>
                    </fieldset>
                  );
                }
                const chosen = new Set(f?.kind === "values" ? f.values : []);
                const toggle = (value: string) => {
                  const next = new Set(chosen);
                  if (next.has(value)) next.delete(value);
                  else next.add(value);
                  setFilter(c.key, next.size ? { kind: "values", values: [...next] } : undefined);
                };
                return (
                  <fieldset key={c.key} className="filter-values" data-filter={c.key}>
                    <legend>{c.label}</legend>
                    <div className="options">
                      {(c.options ?? []).map((o) => (
                        <label key={o.value}>
                          <input
                            type="checkbox"
                            checked={chosen.has(o.value)}
                            onChange={() => toggle(o.value)}
                          />
                          {o.value} <span className="muted">({o.count})</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                );
              })}
            </div>
          ) : null}
        </details>
      ) : null}
      {active > 0 || view.q ? (
        <button
          type="button"
          className="clear"
          onClick={() => onChange({ q: "", filters: {}, from: undefined, to: undefined })}
        >
          Clear search and filters
        </button>
      ) : null}
    </div>
  );
}
