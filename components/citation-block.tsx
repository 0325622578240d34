"use client";

import { useSyncExternalStore } from "react";
import type { Citation } from "@/lib/pages/citation";
import { ORIGIN_TOKEN } from "@/lib/pages/citation";
import { CopyButton } from "./copy-button";

const noSubscription = () => () => {};

/**
 * A citation in plain text, APA and BibTeX, each with a copy button. Pages built ahead of time
 * do not know the address they are served from: the server writes the page's path, and the
 * browser puts its own origin in front.
 */
export function CitationBlock({ citation, what }: { citation: Citation; what: string }) {
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const styles = [
    ["Plain text", citation.plain],
    ["APA", citation.apa],
    ["BibTeX", citation.bibtex],
  ] as const;
  return (
    // Marked once hydrated (the origin is known only then): the copy buttons work from then on.
    <div
      className="citations"
      aria-label={`Cite ${what}`}
      role="group"
      data-ready={origin ? true : undefined}
    >
      {styles.map(([style, text]) => {
        const full = text.replaceAll(ORIGIN_TOKEN, origin);
        return (
          <div key={style} className="citation">
            <h3>{style}</h3>
            <pre>{full}</pre>
            <CopyButton text={full} label={`Copy the ${style} citation`} />
          </div>
        );
      })}
    </div>
  );
}
