import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { hammer } from "./load";
import { median, ms, ratio, results } from "./report";
import { startNext, startProcess, type Server } from "./server";

/**
 * `npm run bench serve`: serving a shared link to everyone, on the production build.
 * - Cold: CPU per first request of pages drawn on request (figure pages, flows views), read from
 *   the server process's own CPU time (/proc), beside a prerendered page's.
 * - Warm: requests per second for each route kind straight from one server, and through nginx
 *   (Debian's package, installed here when missing; never needed by `npm test`) caching in front
 *   of two server processes that share only the build — against a prerendered dataset page from
 *   the same single server, in the same run; with nginx's cache-hit ratio.
 * - Bounded: 2,000 distinct valid figure pages, then 2,000 unknown addresses: the server's memory
 *   and the build folder's files before, after, and after a minute idle.
 */
const OUT = path.resolve("bench-output/serve");
const SECONDS = Number(process.env.SERVE_SECONDS ?? 8);
const CONNECTIONS = 20;

/** CPU time (ms) the process has used, from /proc (Linux; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** CPU per request of each address requested once, in order (the median, in ms). */
async function cpuPerFirstRequest(server: Server, paths: string[]): Promise<number> {
  const per: number[] = [];
  for (const p of paths) {
    const before = cpuMs(server.proc.pid!);
    const r = await fetch(`${server.url}${p}`, { headers: { "accept-encoding": "gzip" } });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${p}: ${r.status}`);
    per.push(cpuMs(server.proc.pid!) - before);
  }
  return median(per);
}

function nginxBinary(): string {
  const found = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
  if (found) return found;
  console.error("bench serve: installing Debian's nginx");
  const install = ["apt-get", "install", "-y", "-qq", "nginx"];
  const [cmd, ...args] = process.getuid?.() === 0 ? install : ["sudo", ...install];
  execFileSync(cmd!, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return "/usr/sbin/nginx";
}

/** nginx in front of the given servers, keeping what their Cache-Control allows. */
async function startNginx(port: number, upstreams: string[]): Promise<Server & { log: string }> {
  const dir = path.join(OUT, "nginx");
  await rm(dir, { recursive: true, force: true });
  for (const d of ["cache", "tmp"]) await mkdir(path.join(dir, d), { recursive: true });
  const log = path.join(dir, "access.log");
  await writeFile(
    path.join(dir, "nginx.conf"),
    `worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format cache '$upstream_cache_status $status $request_uri';
  access_log ${log} cache;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=flowledger:10m max_size=512m inactive=1h use_temp_path=off;
  upstream flowledger {
${upstreams.map((u) => `    server ${u.replace(/^http:\/\//, "")};`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://flowledger;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      # Kept for as long as the app's own Cache-Control says (s-maxage, stale-while-revalidate).
      proxy_cache flowledger;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      add_header X-Cache-Status $upstream_cache_status;
    }
  }
}
`,
  );
  const server = await startProcess(
    nginxBinary(),
    ["-c", path.join(dir, "nginx.conf"), "-p", dir],
    `http://127.0.0.1:${port}`,
    "/api/datasets",
  );
  return { ...server, log };
}

function hitRatio(log: string, from: number): { ratio: number; lines: number } {
  const lines = readFileSync(log, "utf8").split("\n").slice(from).filter(Boolean);
  const hits = lines.filter((l) => l.startsWith("HIT ") || l.startsWith("STALE ")).length;
  return { ratio: lines.length ? hits / lines.length : 0, lines: lines.length };
}

function logLines(log: string): number {
  return existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean).length : 0;
}

/** The address of a page's link-preview image, as its og:image names it (path and query). */
async function previewPath(server: Server, page: string): Promise<string> {
  const html = await (await fetch(`${server.url}${page}`)).text();
  const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!og) throw new Error(`${page}: no og:image`);
  const url = new URL(og.replaceAll("&amp;", "&"));
  return `${url.pathname}${url.search}`;
}

export async function benchServe(rowIds: { slug: string; id: string }[]) {
  await mkdir(OUT, { recursive: true });
  const section = "Serve a shared link";
  const dataset = "/datasets/israel-oil-imports";
  const figure = "/datasets/israel-oil-imports/f1-35-azerbaijan-bd-2025";

  const a = await startNext(3311);
  const b = await startNext(3312);
  const proxy = await startNginx(3313, [a.url, b.url]);
  try {
    // Cold: a fresh server (data loaded and the default flows view drawn at start).
    await new Promise((r) => setTimeout(r, 1500));
    const unseenFigures = rowIds.slice(0, 7).map((r) => `/datasets/${r.slug}/${r.id}`);
    const unseenFlows = ["2015-2019", "2014-2018", "2013-2017", "2012-2016", "2011-2015"].map(
      (w) => `/flows?window=${w}`,
    );
    const staticCpu = await cpuPerFirstRequest(a, [
      dataset,
      "/",
      "/sources",
      "/claims",
      "/countries",
    ]);
    const figureCpu = await cpuPerFirstRequest(a, unseenFigures);
    const flowsCpu = await cpuPerFirstRequest(a, unseenFlows);
    for (const [what, value, n] of [
      ["a figure page", figureCpu, unseenFigures.length],
      ["a /flows view (another window)", flowsCpu, unseenFlows.length],
    ] as const)
      results.push({
        section,
        figure: `Cold: CPU of the first request for ${what} (median of ${n} unseen)`,
        value: ms(value),
        baseline: `${ms(staticCpu)} (prerendered pages, first request)`,
        ratio: ratio(value, staticCpu),
        target: "≤ 100 ms",
      });

    // Warm: each route kind drawn once, then loaded straight from one server and through nginx.
    const routes: [string, string][] = [
      ["/ (prerendered)", "/"],
      ["a figure page", figure],
      ["/flows (default)", "/flows"],
      ["/flows?window=2015-2019", "/flows?window=2015-2019"],
      ["an embed (/embed/flows/corridor)", "/embed/flows/corridor"],
      ["a figure's preview image", await previewPath(a, figure)],
    ];
    const warm = async (url: string) => {
      for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
    };
    await warm(`${a.url}${dataset}`);
    const base = await hammer(`${a.url}${dataset}`, SECONDS, CONNECTIONS);
    results.push({
      section,
      figure: `Baseline: ${dataset} (prerendered), one server, ${CONNECTIONS} connections, ${SECONDS} s`,
      value: `${Math.round(base.rps)} req/s, p50 ${base.p50} ms, p99 ${base.p99} ms`,
      baseline: "",
      ratio: "",
      target: "",
    });
    for (const [name, p] of routes) {
      await warm(`${a.url}${p}`);
      const direct = await hammer(`${a.url}${p}`, SECONDS, CONNECTIONS);
      await warm(`${proxy.url}${p}`);
      const from = logLines(proxy.log);
      const cached = await hammer(`${proxy.url}${p}`, SECONDS, CONNECTIONS);
      const hits = hitRatio(proxy.log, from);
      const errors = (r: typeof direct) => r.errors + r.timeouts + r.non2xx;
      results.push(
        {
          section,
          figure: `Warm: ${name}, one server`,
          value: `${Math.round(direct.rps)} req/s, p50 ${direct.p50} ms, p99 ${direct.p99} ms, ${errors(direct)} errors`,
          baseline: `${Math.round(base.rps)} req/s (${dataset}, same server)`,
          ratio: ratio(direct.rps, base.rps),
          target: "≥ 0.5×",
        },
        {
          section,
          figure: `Warm: ${name}, through nginx (2 servers), cache hits ${(hits.ratio * 100).toFixed(1)}% of ${hits.lines}`,
          value: `${Math.round(cached.rps)} req/s, p50 ${cached.p50} ms, p99 ${cached.p99} ms, ${errors(cached)} errors`,
          baseline: `${Math.round(base.rps)} req/s (${dataset}, one server)`,
          ratio: ratio(cached.rps, base.rps),
          target: "≥ 0.9×",
        },
      );
    }
  } finally {
    proxy.stop();
    a.stop();
    b.stop();
  }

  // Bounded: valid pages are kept (in memory, up to the cache's size); unknown ones leave nothing.
  // The default cache size, as npm start runs it.
  const c = await startNext(3314);
  try {
    const buildFiles = () => new Set(filesUnder(".next"));
    const files0 = buildFiles();
    await new Promise((r) => setTimeout(r, 1500));
    const rss0 = rssMb(c.proc.pid!);
    const many = rowIds.slice(0, 2000).map((r) => `/datasets/${r.slug}/${r.id}`);
    const unknown = Array.from({ length: 2000 }, (_, i) => {
      const kinds = [
        `/datasets/israel-oil-imports/no-such-row-${i}`,
        `/countries/nowhere-${i}/opengraph-image`,
        `/datasets/no-such-${i}/x`,
        `/questions/no-such-${i}`,
        `/embed/flows/no-such-${i}`,
      ];
      return kinds[i % kinds.length]!;
    });
    const fetchAll = async (paths: string[], expect: number) => {
      for (let i = 0; i < paths.length; i += 20)
        await Promise.all(
          paths.slice(i, i + 20).map(async (p) => {
            const r = await fetch(`${c.url}${p}`);
            await r.arrayBuffer();
            if (r.status !== expect) throw new Error(`${p}: ${r.status}, expected ${expect}`);
          }),
        );
    };
    await fetchAll(many, 200);
    const rss1 = rssMb(c.proc.pid!);
    const files1 = buildFiles();
    await fetchAll(unknown, 404);
    const rss2 = rssMb(c.proc.pid!);
    const files2 = buildFiles();
    await new Promise((r) => setTimeout(r, 60_000));
    const rss3 = rssMb(c.proc.pid!);
    const added = [...files2].filter((f) => !files0.has(f));
    results.push(
      {
        section,
        figure: `Bounded: server memory (RSS) after ${many.length} distinct valid figure pages, then ${unknown.length} unknown addresses, then a minute idle`,
        value: `${rss1.toFixed(0)} MB → ${rss2.toFixed(0)} MB → ${rss3.toFixed(0)} MB`,
        baseline: `${rss0.toFixed(0)} MB (after start)`,
        ratio: `+${(Math.max(rss1, rss2) - rss0).toFixed(0)} MB`,
        target: "≤ +100 MB; idle within 10% of the start",
      },
      {
        section,
        figure:
          "Bounded: files in the build folder (.next) after the valid pages, then the unknown ones",
        value: `${files1.size} → ${files2.size}${added.length ? ` (new: ${added.slice(0, 3).join(", ")})` : ""}`,
        baseline: `${files0.size} (after start)`,
        ratio: `+${files2.size - files0.size}`,
        target: "+0 (pages are kept in memory only)",
      },
    );
  } finally {
    c.stop();
  }
}
