"use client";

import { useState } from "react";
import { formatNumber } from "@/lib/data/format";

interface Props {
  slug: string;
  idKey: string;
  sourcesKey: string;
  total: number;
  /** Row ids of the current view, in display order. */
  viewIds: () => string[];
  viewCount: number;
}

/**
 * "Full dataset" links to the prerendered files; "This view" takes the complete rows of the
 * rows on screen (all columns, from data.json) in their current order, written the same way as
 * the full CSV (papaparse, formula-safe), named <slug>.filtered.csv / .json.
 */
export function ViewDownloads({ slug, idKey, sourcesKey, total, viewIds, viewCount }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async (format: "csv" | "excel" | "json") => {
    setBusy(true);
    setError(undefined);
    try {
      // Loaded only when asked for: keeps papaparse and the file code out of the first load.
      const { downloadView } = await import("@/browser/view-download");
      await downloadView({ slug, format, ids: viewIds(), idKey, sourcesKey });
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
      <a
        href={`/datasets/${slug}/package.zip`}
        download={`${slug}.zip`}
        title="The CSV, a copy for Excel, a README on every column and source, and the metadata"
      >
        Package (ZIP)
      </a>
      <span className="downloads-label">This view ({formatNumber(viewCount)} rows):</span>
      <button type="button" disabled={busy || viewCount === 0} onClick={() => download("csv")}>
        Download view CSV
      </button>
      <button
        type="button"
        disabled={busy || viewCount === 0}
        onClick={() => download("excel")}
        title="The same CSV with a UTF-8 byte-order mark, so that Excel shows every character right"
      >
        view for Excel
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
