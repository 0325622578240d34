"use client";

import { useHydrated } from "@/hooks/use-hydrated";
import type { Citation } from "@/lib/pages/citation";
import { CopyButton } from "./copy-button";

/** A citation in plain text, APA and BibTeX, each with a copy button. */
export function CitationBlock({ citation, what }: { citation: Citation; what: string }) {
  const ready = useHydrated();
  const styles = [
    ["Plain text", citation.plain],
    ["APA", citation.apa],
    ["BibTeX", citation.bibtex],
  ] as const;
  return (
    // Marked once hydrated: the copy buttons work from then on.
    <div
      className="citations"
      aria-label={`Cite ${what}`}
      role="group"
      data-ready={ready || undefined}
    >
      {styles.map(([style, text]) => (
        <div key={style} className="citation">
          <h3>{style}</h3>
          <pre>{text}</pre>
          <CopyButton text={text} label={`Copy the ${style} citation`} />
        </div>
      ))}
    </div>
  );
}
