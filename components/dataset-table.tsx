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
} from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { formatValue, formatNumber } from "@/lib/format";
import type { DataRow } from "@/lib/schema";
import type { TableColumn, TableModel } from "@/lib/table-model";
import { QuotePopover } from "./quote-popover";

// Module scope: TanStack wants features and sort functions to keep one identity across renders.
const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});

export interface Footnote {
  n: number;
  /** Publisher, shown beside the marker. */
  label: string;
  title: string;
  url?: string;
  date?: string;
}

interface Props {
  caption: string;
  model: TableModel;
  rows: DataRow[];
  /** Footnote number and short label per source id (numbered in order of first citation). */
  footnotes: Record<string, Footnote>;
}

function text(row: DataRow, key: string | undefined): string | undefined {
  if (!key) return undefined;
  const v = row[key];
  return typeof v === "string" ? v : undefined;
}

function renderCell(col: TableColumn, row: DataRow) {
  const v = row[col.key];
  if (col.kind === "number") {
    if (typeof v !== "number") return <span className="missing">–</span>;
    const high = col.rangeEndColumn ? row[col.rangeEndColumn] : undefined;
    return formatValue(v, {
      unit: col.unitColumn ? text(row, col.unitColumn) : col.unit,
      qualifier: text(row, col.prefixColumn),
      high: typeof high === "number" ? high : undefined,
    });
  }
  return text(row, col.labelColumn) ?? (typeof v === "string" ? v : "");
}

function ariaSort(sorted: false | "asc" | "desc"): "ascending" | "descending" | "none" {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
}

/**
 * The full dataset as a sortable table. Every column sorts (numbers start descending, text
 * ascending; shift-click adds a column); footnote markers link to the numbered sources below.
 */
export function DatasetTable({ caption, model, rows, footnotes }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo<ColumnDef<typeof features, DataRow>[]>(
    () =>
      model.columns.map((col) => ({
        id: col.key,
        header: col.label,
        accessorFn: (row: DataRow) => {
          const v = row[col.key];
          if (col.kind === "sources") return footnotes[(v as string[])[0]!]?.n;
          return v === undefined ? undefined : v;
        },
        sortFn: col.kind === "text" ? "text" : "basic",
        sortDescFirst: col.kind === "number",
        sortUndefined: "last",
      })),
    [model, footnotes],
  );
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row: DataRow) => String(row[model.idKey]),
  });
  const byKey = new Map(model.columns.map((c) => [c.key, c]));

  return (
    <div className="table-scroll" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
      <table className="data-table dataset-rows">
        <caption>
          {caption}: {formatNumber(rows.length)} row{rows.length === 1 ? "" : "s"}.{" "}
          <span className="hint">
            Select a column heading to sort; shift-select to add a second sort.
          </span>
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const col = byKey.get(header.column.id)!;
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    data-key={col.key}
                    aria-sort={ariaSort(sorted)}
                    className={col.kind === "number" ? "num" : undefined}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                      title={col.description}
                    >
                      {col.label}
                      <span className="sort-icon" aria-hidden="true">
                        {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={model.columns.length} className="empty">
                No rows: this dataset is empty.
              </td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id} id={`row-${row.id}`}>
                {model.columns.map((col) => {
                  const data = row.original;
                  if (col.kind === "sources") {
                    return (
                      <td key={col.key} className="sources">
                        {(data[col.key] as string[]).map((id) => {
                          const f = footnotes[id]!;
                          return (
                            <a
                              key={id}
                              href={`#source-${f.n}`}
                              className="footnote-ref"
                              aria-label={`Source ${f.n}: ${f.label}`}
                            >
                              [{f.n}]
                            </a>
                          );
                        })}
                        <QuotePopover
                          rowId={row.id}
                          quote={typeof data.quote === "string" ? data.quote : undefined}
                          note={typeof data.note === "string" ? data.note : undefined}
                          sources={(data[col.key] as string[]).map((id) => footnotes[id]!)}
                        />
                      </td>
                    );
                  }
                  const v = data[col.key];
                  return (
                    <td
                      key={col.key}
                      className={col.kind === "number" ? "num" : undefined}
                      data-value={v === undefined ? "" : String(v)}
                    >
                      {renderCell(col, data)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
