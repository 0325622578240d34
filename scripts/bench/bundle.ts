import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { kb, ratio, results } from "./report";

/** Script files a built page loads before it is interactive, read from its <script src> tags. */
export function firstLoadScripts(distDir: string, htmlFile: string): string[] {
  const html = readFileSync(path.join(distDir, "server/app", htmlFile), "utf8");
  return [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
}

export function gzipBytes(distDir: string, src: string): number {
  const file = path.join(distDir, src.replace(/^\/_next\//, "").split("?")[0]!);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * First-load JavaScript per route, gzip, beside the scripts every page loads (Next.js and React
 * themselves): what each page adds is the difference.
 */
export function benchBundle(distDir: string, slugs: string[]) {
  const routes: [string, string][] = [
    ["/", "index.html"],
    ["/claims", "claims.html"],
    ["/sources", "sources.html"],
    ...slugs.map((s): [string, string] => [`/datasets/${s}`, `datasets/${s}.html`]),
  ];
  const scripts = new Map(routes.map(([route, file]) => [route, firstLoadScripts(distDir, file)]));
  const shared = [...scripts.values()].reduce((a, b) => a.filter((s) => b.includes(s)));
  const sharedBytes = shared.reduce((n, s) => n + gzipBytes(distDir, s), 0);
  for (const [route] of routes) {
    const bytes = scripts.get(route)!.reduce((n, s) => n + gzipBytes(distDir, s), 0);
    results.push({
      section: "First-load JS (gzip)",
      figure: route,
      value: kb(bytes),
      baseline: `${kb(sharedBytes)} (framework, on every page)`,
      ratio: ratio(bytes, sharedBytes),
      target: route.startsWith("/datasets/") ? "≤ 200 KB" : "",
    });
  }
}
