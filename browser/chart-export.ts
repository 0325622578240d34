import { markerPath } from "@/lib/charts/markers";
import { SITE_URL } from "@/lib/pages/site-url";
import { OTHERS, seriesShape, type SeriesShape } from "@/lib/charts/palette";
import { saveBlob } from "./save-file";

/**
 * A chart as a standalone SVG or PNG file with its title, subtitle, legend, source line and
 * notes, the way OWID's static exports carry them. Runs in the browser: it reads the rendered
 * chart's SVG and resolves the colours that CSS variables give it on the page.
 */

export interface ExportText {
  title: string;
  subtitle?: string;
  yLabel?: string;
  /** Each series with its resolved colour and, for estimates, its marker shape. */
  legend: { name: string; color: string; shape?: SeriesShape }[];
  source: string;
  notes: string[];
  /** The page the chart comes from, where every source is listed with its link. */
  pageUrl: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const STYLE_PROPS = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-linejoin",
  "stroke-linecap",
  "stroke-opacity",
  // Labels are haloed with a stroke drawn under their fill: without this the halo covers them.
  "paint-order",
  "opacity",
  "fill-opacity",
  "font-size",
  "font-family",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
];

function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** Greedy word wrap at an estimated 0.55 em per character. */
function wrap(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(20, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Copies computed presentation styles onto a clone, so the SVG looks the same off the page. */
function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement): void {
  const from = [source, ...source.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    const cs = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const v = cs.getPropertyValue(prop);
      if (v && v !== "normal" && v !== "auto") target.setAttribute(prop, v);
    }
    target.removeAttribute("class");
  });
}

/** The chart on screen plus its framing text, as one SVG document. */
export function chartSvg(
  chart: SVGSVGElement,
  text: ExportText,
  colors: { fg: string; muted: string; bg: string },
): { svg: string; width: number; height: number } {
  const width = Math.max(600, Math.round(chart.getBoundingClientRect().width));
  const chartHeight = Math.round(chart.getBoundingClientRect().height);
  const pad = 20;
  const inner = width - 2 * pad;
  const parts: string[] = [];
  let y = pad;
  const line = (s: string, size: number, color: string, weight = "normal") => {
    y += size * 1.35;
    parts.push(
      `<text x="${pad}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(s)}</text>`,
    );
  };
  for (const l of wrap(text.title, inner, 20)) line(l, 20, colors.fg, "bold");
  if (text.subtitle) for (const l of wrap(text.subtitle, inner, 13)) line(l, 13, colors.muted);
  // Legend: a swatch and a name per series, wrapped across lines.
  y += 10;
  let x = pad;
  let legendLineY = y + 12;
  for (const item of text.legend) {
    const w = 18 + item.name.length * 7 + 16;
    if (x + w > width - pad && x > pad) {
      x = pad;
      legendLineY += 20;
    }
    parts.push(
      item.shape
        ? `<path d="${markerPath(item.shape, x + 6, legendLineY - 4)}" fill="${item.color}"/>`
        : `<rect x="${x}" y="${legendLineY - 10}" width="12" height="12" rx="2" fill="${item.color}"/>`,
    );
    parts.push(
      `<text x="${x + 18}" y="${legendLineY}" font-family="${FONT}" font-size="12" fill="${colors.fg}">${escapeXml(item.name)}</text>`,
    );
    x += w;
  }
  y = text.legend.length ? legendLineY + 8 : y;
  if (text.yLabel) line(text.yLabel, 12, colors.muted);
  y += 6;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(y));
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(chartHeight));
  clone.removeAttribute("style");
  parts.push(new XMLSerializer().serializeToString(clone));
  y += chartHeight + 8;
  const source = /^sources?:/i.test(text.source) ? text.source : `Source: ${text.source}`;
  for (const l of wrap(source, inner, 12)) line(l, 12, colors.muted);
  for (const note of text.notes)
    for (const l of wrap(`Note: ${note}`, inner, 12)) line(l, 12, colors.muted);
  for (const l of wrap(
    `Flowledger, ${text.pageUrl}: every source listed with its link.`,
    inner,
    11,
  ))
    line(l, 11, colors.muted);
  const height = Math.ceil(y + pad);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${colors.bg}"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}

/** Renders the SVG at twice its size onto a canvas and returns a PNG. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the chart image could not be drawn"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Reads `read` with the page in its light theme: exports are printed and pasted into documents,
 * so they come out on a light background whichever theme the reader uses. Switching and
 * switching back within one task never paints.
 */
function inLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  const theme = root.getAttribute("data-theme");
  if (theme === null || theme === "light") return read();
  root.removeAttribute("data-theme");
  try {
    return read();
  } finally {
    root.setAttribute("data-theme", theme);
  }
}

/**
 * Exports the chart drawn in `box` (the server SVG or the interactive one, whichever is on
 * screen) with its framing text; colours are read from the page's light-theme CSS variables.
 */
export async function exportChart(
  box: HTMLElement | null,
  format: "svg" | "png",
  opts: {
    fileName: string;
    text: Omit<ExportText, "legend" | "pageUrl">;
    legend: { name: string; color: number; shape: number; marker: boolean }[];
  },
): Promise<void> {
  const svgEl = box?.querySelector<SVGSVGElement>("svg.static-chart, svg.recharts-surface");
  if (!svgEl) throw new Error("the chart has not finished drawing");
  const out = inLightTheme(() => {
    const css = getComputedStyle(document.documentElement);
    const color = (v: string) => css.getPropertyValue(v).trim();
    const legend = opts.legend.map((item) => ({
      name: item.name,
      color: color(item.name === OTHERS ? "--others" : `--series-${(item.color % 8) + 1}`),
      ...(item.marker ? { shape: seriesShape(item.shape) } : {}),
    }));
    return chartSvg(
      svgEl,
      { ...opts.text, legend, pageUrl: `${SITE_URL}${location.pathname}` },
      { fg: color("--fg"), muted: color("--muted"), bg: color("--bg") },
    );
  });
  if (format === "svg")
    saveBlob(`${opts.fileName}.svg`, new Blob([out.svg], { type: "image/svg+xml" }));
  else saveBlob(`${opts.fileName}.png`, await svgToPng(out.svg, out.width, out.height));
}
