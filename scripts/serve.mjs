/**
 * `npm start`: the production build behind a small HTTP server of Flowledger's own.
 *
 * Next renders; this server decides what reaches it and how long an answer may be kept:
 * - only GET and HEAD go on (405 otherwise, TRACE and CONNECT included; a method Node cannot
 *   parse gets 400), and an address with broken percent-encoding gets 400 — each with the
 *   security headers, never a 500 from inside Next;
 * - pages drawn on request (figure pages, link previews, the flows) are kept, once drawn, in a
 *   bounded in-memory cache (FLOWLEDGER_CACHE_MB, 48 by default), one entry per address and
 *   encoding; readers asking for the same page while it is drawn wait for that one drawing;
 *   a 404 or any error is never kept;
 * - a query string on such a page is either the flows' own canonical choices (the app redirects
 *   every other spelling to them) or dropped by a redirect, so an address has one cached form;
 * - every answer carries a Cache-Control a CDN or caching proxy honours (public, s-maxage,
 *   stale-while-revalidate) unless it depends on the request (search) or is an error (no-store).
 * It shares nothing between processes: run several behind a cache (docs/deploy.md). At start it
 * asks the app whether the data loads, and refuses to start if not, printing the located
 * problems (file:line: column: message).
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";

const require = createRequire(import.meta.url);
const { securityHeaders } = require("./security-headers.cjs");

const { values: args } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    keepAliveTimeout: { type: "string" },
  },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const cacheBytes = Number(process.env.FLOWLEDGER_CACHE_MB ?? 48) * 1024 * 1024;

/** What a shared cache may keep: a build's content changes only with the next build. */
const PUBLIC_CACHE = "public, max-age=60, s-maxage=3600, stale-while-revalidate=86400";
const NO_STORE = "no-store";

/**
 * Addresses drawn on request and kept once drawn, with what their query string is: the flows'
 * choices (canonicalised by the app, which redirects any other spelling), a version stamp Next
 * puts on preview images (ignored), or nothing (redirected away).
 */
const KEPT = [
  // A figure page: any last segment but a dataset's own preview image (prerendered, below).
  { path: /^\/datasets\/[a-z0-9-]+\/(?!opengraph-image)[a-z0-9][a-z0-9-]*$/, query: "redirect" },
  {
    path: /^\/(?:datasets\/[a-z0-9-]+\/[a-z0-9-]+|countries\/[a-z0-9-]+)\/opengraph-image[a-z0-9-]*$/,
    query: "ignore",
  },
  { path: /^\/flows(?:\/data\.(?:csv|json))?$/, query: "choices" },
  { path: /^\/embed\/flows\/[a-z0-9-]+$/, query: "choices" },
];
/** Hop-by-hop and per-response headers a kept answer must not replay. */
const NOT_REPLAYED = new Set([
  "connection",
  "date",
  "keep-alive",
  "transfer-encoding",
  "set-cookie",
]);

const plainHeaders = Object.fromEntries(
  securityHeaders(false, false).map(({ key, value }) => [key, value]),
);

/** A small answer of this server's own: status line, security headers, no caching. */
function rawResponse(status, reason, extra = {}) {
  const headers = {
    ...plainHeaders,
    ...extra,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": NO_STORE,
    "Content-Length": String(Buffer.byteLength(`${reason}\n`)),
    Connection: "close",
  };
  return (
    `HTTP/1.1 ${status} ${reason}\r\n` +
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join("\r\n") +
    `\r\n\r\n${reason}\n`
  );
}

function answer(res, status, reason, extra = {}) {
  res.writeHead(status, {
    ...plainHeaders,
    ...extra,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": NO_STORE,
  });
  res.end(`${reason}\n`);
}

/**
 * The Cache-Control an answer leaves with: errors and redirects of a request's own making are
 * not kept; content that is the same for every reader is public; the rest stays as Next set it
 * (search results, the health check). Immutable build assets keep theirs.
 */
function policy(status, current, kept) {
  if (status >= 400) return NO_STORE;
  if (/immutable/.test(current ?? "")) return current;
  if (kept || /s-maxage/.test(current ?? "")) return PUBLIC_CACHE;
  return current;
}

/** A least-recently-used store of whole answers, bounded by the bytes of their bodies. */
class ResponseCache {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.entries = new Map();
  }
  get(key) {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }
  set(key, entry) {
    const size = entry.body.length + 1024;
    if (size > this.maxBytes) return;
    this.delete(key);
    this.entries.set(key, { ...entry, size });
    this.bytes += size;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.size;
    }
  }
  delete(key) {
    const e = this.entries.get(key);
    if (e) {
      this.entries.delete(key);
      this.bytes -= e.size;
    }
  }
}

const app = next({ dev: false, hostname, port, dir: path.resolve(import.meta.dirname, "..") });
await app.prepare();
const handle = app.getRequestHandler();
const cache = new ResponseCache(cacheBytes);
const drawing = new Map();

/** Lets Next answer, with this server's Cache-Control, and hands back what was sent. */
function render(req, res, kept, capture) {
  return new Promise((resolve) => {
    const chunks = [];
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      // Headers given to writeHead itself win over setHeader: fold them in first.
      const given = rest.find((r) => r && typeof r === "object" && !Array.isArray(r));
      if (given) for (const [k, v] of Object.entries(given)) res.setHeader(k, v);
      const cacheControl = policy(status, res.getHeader("cache-control"), kept && status === 200);
      if (cacheControl !== undefined) res.setHeader("Cache-Control", cacheControl);
      return writeHead.call(this, status, ...rest.filter((r) => r !== given));
    };
    if (capture) {
      const write = res.write;
      const end = res.end;
      const keep = (chunk, encoding) => {
        if (chunk && typeof chunk !== "function")
          chunks.push(
            Buffer.isBuffer(chunk)
              ? chunk
              : Buffer.from(chunk, typeof encoding === "string" ? encoding : undefined),
          );
      };
      res.write = function (chunk, encoding, cb) {
        keep(chunk, encoding);
        return write.call(this, chunk, encoding, cb);
      };
      res.end = function (chunk, encoding, cb) {
        keep(chunk, encoding);
        return end.call(this, chunk, encoding, cb);
      };
    }
    res.on("close", () => resolve({ complete: res.writableFinished, body: Buffer.concat(chunks) }));
    handle(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) answer(res, 500, "Internal Server Error");
      else res.destroy();
    });
  });
}

function replay(req, res, entry) {
  const etag = entry.headers.etag;
  if (etag && req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag, "cache-control": PUBLIC_CACHE, "x-flowledger-cache": "hit" });
    return res.end();
  }
  res.writeHead(entry.status, { ...entry.headers, "x-flowledger-cache": "hit" });
  res.end(req.method === "HEAD" ? undefined : entry.body);
}

/** A kept page: from the cache, or drawn once while others asking for it wait. */
async function serveKept(req, res, key) {
  for (;;) {
    const hit = cache.get(key);
    if (hit) return replay(req, res, hit);
    const pending = drawing.get(key);
    if (!pending) break;
    await pending;
    if (!cache.get(key)) break; // the drawing failed or was not kept: draw for this reader
  }
  let done;
  drawing.set(key, new Promise((r) => (done = r)));
  try {
    const { complete, body } = await render(req, res, true, true);
    if (complete && res.statusCode === 200 && req.method === "GET") {
      const headers = {};
      for (const [k, v] of Object.entries(res.getHeaders()))
        if (!NOT_REPLAYED.has(k) && v !== undefined) headers[k] = v;
      headers["content-length"] = String(body.length);
      headers.etag ??= `"fl-${createHash("sha1").update(body).digest("hex").slice(0, 20)}"`;
      cache.set(key, { status: 200, headers, body });
    }
  } finally {
    drawing.delete(key);
    done();
  }
}

const server = createServer(async (req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD")
    return answer(res, 405, "Method Not Allowed", { Allow: "GET, HEAD" });
  let url;
  try {
    // Parsed as a path only: "//host" in a request line is not an address elsewhere.
    url = new URL(`http://flowledger.local${req.url?.startsWith("/") ? req.url : "/"}`);
    decodeURIComponent(url.pathname);
  } catch {
    return answer(res, 400, "Bad Request: malformed address");
  }
  const rule = KEPT.find((k) => k.path.test(url.pathname));
  // Client-side navigation (React Server Components payloads) goes straight to Next.
  const rsc = req.headers.rsc !== undefined || url.searchParams.has("_rsc");
  if (!rule || rsc) return void (await render(req, res, false, false));
  if (url.search && rule.query === "redirect") {
    // One address per page: a query string means nothing here.
    res.writeHead(308, { ...plainHeaders, Location: url.pathname, "Cache-Control": PUBLIC_CACHE });
    return res.end();
  }
  // Two forms of each answer at most: gzip, or none.
  const encoding = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") ? "gzip" : "identity";
  req.headers["accept-encoding"] = encoding;
  const key = `${encoding} ${url.pathname}${rule.query === "choices" ? url.search : ""}`;
  if (req.method === "HEAD") {
    const hit = cache.get(key);
    return hit ? replay(req, res, hit) : void (await render(req, res, true, false));
  }
  await serveKept(req, res, key);
});

// Methods Node's parser refuses (TRACK, made-up ones) and malformed requests never reach the
// handler above: they are answered here, with the same headers.
server.on("clientError", (err, socket) => {
  if (!socket.writable) return socket.destroy();
  socket.end(
    err.code === "HPE_INVALID_METHOD"
      ? rawResponse(405, "Method Not Allowed", { Allow: "GET, HEAD" })
      : rawResponse(400, "Bad Request"),
  );
});
server.on("connect", (_req, socket) => {
  socket.end(rawResponse(405, "Method Not Allowed", { Allow: "GET, HEAD" }));
});
if (args.keepAliveTimeout) server.keepAliveTimeout = Number(args.keepAliveTimeout);

server.listen(port, hostname, async () => {
  const local = `http://${hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname}:${port}`;
  const health = await fetch(`${local}/api/health`).catch((e) => e);
  if (!(health instanceof Response) || !health.ok) {
    console.error(
      `Flowledger did not start: the data do not load.\n${health instanceof Response ? await health.text() : String(health)}`,
    );
    process.exit(1);
  }
  console.log(`Flowledger: ready on ${local} (response cache ${cacheBytes / 1024 / 1024} MB)`);
  // The default flows view is the front door of shared links: drawn before anyone asks.
  void fetch(`${local}/flows`, { headers: { "accept-encoding": "gzip" } }).catch(() => {});
});

for (const signal of ["SIGTERM", "SIGINT"])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
