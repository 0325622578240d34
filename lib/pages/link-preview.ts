import { previewShapes, type ChartData, type FigureData, type PreviewShape } from "../charts/kinds";
import type { MapData } from "../charts/map/model";
import type { SankeyData } from "../charts/sankey/model";

/**
 * Link previews (Open Graph / Twitter images): a page's chart drawn as plain shapes with its
 * title and source, for the image generator (next/og), which draws boxes and text, not our SVG.
 * The chart is laid out by the same functions as the page's own, so the marks are the same.
 */

/** The light theme's colours (globals.css :root): an image has no CSS variables to resolve. */
export const PREVIEW_COLORS = {
  bg: "#ffffff",
  fg: "#1b1f24",
  muted: "#57606a",
  border: "#d0d7de",
  others: "#aab2bb",
  series: ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6100", "#3d8fc4", "#1b1f24", "#a0522d"],
} as const;

export interface LinkPreview {
  /** What kind of page: "Dataset", "Figure", "Country", "Flows", "Claims". */
  kind: string;
  title: string;
  subtitle?: string;
  /** The chart's axis and unit, written above it ("↑ % of Israel's crude imports"). */
  axis?: string;
  /** A headline number (a figure page's value, as stated). */
  headline?: string;
  shapes: PreviewShape[];
  source: string;
}

export const PREVIEW_SIZE = { width: 1200, height: 630 };
/** The chart's box within the image. */
export const CHART_BOX = { width: 1104, height: 250 };

const seriesHex = (i: number) => PREVIEW_COLORS.series[i % PREVIEW_COLORS.series.length]!;

/** A figure's marks as boxes and dots in a `width` × `height` box, laid out as on its page. */
export function chartShapes(
  chart: FigureData,
  width = CHART_BOX.width,
  height = CHART_BOX.height,
): PreviewShape[] {
  const margin = { top: 6, right: 6, bottom: 6, left: 6 };
  return previewShapes(
    chart,
    { width, height, margin },
    {
      series: seriesHex,
      others: PREVIEW_COLORS.others,
    },
  );
}

/** Bars for labelled values (the ledger's verdicts), tallest = box height. */
export function valueBars(
  values: readonly number[],
  width = CHART_BOX.width,
  height = CHART_BOX.height,
): PreviewShape[] {
  const max = Math.max(0, ...values);
  if (values.length === 0 || max <= 0) return [];
  const slot = width / values.length;
  return values.map((v, i) => {
    const h = Math.max(2, (v / max) * (height - 8));
    return {
      x: i * slot + slot * 0.15,
      y: height - h,
      width: slot * 0.7,
      height: h,
      color: seriesHex(i),
    };
  });
}

/** Shapes moved down by `dy`, to leave room for an axis line above them. */
const below = (dy: number) => (s: PreviewShape) => ({ ...s, y: s.y + dy });

/** A dataset page's preview: its first chart (or its first disagreement view's). */
export function datasetPreview(page: {
  title: string;
  subtitle: string;
  sourceLine: string;
  charts: ChartData[];
}): LinkPreview {
  const chart = page.charts[0];
  return {
    kind: "Dataset",
    title: page.title,
    subtitle: chart ? chart.title : page.subtitle,
    ...(chart && "yLabel" in chart ? { axis: `↑ ${chart.yLabel}` } : {}),
    shapes: chart ? chartShapes(chart, CHART_BOX.width, CHART_BOX.height - 28).map(below(28)) : [],
    source: page.sourceLine,
  };
}

/** A figure's preview: its value as stated, and who stated it. */
export function figurePreview(p: {
  what: string;
  value: string;
  period: string;
  datasetTitle: string;
  sources: { publisher: string }[];
}): LinkPreview {
  return {
    kind: "Figure",
    title: p.what,
    subtitle: [p.period, p.datasetTitle].filter(Boolean).join(" · "),
    headline: p.value,
    shapes: [],
    source: `Source: ${[...new Set(p.sources.map((s) => s.publisher))].join("; ") || "not recorded"}`,
  };
}

/** A question's preview: its answer's headline figure over its chart on the common basis. */
export function questionPreview(p: {
  question: string;
  headline: string;
  subtitle: string;
  chart?: ChartData;
  source: string;
}): LinkPreview {
  return {
    kind: "Question",
    title: p.question,
    subtitle: p.subtitle,
    headline: p.headline,
    // The lower part of the chart box: the headline stands above it.
    shapes: p.chart
      ? chartShapes(p.chart, CHART_BOX.width, 150).map((s) => ({
          ...s,
          y: s.y + CHART_BOX.height - 150,
        }))
      : [],
    source: p.source,
  };
}

/** A country's preview: its arms imports (or exports, when it imports none) per year. */
export function countryPreview(p: {
  title: string;
  summary: string;
  sourceLine: string;
  directions: { charts: ChartData[] }[];
}): LinkPreview {
  const chart = p.directions.flatMap((d) => d.charts)[0];
  return {
    kind: "Country",
    title: `${p.title}: arms imports and exports`,
    subtitle: p.summary,
    shapes: chart ? chartShapes(chart) : [],
    source: p.sourceLine,
  };
}

/** The flows page's preview: the first Sankey's nodes (one unit), named, in drawing order. */
export function flowsPreview(sankey: SankeyData): LinkPreview {
  return {
    kind: "Flows",
    title: sankey.title,
    subtitle: sankey.subtitle,
    axis: `Bands in ${sankey.unit}`,
    shapes: chartShapes(sankey, CHART_BOX.width, CHART_BOX.height - 28).map(below(28)),
    source: sankey.sourceLine,
  };
}

/** The front page's preview: the corridor map's lead layer, its places and arrows named. */
export function overviewPreview(map: MapData): LinkPreview {
  return {
    kind: "Overview",
    title: "Energy and arms flows between Azerbaijan, Israel and their partners",
    subtitle: `${map.title}. ${map.subtitle}`,
    shapes: chartShapes(map),
    source: map.sourceLine,
  };
}

/** The ledger's preview: how many claims got each verdict, best supported first. */
export function claimsPreview(counts: readonly { verdict: string; n: number }[]): LinkPreview {
  const total = counts.reduce((s, c) => s + c.n, 0);
  return {
    kind: "Claims",
    title: "Claims ledger: contested figures beside their evidence",
    subtitle: `${total} claims checked: ${counts
      .filter((c) => c.n > 0)
      .map((c) => `${c.n} ${c.verdict}`)
      .join(", ")}`,
    shapes: valueBars(counts.map((c) => c.n)),
    source: "Sources: each claim's own article, and the datasets its verdict rests on",
  };
}
