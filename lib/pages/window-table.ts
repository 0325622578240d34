import { formatNumber } from "../data/format";
import { figureHref } from "../data/row-ids";
import type { WindowAnswer } from "../questions/arms-answer";
import { cell, missingCell, type CellTable } from "../table/cells";

/** A SIPRI share window by window: as published at release, and recomputed from the register. */
export function windowTable(slug: string, windows: readonly WindowAnswer[]): CellTable {
  return {
    columns: [
      { id: "window", label: "Window" },
      { id: "published", label: "Published by SIPRI (%)", numeric: true },
      { id: "recomputed", label: "Recomputed (%)", numeric: true },
      { id: "tiv", label: "TIV (millions): partner / total", numeric: true },
    ],
    rows: windows.map((w) => {
      const shares = [...new Set(w.published.map((p) => p.share))];
      return {
        key: w.window,
        cells: {
          window: cell(w.window, w.to),
          published: shares.length
            ? {
                sort: shares[0]!,
                lines: w.published.map((p) => ({
                  text: `${formatNumber(p.share)}%`,
                  href: figureHref(slug, p.rowId),
                })),
              }
            : missingCell("not found"),
          recomputed: w.recomputed
            ? cell(`${formatNumber(w.recomputed.share, 1)}%`, w.recomputed.share)
            : missingCell(w.recomputedNote ?? "–"),
          tiv: w.recomputed
            ? cell(
                `${formatNumber(w.recomputed.tiv, 1)} / ${formatNumber(w.recomputed.total, 1)}`,
                w.recomputed.tiv,
              )
            : missingCell("–"),
        },
      };
    }),
  };
}
