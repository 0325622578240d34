"use client";

import { useEffect, useRef, useState } from "react";
import { EmbedButton } from "../embed-button";

/**
 * A flow figure's tools: "Export PNG/SVG" (the figure with its title, legend and source) and a
 * readout that shows the link a reader points at or tabs to — value, unit, period, source —
 * announced politely. Without scripts, each link's <title> and the table below say the same.
 */
export function FlowFigureTools({
  fileName,
  title,
  subtitle,
  source,
  notes,
  embedPath,
}: {
  fileName: string;
  title: string;
  subtitle: string;
  source: string;
  notes: string[];
  /** Where the figure is framed alone; without it, no Embed button. */
  embedPath?: string;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<string>();
  const [error, setError] = useState<string>();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const figure = root.current?.closest("figure");
    if (!figure) return;
    const show = (e: Event) => {
      const link = (e.target as Element | null)?.closest?.("[data-tip]");
      if (link) setTip(link.getAttribute("data-tip") ?? undefined);
    };
    figure.addEventListener("focusin", show);
    figure.addEventListener("pointerover", show);
    // The end-to-end tests wait for this mark before they move the focus.
    setReady(true);
    return () => {
      figure.removeEventListener("focusin", show);
      figure.removeEventListener("pointerover", show);
    };
  }, []);

  const exportAs = async (format: "svg" | "png") => {
    setError(undefined);
    try {
      const { exportChart } = await import("@/browser/chart-export");
      await exportChart(
        root.current?.closest("figure")?.querySelector(".flow-box") ?? null,
        format,
        {
          fileName,
          text: { title, subtitle, source, notes },
          legend: [],
        },
      );
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="flow-tools" ref={root} data-ready={ready || undefined}>
      <p className="flow-readout" aria-live="polite" data-empty={tip ? undefined : true}>
        {tip ?? "Point at or tab to a flow to read its value, period and source."}
      </p>
      <div className="chart-actions">
        <button type="button" onClick={() => exportAs("png")}>
          Export PNG
        </button>
        <button type="button" onClick={() => exportAs("svg")}>
          Export SVG
        </button>
        {embedPath ? <EmbedButton path={embedPath} title={title} /> : null}
      </div>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
