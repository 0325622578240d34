import { ExternalLink } from "@/components/external-link";
import type { CitedCaveat } from "@/lib/pages/question-page";

/**
 * Sentences that rest on a source's own words: each with the quoted words, who wrote them, and
 * where (a page, or a sheet and cell of a publisher's file).
 */
export function CitedList({ items }: { items: readonly CitedCaveat[] }) {
  return (
    <ul className="cited-list">
      {items.map((c) => (
        <li key={`${c.source}-${c.quote}`}>
          {c.text}{" "}
          <q className="cited-quote" lang="en">
            {c.quote}
          </q>{" "}
          <span className="muted">
            — {c.url ? <ExternalLink href={c.url}>{c.publisher}</ExternalLink> : c.publisher}
            {c.location ? `, ${c.location}` : ""} (<a href={`/sources#${c.source}`}>source</a>)
          </span>
        </li>
      ))}
    </ul>
  );
}
