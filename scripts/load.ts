/**
 * `npm run load`: a bounded load test on loopback. Builds the site, starts `next start`, and
 * runs autocannon with 50 connections for 20 s across the overview, a dataset page, its CSV and
 * JSON downloads and the catalog API; prints requests/s, latency, errors and timeouts (both
 * must be 0) and the server's memory before and after.
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
    // Warm every route once, then measure memory at rest.
    for (const p of PATHS) await fetch(`${server.url}${p}`);
    const before = rssMb(server.proc.pid!);
    const { default: autocannon } = await import("autocannon");
    const r = await autocannon({
      url: server.url,
      connections,
      duration: seconds,
      timeout: 10,
      requests: PATHS.map((path) => ({ method: "GET", path })),
    });
    const after = rssMb(server.proc.pid!);
    const row = (figure: string, value: string, target = "") =>
      results.push({
        section: `Load: ${connections} connections, ${seconds} s, ${PATHS.length} URLs in turn`,
        figure,
        value,
        baseline: "",
        ratio: "",
        target,
      });
    row("requests/s (mean)", String(Math.round(r.requests.average)));
    row("requests in total", String(r.requests.total));
    row("latency p50 / p99", `${r.latency.p50} ms / ${r.latency.p99} ms`);
    row("errors / timeouts / non-2xx", `${r.errors} / ${r.timeouts} / ${r.non2xx}`, "0 / 0 / 0");
    row("server memory (RSS) before → after", `${before.toFixed(0)} MB → ${after.toFixed(0)} MB`);
    printTable(results);
    if (r.errors || r.timeouts || r.non2xx) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`load: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
