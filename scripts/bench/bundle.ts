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
 * First-load JS per page (gzip bytes) at f619021, the commit before "Cite it, embed it, find
 * it": built and served on this machine kind on 2026-11-30 with the same Next.js and measured
 * the same way. That issue allows each page to grow by at most 2 KB.
 */
const BEFORE_CITE_EMBED_FIND = {
  commit: "f619021",
  bytes: {
    "/": 178636,
    "/flows": 178636,
    "/claims": 181530,
    "/sources": 177797,
    "/countries": 179689,
    "/countries/israel": 185017,
    "/datasets/<slug>": 199475,
  } as Record<string, number>,
};
const GROWTH_BUDGET = 2 * 1024;

/**
 * First-load JavaScript per route, gzip, beside the scripts every page loads (Next.js and React
 * themselves): what each page adds is the difference. Pages are fetched from the running
 * build, so server-rendered pages (/flows) count like prerendered ones.
 */
export async function benchBundle(distDir: string, base: string, slugs: string[]) {
  const routes = [
    "/",
    "/flows",
    "/claims",
    "/sources",
    "/countries",
    "/countries/israel",
    "/search?q=Barak",
    "/embed/datasets/israel-oil-imports/shares",
    "/embed/flows/corridor",
    ...slugs.map((s) => `/datasets/${s}`),
  ];
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
    const before =
      BEFORE_CITE_EMBED_FIND.bytes[route.startsWith("/datasets/") ? "/datasets/<slug>" : route];
    if (before !== undefined)
      results.push({
        section: "First-load JS (gzip)",
        figure: `${route}: growth since ${BEFORE_CITE_EMBED_FIND.commit}`,
        value: `${bytes - before >= 0 ? "+" : ""}${kb(bytes - before)}`,
        baseline: `${kb(before)} at ${BEFORE_CITE_EMBED_FIND.commit} (stored)`,
        ratio: ratio(bytes, before),
        target: `≤ +${kb(GROWTH_BUDGET)}`,
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
