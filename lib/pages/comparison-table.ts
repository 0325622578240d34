import type { Source } from "../data/schema";
import { formatNumber } from "../data/format";
import type { ArmsComparison } from "../sipri/comparison";
import { cell, missingCell, type CellTable } from "../table/cells";

/** Percentage points with a sign: "+1.2 pp", "−1.3 pp", "±0.0 pp". */
export function formatPoints(diff: number): string {
  const sign = diff > 0.05 ? "+" : diff < -0.05 ? "−" : "±";
  return `${sign}${formatNumber(Math.abs(diff), 1)} pp`;
}

/**
 * The published-vs-recomputed comparison as a sortable table: each window's published figures
 * (linked to their rows), who reported them, the recomputed figure and the difference.
 */
export function comparisonTable(
  comparison: ArmsComparison,
  publishedSlug: string,
  sources: ReadonlyMap<string, Source>,
): CellTable {
  return {
    columns: [
      { id: "window", label: "Window" },
      { id: "flow", label: "Flow" },
      { id: "measure", label: "Measure" },
      { id: "published", label: "Published", numeric: true },
      { id: "reported", label: "Reported by" },
      {
        id: "recomputed",
        label: "Recomputed",
        numeric: true,
        description: "Computed by Flowledger from the imported register; rounded to one decimal.",
      },
      {
        id: "difference",
        label: "Difference",
        numeric: true,
        description: "Recomputed minus the first published share, in percentage points.",
      },
    ],
    rows: comparison.rows.map((r) => {
      const isRank = r.measure.startsWith("rank");
      const first = r.published[0];
      const publishedValue = (p: (typeof r.published)[number]) => (isRank ? p.rank : p.share);
      const re = r.recomputed;
      const recomputedValue = isRank ? re?.rank : re?.share;
      const diff =
        !isRank && first?.share !== undefined && re?.share !== undefined
          ? re.share - first.share
          : undefined;
      return {
        key: r.key,
        cells: {
          window: cell(r.window, r.to * 10000 + r.from),
          flow: cell(r.flow),
          measure: cell(r.measure),
          published:
            r.published.length === 0
              ? missingCell("not found")
              : {
                  sort: first ? (publishedValue(first) ?? null) : null,
                  lines: r.published.map((p) => ({
                    text: isRank ? `#${p.rank}` : publishedShareText(p),
                    href: `/datasets/${publishedSlug}#row-${p.rowId}`,
                  })),
                },
          reported: {
            sort:
              r.published[0]?.sourceIds.map((id) => sources.get(id)?.publisher ?? id).join("; ") ??
              null,
            lines: r.published.flatMap((p) =>
              p.sourceIds.map((id) => ({
                text: sources.get(id)?.publisher ?? id,
                href: `/sources#${id}`,
              })),
            ),
          },
          recomputed: re
            ? recomputedValue === undefined
              ? missingCell("–")
              : cell(
                  isRank
                    ? `#${recomputedValue}`
                    : `${formatNumber(recomputedValue, 1)}%${re.rank !== undefined ? ` (#${re.rank})` : ""}`,
                  recomputedValue,
                )
            : missingCell(r.recomputedNote ?? "–"),
          difference: diff === undefined ? missingCell("") : cell(formatPoints(diff), diff),
        },
      };
    }),
  };
}

/**
 * A published figure where a share is expected: "3.1% (#8)", "61%", or — when the source states
 * only a rank ("the seventh-largest exporter") — "#7, rank only", never a made-up number.
 */
export function publishedShareText(p: { share?: number; rank?: number }): string {
  if (p.share === undefined) return p.rank !== undefined ? `#${p.rank}, rank only` : "–";
  return `${formatNumber(p.share)}%${p.rank !== undefined ? ` (#${p.rank})` : ""}`;
}
