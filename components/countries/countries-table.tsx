"use client";

import { useUrlParams } from "@/hooks/use-url-params";
import { searchCellRows, type CellTable } from "@/lib/table/cells";
import { SortableTable } from "@/components/table/sortable-table";

/**
 * Every supplier and recipient, searchable by name and sortable by any column; the search and
 * the sort live in the address (`q`, `sort.countries`), and the download takes exactly the rows
 * shown, in their order.
 */
export function CountriesTable({ table, caption }: { table: CellTable; caption: string }) {
  const [params, updateParams] = useUrlParams();
  const q = params.get("q") ?? "";
  const rows = searchCellRows(table.rows, "name", q);
  const download = new URLSearchParams();
  if (q) download.set("q", q);
  const sort = params.get("sort.countries");
  if (sort) download.set("sort.countries", sort);
  const query = download.toString();
  return (
    <>
      <div className="countries-tools">
        <label>
          Find a supplier or recipient{" "}
          <input
            type="search"
            value={q}
            onChange={(e) =>
              updateParams((p) => (e.target.value ? p.set("q", e.target.value) : p.delete("q")))
            }
          />
        </label>
        <span aria-live="polite" className="muted">
          {rows.length} of {table.rows.length}
        </span>
        <a href={`/countries/data.csv${query ? `?${query}` : ""}`} download>
          Download this table (CSV)
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="empty">No supplier or recipient matches &ldquo;{q}&rdquo;.</p>
      ) : (
        <SortableTable id="countries" caption={caption} table={{ ...table, rows }} />
      )}
    </>
  );
}
