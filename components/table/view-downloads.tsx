"use client";

import { useState } from "react";
import { formatNumber } from "@/lib/data/format";
import type { DataRow } from "@/lib/data/schema";
import { saveBlob } from "@/browser/save-file";

interface Props {
  slug: string;
  idKey: string;
  sourcesKey: string;
  total: number;
  /** Row ids of the current view, in display order. */
  viewIds: () => string[];
  viewCount: number;
}

function save(name: string, type: string, body: string) {
  saveBlob(name, new Blob([body], { type }));
}

/**
 * "Full dataset" links to the prerendered files; "This view" takes the complete rows of the
 * rows on screen (all columns, from data.json) in their current order, written the same way as
 * the full CSV (papaparse, formula-safe), named <slug>.filtered.csv / .json.
 */
export function ViewDownloads({ slug, idKey, sourcesKey, total, viewIds, viewCount }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async (format: "csv" | "json") => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await fetch(`/datasets/${slug}/data.json`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data = (await res.json()) as {
        rows: DataRow[];
        columns: { key: string }[];
        sources: { id: string }[];
      };
      const byId = new Map(data.rows.map((r) => [String(r[idKey]), r]));
      const rows = viewIds()
        .map((id) => byId.get(id)!)
        .filter(Boolean);
      if (format === "csv") {
        // Loaded only when asked for: keeps papaparse out of the page's first load.
        const { toCsv } = await import("@/lib/data/export");
        save(
          `${slug}.filtered.csv`,
          "text/csv;charset=utf-8",
          toCsv(
            data.columns.map((c) => c.key),
            rows,
          ),
        );
      } else {
        const cited = new Set(
          rows.flatMap((r) => {
            const ids = r[sourcesKey];
            return Array.isArray(ids) ? ids : [];
          }),
        );
        const body = {
          ...data,
          filtered: true,
          rowCount: rows.length,
          rows,
          sources: data.sources.filter((s) => cited.has(s.id)),
        };
        save(`${slug}.filtered.json`, "application/json", JSON.stringify(body, null, 2));
      }
    } catch (e) {
      setError(
        `Could not prepare the download (${e instanceof Error ? e.message : String(e)}). The full dataset links still work.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="downloads" role="group" aria-label="Downloads">
      <span className="downloads-label">Full dataset ({formatNumber(total)} rows):</span>
      <a href={`/datasets/${slug}/data.csv`} download={`${slug}.csv`}>
        Download CSV
      </a>
      <a href={`/datasets/${slug}/data.json`} download={`${slug}.json`}>
        JSON
      </a>
      <span className="downloads-label">This view ({formatNumber(viewCount)} rows):</span>
      <button type="button" disabled={busy || viewCount === 0} onClick={() => download("csv")}>
        Download view CSV
      </button>
      <button type="button" disabled={busy || viewCount === 0} onClick={() => download("json")}>
        view JSON
      </button>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
