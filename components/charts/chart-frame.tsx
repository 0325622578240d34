"use client";

import { startTransition, useEffect, useMemo, useRef, useState } from "react";
import {
  canShare,
  drawsMarkers,
  figureSeries,
  layoutFigure,
  seriesStyles,
  viewFigure,
  type ChartData,
} from "@/lib/charts/kinds";
import { OTHERS } from "@/lib/charts/palette";
import { parseMode, parseSeries, type ChartMode } from "@/lib/charts/view";
import { parseYearRange } from "@/lib/table/view-state";
import { useUrlParams } from "@/hooks/use-url-params";
import { InteractiveChart } from "./interactive-chart";
import { SeriesSwatch } from "./series-swatch";
import { StaticChart } from "./static-chart";
import { EmbedButton } from "../embed-button";

interface Props {
  chart: ChartData;
  slug: string;
  sourceLine: string;
  notes: string[];
  /** Where the chart is framed alone; without it, no Embed button (the chart is the embed). */
  embedPath?: string;
}

/**
 * A chart with its controls: a legend that picks the series shown, an absolute/share switch
 * where both make sense, and PNG/SVG export with title, subtitle, source line and notes. The
 * choices live in the address (series.<id>, mode.<id>, from, to). The chart is laid out once
 * per size (lib/charts): the server-drawn SVG shows at once, and the interactive version, with
 * the same axes, replaces it when the reader points at or focuses the chart.
 */
export function ChartFrame({ chart, slug, sourceLine, notes, embedPath }: Props) {
  const [params, updateParams] = useUrlParams();
  const all = figureSeries(chart);
  const shown = useMemo(() => parseSeries(params, chart.id, all), [params, chart.id, all]);
  const mode = parseMode(params, chart.id);
  const { from, to } = parseYearRange(params);
  const data = useMemo(
    () => viewFigure(chart, { shown, mode, from, to }),
    [chart, shown, mode, from, to],
  );
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 800, height: 380 });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      if (width > 0 && height > 0)
        setSize({ width: Math.round(width), height: Math.round(height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Styles come from the chart as built, so hiding a series leaves the others' colours alone.
  const styleOf = useMemo(() => seriesStyles(chart), [chart]);
  const layout = useMemo(() => layoutFigure(data, size, styleOf), [data, size, styleOf]);
  const [interactive, setInteractive] = useState(false);
  const upgrade = () => {
    if (!interactive) startTransition(() => setInteractive(true));
  };
  const [exportError, setExportError] = useState<string>();
  const shareable = canShare(chart);
  const markers = drawsMarkers(chart);
  const yLabel =
    shareable && mode === "share"
      ? "% of each year's total (computed from the values shown)"
      : "yLabel" in chart
        ? chart.yLabel
        : undefined;

  const toggle = (name: string) =>
    updateParams((p) => {
      const next = shown.includes(name)
        ? shown.filter((s) => s !== name)
        : all.filter((s) => s === name || shown.includes(s));
      if (next.length === 0 || next.length === all.length) p.delete(`series.${chart.id}`);
      else p.set(`series.${chart.id}`, next.join("|"));
    });
  const setMode = (m: ChartMode) =>
    updateParams((p) =>
      m === "share" ? p.set(`mode.${chart.id}`, "share") : p.delete(`mode.${chart.id}`),
    );

  const exportAs = async (format: "svg" | "png") => {
    setExportError(undefined);
    try {
      const { exportChart } = await import("@/browser/chart-export");
      await exportChart(box.current, format, {
        fileName: `${slug}-${chart.id}`,
        text: { title: chart.title, subtitle: chart.subtitle, yLabel, source: sourceLine, notes },
        legend: shown.map((name) => ({
          name,
          ...styleOf(name),
          marker: markers,
        })),
      });
    } catch (e) {
      setExportError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const drawn = <StaticChart data={data} layout={layout} />;
  return (
    <div className="chart-frame" onPointerEnter={upgrade} onFocus={upgrade} onTouchStart={upgrade}>
      <div className="chart-controls">
        {all.length > 1 ? (
          <div className="legend" role="group" aria-label="Series shown (select to show or hide)">
            {all.map((name) => (
              <button
                key={name}
                type="button"
                className="legend-item"
                aria-pressed={shown.includes(name)}
                onClick={() => toggle(name)}
              >
                <SeriesSwatch
                  style={styleOf(name)}
                  marker={markers}
                  color={name === OTHERS ? "var(--others)" : undefined}
                />
                {name}
              </button>
            ))}
          </div>
        ) : null}
        <div className="chart-actions">
          {shareable ? (
            <div role="group" aria-label="Values" className="mode">
              <button
                type="button"
                aria-pressed={mode === "absolute"}
                onClick={() => setMode("absolute")}
              >
                Absolute
              </button>
              <button
                type="button"
                aria-pressed={mode === "share"}
                onClick={() => setMode("share")}
              >
                Share of total
              </button>
            </div>
          ) : null}
          <button type="button" onClick={() => exportAs("png")}>
            Export PNG
          </button>
          <button type="button" onClick={() => exportAs("svg")}>
            Export SVG
          </button>
          {embedPath ? <EmbedButton path={embedPath} title={chart.title} /> : null}
        </div>
      </div>
      {exportError ? (
        <p role="alert" className="error">
          {exportError}
        </p>
      ) : null}
      <p className="axis-label">{yLabel}</p>
      <div className="chart-box" data-chart-kind={chart.kind} ref={box}>
        {interactive ? (
          <InteractiveChart data={data} layout={layout} styleOf={styleOf} fallback={drawn} />
        ) : (
          drawn
        )}
      </div>
    </div>
  );
}
