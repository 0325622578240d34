"use client";

import { lazy, Suspense, useId, useState } from "react";
import type { TableColumn } from "@/lib/table/table-model";
import { finite, type ColumnFilter, type TableView } from "@/lib/table/view-state";

interface Props {
  columns: TableColumn[];
  view: TableView;
  hasPeriod: boolean;
  onChange: (patch: Partial<TableView>) => void;
}

// The per-column filters load with the panel, the first time a reader opens it.
const ColumnFilters = lazy(() =>
  import("./column-filters").then((m) => ({ default: m.ColumnFilters })),
);

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
              onChange={(e) => onChange({ from: finite(e.target.value) })}
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
              onChange={(e) => onChange({ to: finite(e.target.value) })}
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
            <Suspense>
              <ColumnFilters columns={filterable} filters={view.filters} setFilter={setFilter} />
            </Suspense>
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
