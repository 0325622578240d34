/**
 * Embeds: the addresses of a figure framed alone, and the <iframe> snippet readers paste. Only
 * /embed/ addresses may be framed by other sites (next.config.js sets the headers).
 */
import { FIGURES } from "../flows/view";

/** The flow figures /embed/flows/<figure-id> can show: those /flows draws. */
export const EMBED_FLOW_FIGURES = [...FIGURES, "crude-to-israel"] as const;
export type EmbedFlowFigure = (typeof EMBED_FLOW_FIGURES)[number];

export function isEmbedFlowFigure(id: string): id is EmbedFlowFigure {
  return (EMBED_FLOW_FIGURES as readonly string[]).includes(id);
}

export const embedChartPath = (slug: string, chartId: string) =>
  `/embed/datasets/${slug}/${chartId}`;
export const embedFlowPath = (figure: EmbedFlowFigure) => `/embed/flows/${figure}`;

/** A frame tall enough for the figure as the reader sees it, within what a column can hold. */
export function embedHeight(figureHeight: number): number {
  const h = Number.isFinite(figureHeight) ? Math.round(figureHeight) + 64 : 600;
  return Math.min(1000, Math.max(420, h));
}

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The <iframe> for a figure: full column width, a fixed height, lazily loaded, titled. */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`;
}
