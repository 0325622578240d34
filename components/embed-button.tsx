"use client";

import { useId, useRef, useState } from "react";
import { useHydrated } from "@/hooks/use-hydrated";
import { resizeScript } from "@/browser/embed-host";
import { embedHeight, embedSnippet } from "@/lib/pages/embed";
import { SITE_URL } from "@/lib/pages/site-url";
import { CopyButton } from "./copy-button";

/**
 * "Embed": the <iframe> snippet for this figure, with the page's current choices (series,
 * years, window) in its address and a height measured from the figure as drawn.
 */
export function EmbedButton({ path, title }: { path: string; title: string }) {
  const root = useRef<HTMLSpanElement>(null);
  const [snippet, setSnippet] = useState<string>();
  const panelId = useId();
  const ready = useHydrated();
  const toggle = () => {
    if (snippet) return setSnippet(undefined);
    const figure = root.current?.closest("figure");
    const src = `${SITE_URL}${path}${window.location.search}`;
    const frame = embedSnippet(src, title, embedHeight(figure?.offsetHeight ?? Number.NaN));
    setSnippet(`${frame}\n${resizeScript(new URL(src).origin)}`);
  };
  return (
    <span className="embed" ref={root} data-ready={ready || undefined}>
      <button
        type="button"
        aria-expanded={snippet !== undefined}
        aria-controls={panelId}
        onClick={toggle}
      >
        Embed
      </button>
      <span id={panelId} className="embed-panel" hidden={snippet === undefined}>
        {snippet !== undefined ? (
          <>
            <label>
              <span>Paste this into your page to show the figure with its source:</span>
              <textarea
                readOnly
                rows={4}
                value={snippet}
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
            <CopyButton text={snippet} label="Copy embed code" />
          </>
        ) : null}
      </span>
    </span>
  );
}
