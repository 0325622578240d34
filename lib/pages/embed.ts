/**
 * Embeds: the addresses of a figure framed alone, and the <iframe> snippet readers paste. Only
 * /embed/ addresses may be framed by other sites (next.config.js sets the headers).
 */
export const embedChartPath = (slug: string, chartId: string) =>
  `/embed/datasets/${slug}/${chartId}`;
/** A flow figure framed alone: any figure of data/figures.json, by its id. */
export const embedFlowPath = (figure: string) => `/embed/flows/${figure}`;

/** A frame tall enough for the figure as the reader sees it, within what a column can hold. */
export function embedHeight(figureHeight: number): number {
  const h = Number.isFinite(figureHeight) ? Math.round(figureHeight) + 64 : 600;
  return Math.min(1000, Math.max(420, h));
}

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The <iframe> for a figure: full column width, lazily loaded, titled, marked as ours so the
 * snippet's script (browser/embed-host.ts) can size it; its height is the figure's as drawn here.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe data-flowledger src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" style="border: 0; width: 100%; max-width: 100%;"></iframe>`;
}
