import { CHROME } from "./server";
import { results } from "./report";

interface Scores {
  performance: number | null;
  accessibility: number | null;
  "best-practices": number | null;
  /** Why a category has no score (Lighthouse gives none when one of its audits errored). */
  problem?: string;
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
    const { categories: c, audits, runtimeError } = result!.lhr;
    const score = (s: number | null | undefined) =>
      typeof s === "number" ? Math.round(s * 100) : null;
    const errored = Object.values(audits).find((a) => a.scoreDisplayMode === "error");
    return {
      performance: score(c.performance?.score),
      accessibility: score(c.accessibility?.score),
      "best-practices": score(c["best-practices"]?.score),
      problem:
        runtimeError?.message ?? (errored ? `${errored.id}: ${errored.errorMessage}` : undefined),
    };
  } finally {
    await chrome.kill();
  }
}

const complete = (s: Scores) =>
  s.performance !== null && s.accessibility !== null && s["best-practices"] !== null;

/**
 * An audit that came back without a score (an audit inside it errored: it happens here now and
 * then under load) is run again, up to twice; a score that is still missing is shown as
 * "n/a" with the reason, never as 0.
 */
async function auditWithRetry(url: string): Promise<Scores> {
  let s = await audit(url);
  for (let retry = 0; retry < 2 && !complete(s); retry++) s = await audit(url);
  return s;
}

const show = (s: Scores) =>
  [s.performance, s.accessibility, s["best-practices"]].map((v) => v ?? "n/a").join(" / ") +
  (complete(s) ? "" : ` (${s.problem ?? "no score"})`);

/** Lighthouse on pages of the site, beside the same audit of a plain HTML page (static server). */
export async function benchLighthouse(
  base: string,
  paths: string[],
  baselinePath: string,
  baselineBase: string,
) {
  const baseline = await auditWithRetry(`${baselineBase}${baselinePath}`);
  for (const p of paths) {
    const s = await auditWithRetry(`${base}${p}`);
    results.push({
      section: "Lighthouse (mobile)",
      figure: `${p}: performance / accessibility / best practices`,
      value: show(s),
      baseline: `${show(baseline)} (${baselinePath}, static HTML)`,
      ratio: "",
      target: "≥ 90 / 100 / ≥ 95",
    });
  }
}
