import { CHROME } from "./server";
import { median, results } from "./report";

interface Scores {
  performance: number | null;
  accessibility: number | null;
  "best-practices": number | null;
  /** Elements in the page's DOM (Lighthouse's dom-size audit). */
  domSize?: number;
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
    // Lighthouse 13 reports the element count in its DOM-size insight (older ones: dom-size).
    const domAudit = audits["dom-size-insight"] ?? audits["dom-size"];
    return {
      performance: score(c.performance?.score),
      accessibility: score(c.accessibility?.score),
      "best-practices": score(c["best-practices"]?.score),
      ...(typeof domAudit?.numericValue === "number" ? { domSize: domAudit.numericValue } : {}),
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

/** Runs per page: one Lighthouse run swings by ±10 here, so the table gives the median. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

type Category = "performance" | "accessibility" | "best-practices";
const CATEGORIES: Category[] = ["performance", "accessibility", "best-practices"];

/** Median of each category over RUNS audits; the performance range beside its median. */
async function auditMedian(url: string): Promise<string> {
  const runs: Scores[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await auditWithRetry(url));
  const failed = runs.find((r) => !complete(r));
  if (failed) return `n/a (${failed.problem ?? "no score"})`;
  const scores = (c: Category) => runs.map((r) => r[c]!);
  const parts = CATEGORIES.map((c) => String(median(scores(c))));
  const perf = scores("performance");
  if (RUNS > 1) parts[0] += ` (${Math.min(...perf)}–${Math.max(...perf)})`;
  return parts.join(" / ");
}

/**
 * Lighthouse on pages of the site, beside the same audit of a plain HTML page (static server):
 * the median of RUNS runs each, with the spread of the performance score.
 */
export async function benchLighthouse(
  base: string,
  paths: string[],
  baselinePath: string,
  baselineBase: string,
) {
  const baseline = await auditMedian(`${baselineBase}${baselinePath}`);
  for (const p of paths) {
    results.push({
      section: `Lighthouse (mobile, median of ${RUNS})`,
      figure: `${p}: performance (range) / accessibility / best practices`,
      value: await auditMedian(`${base}${p}`),
      baseline: `${baseline} (${baselinePath}, static HTML)`,
      ratio: "",
      target: "≥ 90 / 100 / ≥ 95",
    });
  }
}

/**
 * The flows pages' budget: performance within 5 points of a plain site page, accessibility 100,
 * and no more DOM elements than a dataset page. Pages are audited in turn, round after round
 * (absolute scores swing by 15 points here, so each round hits all pages alike); medians.
 */
export async function benchFlowsLighthouse(
  base: string,
  paths: string[],
  baselinePath: string,
  domPath: string,
) {
  const all = [baselinePath, domPath, ...paths];
  const runs = new Map<string, Scores[]>(all.map((p) => [p, []]));
  for (let i = 0; i < RUNS; i++)
    for (const p of all) runs.get(p)!.push(await auditWithRetry(`${base}${p}`));
  const med = (p: string, f: (s: Scores) => number | null | undefined) => {
    const xs = runs
      .get(p)!
      .map(f)
      .filter((x): x is number => typeof x === "number");
    return xs.length ? median(xs) : undefined;
  };
  const perfBase = med(baselinePath, (s) => s.performance);
  const domBase = med(domPath, (s) => s.domSize);
  for (const p of paths) {
    const perf = med(p, (s) => s.performance);
    results.push({
      section: `Flows budget (Lighthouse mobile, median of ${RUNS}, interleaved)`,
      figure: `${p}: performance / accessibility`,
      value: `${perf ?? "n/a"} / ${med(p, (s) => s.accessibility) ?? "n/a"}`,
      baseline: `${perfBase ?? "n/a"} (${baselinePath})`,
      ratio: perf !== undefined && perfBase !== undefined ? `${perf - perfBase} points` : "",
      target: "≥ baseline − 5 / 100",
    });
    results.push({
      section: `Flows budget (Lighthouse mobile, median of ${RUNS}, interleaved)`,
      figure: `${p}: DOM elements`,
      value: String(med(p, (s) => s.domSize) ?? "n/a"),
      baseline: `${domBase ?? "n/a"} (${domPath})`,
      ratio: "",
      target: `≤ ${domBase ?? "baseline"}`,
    });
  }
}
