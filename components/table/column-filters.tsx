"use client";

import type { TableColumn } from "@/lib/table/table-model";
import { finite, type ColumnFilter, type TableView } from "@/lib/table/view-state";

/** Per-column filters: a range for number columns, a checkbox per value for the others. */
export function ColumnFilters({
  columns,
  filters,
  setFilter,
}: {
  columns: TableColumn[];
  filters: TableView["filters"];
  setFilter: (key: string, filter: ColumnFilter | undefined) => void;
}) {
  return (
    <div className="filter-grid">
      {columns.map((c) => {
        const f = filters[c.key];
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
                  onChange={(e) => set({ min: finite(e.target.value) })}
                />
              </label>
              <label>
                max
                <input
                  type="number"
                  step="any"
                  value={range?.max ?? ""}
                  onChange={(e) => set({ max: finite(e.target.value) })}
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
  );
}
