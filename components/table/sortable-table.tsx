"use client";

import { useMemo } from "react";
import { useHydrated } from "@/hooks/use-hydrated";
import { parseCellSort, sortCellRows, type CellTable } from "@/lib/table/cells";
import { ariaSort, sortIcon } from "@/lib/table/aria-sort";
import { useUrlParams } from "@/hooks/use-url-params";

/**
 * A computed table (cells prepared on the server) that sorts by any column: a button in each
 * heading, `aria-sort` on the heading, numbers largest first on the first click, missing values
 * last either way. The sort lives in the address as `sort.<id>=<column>:<dir>`.
 */
export function SortableTable({
  id,
  caption,
  table,
}: {
  id: string;
  caption: string;
  table: CellTable;
}) {
  const [params, updateParams] = useUrlParams();
  // False in the server's HTML, true once hydrated: the headings' buttons work from then on
  // (the end-to-end tests wait for it rather than for the network).
  const interactive = useHydrated();
  const param = `sort.${id}`;
  const sortParam = params.get(param);
  const sortCol = parseCellSort(table, sortParam);
  const desc = sortCol?.desc ?? false;
  const rows = useMemo(
    () => sortCellRows(table.rows, parseCellSort(table, sortParam)),
    [table, sortParam],
  );
  const sortBy = (colId: string, numeric: boolean) =>
    updateParams((p) => {
      const next =
        colId !== sortCol?.id
          ? numeric
            ? "desc"
            : "asc"
          : desc === numeric
            ? numeric
              ? "asc"
              : "desc"
            : null;
      if (next) p.set(param, `${colId}:${next}`);
      else p.delete(param);
    });

  return (
    <div className="table-scroll" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
      <table
        className="data-table cell-table"
        id={`table-${id}`}
        data-interactive={interactive || undefined}
      >
        <caption>
          {caption} <span className="hint">Select a column heading to sort.</span>
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => {
              const sorted = c.id === sortCol?.id ? (desc ? "desc" : "asc") : false;
              return (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={ariaSort(sorted)}
                  data-key={c.id}
                  className={c.numeric ? "num" : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={c.description}
                    onClick={() => sortBy(c.id, c.numeric === true)}
                  >
                    {c.label}
                    <span className="sort-icon" aria-hidden="true">
                      {sortIcon(sorted)}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              {table.columns.map((c) => {
                const cell = r.cells[c.id];
                return (
                  <td
                    key={c.id}
                    className={c.numeric ? "num" : undefined}
                    data-value={cell?.sort === null || cell === undefined ? "" : String(cell.sort)}
                  >
                    {cell?.lines.map((l, i) => (
                      <div key={i} className={l.missing ? "missing" : undefined}>
                        {l.href ? <a href={l.href}>{l.text}</a> : l.text}
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
