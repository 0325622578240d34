import Link from "next/link";
import { PUBLISHED_SLUG, type ArmsComparison } from "@/lib/arms-comparison";
import { formatPartialDate } from "@/lib/format";
import type { Source } from "@/lib/schema";

function pct(v: number | undefined, digits: number): string {
  return v === undefined ? "–" : `${v.toFixed(digits)}%`;
}

/**
 * SIPRI's published shares beside the shares recomputed from the imported register, window by
 * window, with the difference in percentage points and the reasons the two differ.
 */
export function PublishedVsRecomputed({
  comparison,
  sources,
}: {
  comparison: ArmsComparison;
  sources: Source[];
}) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const vintage = comparison.vintage ? formatPartialDate(comparison.vintage) : "unknown date";
  return (
    <section aria-labelledby="compare-heading" className="comparison">
      <h2 id="compare-heading">Published vs recomputed shares</h2>
      <p>
        SIPRI publishes shares for five-year windows each March. Its database is revised every year,
        so the same window recomputed from today&rsquo;s data (generated {vintage}) can give a
        different share. Both are shown; the recomputed ones are Flowledger&rsquo;s computation
        (partner&rsquo;s TIV ÷ country&rsquo;s total TIV over the window), not figures SIPRI
        published.
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-label="Published vs recomputed shares (table)"
        tabIndex={0}
      >
        <table className="data-table comparison-table">
          <caption>
            {comparison.rows.length} window–flow pairs. Published figures link to their row;
            recomputed shares are rounded to one decimal for display.
          </caption>
          <thead>
            <tr>
              <th scope="col">Window</th>
              <th scope="col">Flow</th>
              <th scope="col">Measure</th>
              <th scope="col" className="num">
                Published
              </th>
              <th scope="col">Reported by</th>
              <th scope="col" className="num">
                Recomputed
              </th>
              <th scope="col" className="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((r) => {
              const first = r.published[0];
              const isRank = r.measure.startsWith("rank");
              const diff =
                !isRank && first?.share !== undefined && r.recomputed?.share !== undefined
                  ? r.recomputed.share - first.share
                  : undefined;
              return (
                <tr key={r.key} data-key={r.key}>
                  <td>{r.window}</td>
                  <td>{r.flow}</td>
                  <td>{r.measure}</td>
                  <td
                    className="num"
                    data-value={first ? String(isRank ? first.rank : first.share) : ""}
                  >
                    {r.published.length === 0 ? (
                      <span className="missing">not found</span>
                    ) : (
                      r.published.map((p) => (
                        <div key={p.rowId}>
                          <Link href={`/datasets/${PUBLISHED_SLUG}#row-${p.rowId}`}>
                            {isRank ? `#${p.rank}` : `${p.share}%`}
                            {!isRank && p.rank !== undefined ? ` (#${p.rank})` : ""}
                          </Link>
                        </div>
                      ))
                    )}
                  </td>
                  <td>
                    {r.published.map((p) => (
                      <div key={p.rowId}>
                        {p.sourceIds.map((id) => (
                          <Link key={id} href={`/sources#${id}`}>
                            {byId.get(id)?.publisher ?? id}
                          </Link>
                        ))}
                      </div>
                    ))}
                  </td>
                  <td
                    className="num"
                    data-value={
                      r.recomputed
                        ? String(isRank ? (r.recomputed.rank ?? "") : (r.recomputed.share ?? ""))
                        : ""
                    }
                  >
                    {r.recomputed ? (
                      isRank ? (
                        r.recomputed.rank !== undefined ? (
                          `#${r.recomputed.rank}`
                        ) : (
                          "–"
                        )
                      ) : (
                        `${pct(r.recomputed.share, 1)}${r.recomputed.rank !== undefined ? ` (#${r.recomputed.rank})` : ""}`
                      )
                    ) : (
                      <span className="missing">{r.recomputedNote}</span>
                    )}
                  </td>
                  <td className="num">
                    {diff === undefined
                      ? ""
                      : `${diff > 0 ? "+" : diff < 0 ? "−" : "±"}${Math.abs(diff).toFixed(1)} pp`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="notes">
        <li>
          Why the two differ: SIPRI revises past deliveries as new information arrives (for example,
          Turkey&rsquo;s deliveries to Azerbaijan in 2020 were 6 TIV m in SIPRI&rsquo;s July 2022
          table and 28.8 in the February 2026 register), so shares published in an earlier year
          drift.
        </li>
        <li>
          The register lists deliveries only. Arms ordered but not delivered within its year range
          are absent: Azerbaijan&rsquo;s Barak MX air-defence system, bought from Israel in 2023 for
          a reported $1.2 billion, does not appear, and no Israeli deliveries to Azerbaijan are
          recorded after 2020. Low recent shares reflect that, not necessarily an end of purchases.
        </li>
        <li>
          {comparison.worldCoverage
            ? "World ranks are computed over every country in the imported export."
            : "World ranks need a full (all countries) export; the imported data do not cover every country, so world ranks are not recomputed here."}
        </li>
      </ul>
    </section>
  );
}
