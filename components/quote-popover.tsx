import type { Footnote } from "./data-table";

/**
 * The exact words a figure was taken from, with its source, in a native popover: the reader
 * checks a number without leaving the table (Escape or a click outside closes it).
 */
export function QuotePopover({
  rowId,
  quote,
  note,
  sources,
}: {
  rowId: string;
  quote?: string;
  note?: string;
  sources: Footnote[];
}) {
  const id = `quote-${rowId}`;
  return (
    <>
      <button
        type="button"
        className="quote-button"
        popoverTarget={id}
        aria-label={`Show the source and quoted words for row ${rowId}`}
      >
        <span aria-hidden="true">❝</span>
      </button>
      <div
        id={id}
        popover="auto"
        className="quote-popover"
        role="dialog"
        aria-label={`Source of row ${rowId}`}
      >
        {quote ? (
          <blockquote>{quote}</blockquote>
        ) : (
          <p className="muted">Figure from a database, not a quoted text.</p>
        )}
        {note ? <p className="muted">Note: {note}</p> : null}
        <ul>
          {sources.map((s) => (
            <li key={s.n}>
              [{s.n}]{" "}
              {s.url ? (
                <a href={s.url} rel="noopener noreferrer" target="_blank">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              , {s.label}
              {s.date ? `, ${s.date}` : ""}
              {" · "}
              <a href={`#source-${s.n}`}>in the source list</a>
            </li>
          ))}
        </ul>
        <button type="button" popoverTarget={id} popoverTargetAction="hide" className="close">
          Close
        </button>
      </div>
    </>
  );
}
