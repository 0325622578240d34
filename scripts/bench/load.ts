import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { createServer, type Server as HttpServer } from "node:http";
import path from "node:path";
import { results } from "./report";

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: number;
}

/** autocannon against one URL, bounded in time; loopback only. */
export async function hammer(url: string, seconds: number, connections = 10): Promise<LoadResult> {
  const { default: autocannon } = await import("autocannon");
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

/**
 * The same built files behind a plain static file server (sirv): the prerendered page's HTML
 * and the CSV body Next wrote at build time, at the same paths.
 */
export async function startStatic(
  distDir: string,
  slug: string,
  port: number,
  extra: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve("bench-output/static");
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, "datasets", slug), { recursive: true });
  await cp(
    path.join(distDir, "server/app/datasets", `${slug}.html`),
    path.join(root, "datasets", `${slug}.html`),
  );
  await cp(
    path.join(distDir, "server/app/datasets", slug, "data.csv.body"),
    path.join(root, "datasets", slug, "data.csv"),
  );
  for (const [name, body] of Object.entries(extra)) await writeFile(path.join(root, name), body);
  const { default: sirv } = await import("sirv");
  const serve = sirv(root, { extensions: ["html"], dev: false, etag: true });
  const server: HttpServer = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    }),
  );

  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export async function benchServer(
  nextUrl: string,
  staticUrl: string,
  slug: string,
  seconds: number,
) {
  for (const p of [`/datasets/${slug}`, `/datasets/${slug}/data.csv`]) {
    const next = await hammer(`${nextUrl}${p}`, seconds);
    const plain = await hammer(`${staticUrl}${p}`, seconds);
    const failures = next.errors + next.timeouts + next.non2xx;
    results.push({
      section: `Server, ${seconds} s, 10 connections`,
      figure: `next start ${p}: req/s, p99, errors`,
      value: `${Math.round(next.rps)} req/s, p99 ${next.p99} ms, ${failures} errors`,
      baseline: `${Math.round(plain.rps)} req/s, p99 ${plain.p99} ms (static file server, same files)`,
      ratio: `${(next.rps / plain.rps).toFixed(2)}× req/s`,
      target: "0 errors",
    });
  }
}
