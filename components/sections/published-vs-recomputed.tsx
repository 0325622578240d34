import { formatPartialDate } from "@/lib/data/format";
import type { PageSection } from "@/lib/pages/dataset-page";
import { LazySortableTable as SortableTable } from "../table/lazy-sortable-table";

/**
 * SIPRI's published shares beside the shares recomputed from the imported register, window by
 * window, with the difference in percentage points and the reasons the two differ.
 */
export function PublishedVsRecomputed({
  section,
}: {
  section: Extract<PageSection, { type: "published-vs-recomputed" }>;
}) {
  const { comparison, table, notes } = section;
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
      <SortableTable
        id="compare"
        caption={`${comparison.rows.length} window–flow pairs. Published figures link to their row; recomputed shares are rounded to one decimal for display.`}
        table={table}
      />
      <ul className="notes">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        <li>
          {comparison.worldCoverage
            ? "World ranks are computed over every country in the imported export."
            : "World ranks need a full (all countries) export; the imported data do not cover every country, so world ranks are not recomputed here."}
        </li>
      </ul>
    </section>
  );
}
