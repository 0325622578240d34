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

/** The message an embed sends its host page whenever its height changes. */
export const RESIZE_MESSAGE = "flowledger:embed-height";

/**
 * The host page's side of resizing: a frame of ours that says its height gets it, and nothing
 * else does (the message must come from that frame's window and from our origin). Written for
 * any page, once per snippet; a host without scripts keeps the fixed height.
 */
export function resizeScript(origin: string): string {
  return `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(RESIZE_MESSAGE)})return;var f=document.querySelectorAll("iframe[data-flowledger]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source&&e.data.height>0)f[i].style.height=Math.ceil(e.data.height)+"px";});</script>`;
}

/**
 * The <iframe> for a figure: full column width, lazily loaded, titled; its height is the
 * figure's as drawn here, and follows the embed's own height at any width where the host page
 * runs the snippet's script.
 */
export function embedSnippet(src: string, title: string, height: number): string {
  const origin = new URL(src).origin;
  return `<iframe data-flowledger src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" style="border: 0; width: 100%; max-width: 100%;"></iframe>\n${resizeScript(origin)}`;
}
