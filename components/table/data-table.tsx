"use client";

import {
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatNumber, plainDecimal, rowValue } from "@/lib/data/format";
import { unpackRows, type PackedRows } from "@/lib/data/packed-rows";
import { textCell } from "@/lib/data/roles";
import type { DataRow } from "@/lib/data/schema";
import type { Footnote } from "@/lib/pages/footnote";
import { ariaSort, sortIcon } from "@/lib/table/aria-sort";
import { queryRows, unitGrouping, type QueryContext } from "@/lib/table/table-query";
import { viewColumns, type TableColumn, type TableModel } from "@/lib/table/table-model";
import { PAGE_SIZES, parseTableView, writeTableView, type TableView } from "@/lib/table/view-state";
import { useUrlParams } from "@/hooks/use-url-params";
import { QUOTE_POPOVER_ID, QuotePopover, type QuoteContent } from "./quote-popover";
import { TableFilters } from "./table-filters";
import { ViewDownloads } from "./view-downloads";

// Sorting is done by lib/table-query over all rows (fast at 100,000); TanStack keeps the sort
// state, the header wiring and the rows of the page on screen.
const features = tableFeatures({ rowSortingFeature });

interface Props {
  slug: string;
  caption: string;
  model: TableModel;
  /** All rows, or only the first page when `rowsUrl` is given (large datasets). */
  rows: DataRow[];
  total: number;
  /** Where the rest of a large dataset's rows are (table columns only). */
  rowsUrl?: string;
  footnotes: Record<string, Footnote>;
}

function renderCell(col: TableColumn, row: DataRow) {
  if (col.format) return rowValue(col.format, row)?.text ?? <span className="missing">–</span>;
  return textCell(row, col.labelColumn) ?? textCell(row, col.key) ?? "";
}

/**
 * A dataset's rows: search, per-column filters, time range, multi-column sort (shift-click),
 * pages of at most 200 rows, downloads of the whole or of the view. All of it lives in the
 * address, so a view can be reloaded or sent on.
 */
export function DataTable({
  slug,
  caption,
  model,
  rows: initialRows,
  total,
  rowsUrl,
  footnotes,
}: Props) {
  const [params, updateParams] = useUrlParams();
  const columnsForView = useMemo(() => viewColumns(model), [model]);
  const view = useMemo(() => parseTableView(params, columnsForView), [params, columnsForView]);
  const [rows, setRows] = useState(initialRows);
  const [quote, setQuote] = useState<QuoteContent>();
  const [loadError, setLoadError] = useState<string>();
  const complete = rows.length >= total;

  useEffect(() => {
    // A large dataset ships its first page in the HTML and the rest as one compact file.
    if (!rowsUrl || complete) return;
    let cancelled = false;
    fetch(rowsUrl)
      .then((r) =>
        r.ok ? (r.json() as Promise<PackedRows>) : Promise.reject(new Error(`HTTP ${r.status}`)),
      )
      .then((packed) => {
        if (!cancelled) setRows(unpackRows(packed));
      })
      .catch(
        (e: unknown) => !cancelled && setLoadError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      cancelled = true;
    };
  }, [rowsUrl, complete]);

  const setView = useCallback(
    (patch: Partial<TableView>) =>
      updateParams((p) => {
        const next = { ...parseTableView(p, columnsForView), ...patch };
        // A new sort, search or filter starts again at the first page.
        if (!("page" in patch)) next.page = 1;
        writeTableView(next, p);
      }),
    [updateParams, columnsForView],
  );

  const ctx = useMemo<QueryContext>(
    () => ({
      columns: model.columns,
      period: model.period,
      sourceOrder: (ids) => footnotes[ids[0]!]?.n ?? Number.POSITIVE_INFINITY,
    }),
    [model, footnotes],
  );
  const order = useMemo(() => queryRows(rows, view, ctx), [rows, view, ctx]);
  // Sorted by a value whose rows carry different units: rows are ordered within each unit.
  const groupBy = unitGrouping(view, model.columns);
  const pageCount = Math.max(1, Math.ceil(order.length / view.size));
  const page = Math.min(view.page, pageCount);
  const pageRows = useMemo(() => {
    const out: DataRow[] = [];
    const end = Math.min(order.length, page * view.size);
    for (let i = (page - 1) * view.size; i < end; i++) out.push(rows[order[i]!]!);
    return out;
  }, [order, rows, page, view.size]);
  const viewIds = useCallback(
    () => Array.from(order, (i) => String(rows[i]![model.idKey])),
    [order, rows, model.idKey],
  );

  // A link to #row-<id> opens the page holding that row, then scrolls to it. A reader who
  // followed a footnote and comes Back lands on the footnote marker they left from.
  const [target, setTarget] = useState<string>();
  const leftFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const read = () => {
      const hash = window.location.hash;
      setTarget(hash.startsWith("#row-") ? decodeURIComponent(hash.slice(5)) : undefined);
      if (!hash.startsWith("#source-") && leftFrom.current?.isConnected) {
        leftFrom.current.focus();
        leftFrom.current = null;
      }
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  useEffect(() => {
    if (!target) return;
    const at = order.findIndex((i) => String(rows[i]![model.idKey]) === target);
    if (at === -1) return;
    const targetPage = Math.floor(at / view.size) + 1;
    if (targetPage !== page) setView({ page: targetPage });
    else document.getElementById(`row-${target}`)?.scrollIntoView({ block: "center" });
  }, [target, order, rows, model.idKey, view.size, page, setView]);

  const sorting: SortingState = view.sort.map((s) => ({ id: s.id, desc: s.desc }));
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === "function" ? updater(sorting) : updater;
    setView({ sort: next.map((s) => ({ id: s.id, desc: s.desc })) });
  };
  const columns = useMemo<ColumnDef<typeof features, DataRow>[]>(
    () =>
      model.columns.map((col) => ({
        id: col.key,
        header: col.label,
        accessorFn: (row: DataRow) => row[col.key],
        sortDescFirst: col.kind === "number",
      })),
    [model],
  );
  const table = useTable({
    features,
    columns,
    data: pageRows,
    manualSorting: true,
    state: { sorting },
    onSortingChange,
    getRowId: (row: DataRow) => String(row[model.idKey]),
  });

  const shownFrom = order.length === 0 ? 0 : (page - 1) * view.size + 1;
  const shownTo = Math.min(order.length, page * view.size);
  return (
    <div className="data-view">
      <TableFilters
        columns={model.columns}
        view={view}
        hasPeriod={model.period !== undefined}
        onChange={setView}
      />
      <p className="count" aria-live="polite">
        Showing {formatNumber(order.length)} of {formatNumber(total)} rows
        {!complete ? <span className="muted"> (loading the remaining rows…)</span> : null}
        {loadError ? <span role="alert"> Could not load all rows: {loadError}</span> : null}
      </p>
      <ViewDownloads
        slug={slug}
        total={total}
        viewCount={order.length}
        viewIds={viewIds}
        idKey={model.idKey}
        sourcesKey={model.sourcesKey}
      />
      <div className="table-scroll" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
        <table className="data-table dataset-rows">
          <caption>
            {caption}: rows {formatNumber(shownFrom)}–{formatNumber(shownTo)} of{" "}
            {formatNumber(order.length)}.{" "}
            <span className="hint">
              Select a column heading to sort; shift-select to add a second sort.
            </span>
          </caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const col = model.columns.find((c) => c.key === header.column.id)!;
                  const sorted = header.column.getIsSorted();
                  const index =
                    view.sort.length > 1 ? view.sort.findIndex((s) => s.id === col.key) : -1;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={ariaSort(sorted)}
                      data-key={col.key}
                      className={
                        col.kind === "number"
                          ? "num"
                          : col.kind === "sources"
                            ? "sources"
                            : undefined
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        title={col.description}
                      >
                        {col.label}
                        <span className="sort-icon" aria-hidden="true">
                          {sortIcon(sorted)}
                          {index >= 0 ? index + 1 : ""}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {pageRows.length === 0 ? (
              <tr>
                <td colSpan={model.columns.length} className="empty">
                  {total === 0
                    ? "No rows: this dataset is empty."
                    : "No rows match this search and these filters."}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row, i, all) => {
                const data = row.original;
                const unit = groupBy === undefined ? undefined : String(data[groupBy] ?? "");
                const newGroup =
                  unit !== undefined &&
                  (i === 0 || String(all[i - 1]!.original[groupBy!] ?? "") !== unit);
                return (
                  <Fragment key={row.id}>
                    {newGroup ? (
                      <tr className="unit-group">
                        <th colSpan={model.columns.length} scope="rowgroup">
                          {unit ? `In ${unit}` : "No unit stated"}
                        </th>
                      </tr>
                    ) : null}
                    <tr id={`row-${row.id}`} className={target === row.id ? "targeted" : undefined}>
                      {model.columns.map((col) => {
                        if (col.kind === "sources") {
                          const ids = data[col.key] as string[];
                          return (
                            <td key={col.key} className="sources" data-label={col.label}>
                              {ids.map((id) => {
                                const f = footnotes[id]!;
                                return (
                                  <a
                                    key={id}
                                    href={`#source-${f.n}`}
                                    className="footnote-ref"
                                    aria-label={`Source ${f.n}: ${f.label}`}
                                    onClick={(e) => (leftFrom.current = e.currentTarget)}
                                  >
                                    [{f.n}]
                                  </a>
                                );
                              })}
                              <button
                                type="button"
                                className="quote-button"
                                popoverTarget={QUOTE_POPOVER_ID}
                                popoverTargetAction="show"
                                aria-label={`Quote: the source and exact words of row ${row.id}`}
                                onClick={() =>
                                  setQuote({
                                    rowId: row.id,
                                    quote: textCell(data, model.quoteKey),
                                    note: textCell(data, model.noteKey),
                                    sources: ids.map((id) => footnotes[id]!),
                                    citeHref: `/datasets/${slug}/${row.id}#figure-cite`,
                                  })
                                }
                              >
                                Quote
                              </button>
                              <a
                                href={`/datasets/${slug}/${row.id}`}
                                className="figure-link"
                                aria-label={`Cite: the page of figure ${row.id}, with its source, lineage and citation`}
                              >
                                Cite
                              </a>
                            </td>
                          );
                        }
                        const v = data[col.key];
                        return (
                          <td
                            key={col.key}
                            className={col.kind === "number" ? "num" : undefined}
                            data-key={col.key}
                            data-label={col.label}
                            data-value={
                              v === undefined
                                ? ""
                                : typeof v === "number"
                                  ? plainDecimal(v)
                                  : String(v)
                            }
                          >
                            {renderCell(col, data)}
                          </td>
                        );
                      })}
                    </tr>
                  </Fragment>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <QuotePopover content={quote} />
      {order.length > PAGE_SIZES[0] ? (
        <nav className="pager" aria-label="Table pages">
          <button type="button" disabled={page <= 1} onClick={() => setView({ page: page - 1 })}>
            ← Previous
          </button>
          <span>
            Page {page} of {pageCount}
          </span>
          <button
            type="button"
            disabled={page >= pageCount}
            onClick={() => setView({ page: page + 1 })}
          >
            Next →
          </button>
          <label>
            Rows per page{" "}
            <select value={view.size} onChange={(e) => setView({ size: Number(e.target.value) })}>
              {PAGE_SIZES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </nav>
      ) : null}
    </div>
  );
}
