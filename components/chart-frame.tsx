"use client";

import { startTransition, useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import type {
  BarsChartData,
  ChartData,
  EstimatesChartData,
  StackedChartData,
} from "@/lib/chart-data";
import { saveBlob } from "@/lib/save-file";
import { useUrlParams } from "@/lib/use-url-params";
import { parseMode, parseSeries, type ChartMode } from "@/lib/view-state";
import { SeriesSwatch } from "./series-swatch";
import { StaticChart } from "./static-chart";

type Interactive = ComponentType<{ data: never; colorOf: (series: string) => number }>;

/** The Recharts version of a chart type, loaded on first use in its own chunk. */
function loadInteractive(type: ChartData["type"]): Promise<Interactive> {
  if (type === "estimates")
    return import("./estimates-chart").then((m) => m.EstimatesChart as unknown as Interactive);
  if (type === "bars")
    return import("./bars-chart").then((m) => m.BarsChart as unknown as Interactive);
  return import("./stacked-chart").then((m) => m.StackedChart as unknown as Interactive);
}

interface Props {
  chart: ChartData;
  slug: string;
  sourceLine: string;
  notes: string[];
}

function seriesOf(chart: ChartData): string[] {
  return chart.type === "bars" ? [] : chart.series;
}

/** The last year a stacked bar's category covers: "2016–20" → 2020, "2019" → 2019. */
function categoryYear(category: string): number | undefined {
  const m = /^(\d{4})(?:–(\d{2}))?$/.exec(category);
  if (!m) return undefined;
  return m[2] ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[1]);
}

function inRange(year: number | undefined, from?: number, to?: number): boolean {
  if (year === undefined) return true;
  return (from === undefined || year >= from) && (to === undefined || year <= to);
}

/** The chart's data as the view asks for it: chosen series, time range, absolute or share. */
function viewOf(
  chart: ChartData,
  shown: string[],
  mode: ChartMode,
  from?: number,
  to?: number,
): ChartData {
  if (chart.type === "estimates") {
    const points = chart.points.filter(
      (p) =>
        shown.includes(p.series) &&
        (from === undefined || p.x + p.xErr[1] > from) &&
        (to === undefined || p.x - p.xErr[0] < to + 1),
    );
    return {
      ...chart,
      series: chart.series.filter((s) => shown.includes(s)),
      points,
    } satisfies EstimatesChartData;
  }
  if (chart.type === "stacked") {
    const keep = chart.series.map((s) => shown.includes(s));
    const rows = chart.rows
      .filter((r) => inRange(categoryYear(r.category), from, to))
      .map((r) => {
        const values = r.values.map((v, i) => (keep[i] ? v : 0));
        if (mode !== "share" || chart.percent) return { ...r, values };
        const total = values.reduce((a, b) => a + b, 0);
        return { ...r, values: values.map((v) => (total > 0 ? (v / total) * 100 : 0)) };
      });
    return {
      ...chart,
      rows,
      percent: chart.percent || mode === "share",
    } satisfies StackedChartData;
  }
  return chart satisfies BarsChartData;
}

/**
 * A chart with its controls: a legend that picks the series shown, an absolute/share switch
 * where both make sense, and PNG/SVG export with title, subtitle, source line and notes. The
 * choices live in the address (series.<id>, mode.<id>, from, to).
 */
export function ChartFrame({ chart, slug, sourceLine, notes }: Props) {
  const [params, updateParams] = useUrlParams();
  const all = seriesOf(chart);
  const shown = useMemo(() => parseSeries(params, chart.id, all), [params, chart.id, all]);
  const mode = parseMode(params, chart.id);
  const fromParam = Number(params.get("from"));
  const toParam = Number(params.get("to"));
  const from = /^\d{4}$/.test(params.get("from") ?? "") ? fromParam : undefined;
  const to = /^\d{4}$/.test(params.get("to") ?? "") ? toParam : undefined;
  const data = useMemo(() => viewOf(chart, shown, mode, from, to), [chart, shown, mode, from, to]);
  const box = useRef<HTMLDivElement>(null);
  // The chart is drawn as plain SVG first (server-rendered, instant, no script); the Recharts
  // version, with rich tooltips, replaces it when the reader points at or focuses the chart.
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
  const [Interactive, setInteractive] = useState<Interactive>();
  const requested = useRef(false);
  const upgrade = () => {
    if (requested.current) return;
    requested.current = true;
    void loadInteractive(chart.type).then((c) => startTransition(() => setInteractive(() => c)));
  };
  const [exportError, setExportError] = useState<string>();
  const canShare = chart.type === "stacked" && !chart.percent;
  const colorOf = useMemo(() => (s: string) => all.indexOf(s), [all]);
  const yLabel =
    canShare && mode === "share"
      ? "% of each year's total (computed from the values shown)"
      : chart.yLabel;

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
      const svgEl = box.current?.querySelector<SVGSVGElement>(
        "svg.static-chart, svg.recharts-surface",
      );
      if (!svgEl) throw new Error("the chart has not finished drawing");
      const { chartSvg, svgToPng } = await import("@/lib/chart-export");
      const css = getComputedStyle(document.documentElement);
      const color = (v: string) => css.getPropertyValue(v).trim();
      const legend = shown.map((name) => ({
        name,
        color: color(
          name === "All others" ? "--others" : `--series-${(all.indexOf(name) % 8) + 1}`,
        ),
      }));
      const out = chartSvg(
        svgEl,
        { title: chart.title, subtitle: chart.subtitle, yLabel, legend, source: sourceLine, notes },
        { fg: color("--fg"), muted: color("--muted"), bg: color("--bg") },
      );
      const name = `${slug}-${chart.id}`;
      if (format === "svg") saveBlob(`${name}.svg`, new Blob([out.svg], { type: "image/svg+xml" }));
      else saveBlob(`${name}.png`, await svgToPng(out.svg, out.width, out.height));
    } catch (e) {
      setExportError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="chart-frame" onPointerEnter={upgrade} onFocus={upgrade} onTouchStart={upgrade}>
      <div className="chart-controls">
        {all.length > 1 ? (
          <div className="legend" role="group" aria-label="Series shown (select to show or hide)">
            {all.map((name, i) => (
              <button
                key={name}
                type="button"
                className="legend-item"
                aria-pressed={shown.includes(name)}
                onClick={() => toggle(name)}
              >
                <SeriesSwatch
                  index={i}
                  shape={chart.type === "estimates"}
                  color={name === "All others" ? "var(--others)" : undefined}
                />
                {name}
              </button>
            ))}
          </div>
        ) : null}
        <div className="chart-actions">
          {canShare ? (
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
        </div>
      </div>
      {exportError ? (
        <p role="alert" className="error">
          {exportError}
        </p>
      ) : null}
      <p className="axis-label">{yLabel}</p>
      <div className="chart-box" data-chart-type={chart.type} ref={box}>
        {Interactive ? (
          <Interactive data={data as never} colorOf={colorOf} />
        ) : (
          <StaticChart data={data} width={size.width} height={size.height} colorOf={colorOf} />
        )}
      </div>
    </div>
  );
}
