import { CHROME } from "./server";
import { results } from "./report";

interface Scores {
  performance: number;
  accessibility: number;
  "best-practices": number;
}

/** One Lighthouse run (mobile defaults: simulated slow 4G and 4× CPU slowdown). */
async function audit(url: string): Promise<Scores> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    const c = result!.lhr.categories;
    return {
      performance: Math.round((c.performance?.score ?? 0) * 100),
      accessibility: Math.round((c.accessibility?.score ?? 0) * 100),
      "best-practices": Math.round((c["best-practices"]?.score ?? 0) * 100),
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse on pages of the site, beside the same audit of a plain HTML page (static server). */
export async function benchLighthouse(
  base: string,
  paths: string[],
  baselinePath: string,
  baselineBase: string,
) {
  const baseline = await audit(`${baselineBase}${baselinePath}`);
  for (const p of paths) {
    const s = await audit(`${base}${p}`);
    results.push({
      section: "Lighthouse (mobile)",
      figure: `${p}: performance / accessibility / best practices`,
      value: `${s.performance} / ${s.accessibility} / ${s["best-practices"]}`,
      baseline: `${baseline.performance} / ${baseline.accessibility} / ${baseline["best-practices"]} (${baselinePath}, static HTML)`,
      ratio: "",
      target: "≥ 90 / 100 / ≥ 95",
    });
  }
}
