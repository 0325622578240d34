/**
 * `npm run load`: a bounded load test on loopback. Builds the site, starts `npm start`'s server,
 * and runs autocannon with 50 connections for 20 s across every route kind a shared link reaches
 * — prerendered pages and downloads, a figure page, two flows views and their download, an embed,
 * a preview image — then across unknown addresses of every dynamic route; prints requests/s,
 * latency, errors and timeouts (all 0, and no answer but 2xx, then no answer but 404) and the
 * server's memory before and after.
 */
import { readFileSync } from "node:fs";
import { printTable, results } from "./bench/report";
import { buildNext, startNext } from "./bench/server";

const PATHS = [
  "/",
  "/datasets/israel-oil-imports",
  "/datasets/israel-oil-imports/data.csv",
  "/datasets/israel-oil-imports/data.json",
  "/api/datasets",
  "/questions/azerbaijan-oil-to-israel",
  "/datasets/israel-oil-imports/f1-35-azerbaijan-bd-2025",
  "/flows",
  "/flows?window=2015-2019",
  "/flows/data.csv?window=2015-2019",
  "/embed/flows/corridor",
];
/** Addresses that must be a 404, cheap and leaving nothing behind. */
const UNKNOWN = [
  "/datasets/israel-oil-imports/no-such-row",
  "/datasets/no-such-dataset",
  "/countries/no-such-country",
  "/countries/no-such-country/opengraph-image",
  "/questions/no-such-question",
  "/embed/flows/no-such-figure",
];

/** Resident memory of a process and its children, from /proc (Linux). */
function rssMb(pid: number): number {
  const status = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/status`, "utf8");
    } catch {
      return "";
    }
  };
  const kb = (p: number) => Number(/VmRSS:\s+(\d+)/.exec(status(p))?.[1] ?? 0);
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // no children listed
  }
  return (kb(pid) + children.reduce((n, c) => n + kb(c), 0)) / 1024;
}

async function main() {
  const seconds = Number(process.env.LOAD_SECONDS ?? 20);
  const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
  if (process.argv[2] !== "--no-build") await buildNext();
  const server = await startNext(3304);
  try {
    // Warm every route once (the preview's address is the one its page names), then measure.
    const html = await (await fetch(`${server.url}${PATHS[6]}`)).text();
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const preview = og ? new URL(og.replaceAll("&amp;", "&")) : undefined;
    const paths = [...PATHS, ...(preview ? [`${preview.pathname}${preview.search}`] : [])];
    for (const p of paths) await fetch(`${server.url}${p}`);
    const before = rssMb(server.proc.pid!);
    const { default: autocannon } = await import("autocannon");
    const run = (list: string[]) =>
      autocannon({
        url: server.url,
        connections,
        duration: seconds,
        timeout: 10,
        requests: list.map((path) => ({ method: "GET", path })),
      });
    const r = await run(paths);
    const after = rssMb(server.proc.pid!);
    const u = await run(UNKNOWN);
    const afterUnknown = rssMb(server.proc.pid!);
    const row = (section: string, figure: string, value: string, target = "") =>
      results.push({ section, figure, value, baseline: "", ratio: "", target });
    const pages = `Load: ${connections} connections, ${seconds} s, ${paths.length} URLs in turn`;
    row(pages, "requests/s (mean)", String(Math.round(r.requests.average)));
    row(pages, "requests in total", String(r.requests.total));
    row(pages, "latency p50 / p99", `${r.latency.p50} ms / ${r.latency.p99} ms`);
    row(
      pages,
      "errors / timeouts / non-2xx",
      `${r.errors} / ${r.timeouts} / ${r.non2xx}`,
      "0 / 0 / 0",
    );
    row(
      pages,
      "server memory (RSS) before → after",
      `${before.toFixed(0)} MB → ${after.toFixed(0)} MB`,
    );
    const missing = `Load: ${connections} connections, ${seconds} s, ${UNKNOWN.length} unknown addresses in turn`;
    const notFound = u["4xx"] ?? 0;
    row(missing, "requests/s (mean)", String(Math.round(u.requests.average)));
    row(missing, "latency p50 / p99", `${u.latency.p50} ms / ${u.latency.p99} ms`);
    row(
      missing,
      "errors / timeouts / answers other than 404",
      `${u.errors} / ${u.timeouts} / ${u.requests.total - notFound}`,
      "0 / 0 / 0",
    );
    row(missing, "server memory (RSS) after", `${afterUnknown.toFixed(0)} MB`);
    printTable(results);
    if (
      r.errors ||
      r.timeouts ||
      r.non2xx ||
      u.errors ||
      u.timeouts ||
      u.requests.total !== notFound
    )
      process.exitCode = 1;
  } finally {
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`load: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
