import type { Footnote } from "@/lib/pages/footnote";
import { ExternalLink } from "../external-link";

export interface QuoteContent {
  rowId: string;
  quote?: string;
  note?: string;
  sources: Footnote[];
  /** The figure's page, at its citation. */
  citeHref: string;
}

export const QUOTE_POPOVER_ID = "row-quote";

/**
 * The exact words a figure was taken from, with its source, in one native popover shared by
 * every row of the table: the reader checks a number without leaving the table (Escape or a
 * click outside closes it). One element instead of one per row keeps the page light.
 */
export function QuotePopover({ content }: { content?: QuoteContent }) {
  return (
    <div
      id={QUOTE_POPOVER_ID}
      popover="auto"
      className="quote-popover"
      role="dialog"
      aria-label={content ? `Source of row ${content.rowId}` : "Source of a row"}
    >
      {content ? (
        <>
          {content.quote ? (
            <blockquote>{content.quote}</blockquote>
          ) : (
            <p className="muted">Figure from a database, not a quoted text.</p>
          )}
          {content.note ? <p className="muted">Note: {content.note}</p> : null}
          <ul>
            {content.sources.map((s) => (
              <li key={s.n}>
                [{s.n}] <ExternalLink href={s.url}>{s.title}</ExternalLink>, {s.label}
                {s.date ? `, ${s.date}` : ""}
                {" · "}
                <a href={`#source-${s.n}`}>in the source list</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={content.citeHref}>Cite this figure →</a>
          </p>
        </>
      ) : null}
      <button
        type="button"
        popoverTarget={QUOTE_POPOVER_ID}
        popoverTargetAction="hide"
        className="close"
      >
        Close
      </button>
    </div>
  );
}
