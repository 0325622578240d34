import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { kb, ratio, results } from "./report";

/** Script files a page loads before it is interactive, read from its <script src> tags. */
export function firstLoadScripts(html: string): string[] {
  return [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
}

export function gzipBytes(distDir: string, src: string): number {
  const file = path.join(distDir, src.replace(/^\/_next\//, "").split("?")[0]!);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Pages with a first-load budget above the framework (issue "Flows drawn as flows"). */
const FLOW_BUDGET: Record<string, number> = { "/": 15 * 1024, "/flows": 15 * 1024 };

/**
 * First-load JavaScript per route, gzip, beside the scripts every page loads (Next.js and React
 * themselves): what each page adds is the difference. Pages are fetched from the running
 * build, so server-rendered pages (/flows) count like prerendered ones.
 */
export async function benchBundle(distDir: string, base: string, slugs: string[]) {
  const routes = ["/", "/flows", "/claims", "/sources", ...slugs.map((s) => `/datasets/${s}`)];
  const scripts = new Map<string, string[]>();
  for (const route of routes)
    scripts.set(route, firstLoadScripts(await (await fetch(`${base}${route}`)).text()));
  const shared = [...scripts.values()].reduce((a, b) => a.filter((s) => b.includes(s)));
  const sharedBytes = shared.reduce((n, s) => n + gzipBytes(distDir, s), 0);
  for (const route of routes) {
    const bytes = scripts.get(route)!.reduce((n, s) => n + gzipBytes(distDir, s), 0);
    results.push({
      section: "First-load JS (gzip)",
      figure: route,
      value: kb(bytes),
      baseline: `${kb(sharedBytes)} (framework, on every page)`,
      ratio: ratio(bytes, sharedBytes),
      target: route.startsWith("/datasets/") ? "≤ 200 KB" : "",
    });
    const budget = FLOW_BUDGET[route];
    if (budget !== undefined)
      results.push({
        section: "First-load JS (gzip)",
        figure: `${route}: above the framework`,
        value: kb(bytes - sharedBytes),
        baseline: `${kb(sharedBytes)} (framework)`,
        ratio: "",
        target: `≤ ${kb(budget)}`,
      });
  }
}
