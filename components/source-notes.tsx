import { textCell } from "@/lib/data/roles";
import type { DataRow, Source } from "@/lib/data/schema";
import { SourceCitation } from "./source-citation";

interface Props {
  sources: Source[];
  rows: DataRow[];
  idKey: string;
  sourcesKey: string;
  /** The column holding the words each figure was quoted from, when the dataset has one. */
  quoteKey?: string;
}

/**
 * The numbered source list under a table: for each source, the citation and the exact words
 * each figure was taken from, with links back to the rows that use them.
 */
export function SourceNotes({ sources, rows, idKey, sourcesKey, quoteKey }: Props) {
  return (
    <ol className="source-notes">
      {sources.map((source, i) => {
        const quotes = new Map<string, string[]>();
        for (const row of rows) {
          if (!(row[sourcesKey] as string[]).includes(source.id)) continue;
          const quote = textCell(row, quoteKey) ?? "";
          if (!quote) continue;
          quotes.set(quote, [...(quotes.get(quote) ?? []), String(row[idKey])]);
        }
        return (
          <li key={source.id} id={`source-${i + 1}`} className="source-note-item">
            <SourceCitation source={source} />{" "}
            <a href={`/sources#${source.id}`} className="all-sources-link">
              all uses
            </a>
            {quotes.size > 0 ? (
              <ul className="quotes">
                {[...quotes].map(([quote, ids]) => (
                  <li key={quote}>
                    <blockquote>{quote}</blockquote>
                    <span className="quote-rows">
                      {ids.length === 1 ? "Row: " : "Rows: "}
                      {ids.map((id, j) => (
                        <span key={id}>
                          {j > 0 ? ", " : ""}
                          <a href={`#row-${id}`}>{id}</a>
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
