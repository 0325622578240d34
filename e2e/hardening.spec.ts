import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, waitForCharts } from "./fixtures";

/**
 * One raw HTTP/1.1 request over a socket, path sent byte for byte as given (no client-side
 * normalisation or refusal, as a hostile client would send it). Resolves the status code.
 */
function rawRequest(baseURL: string, method: string, path: string, body = ""): Promise<number> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let head = "";
    socket.setTimeout(15_000, () =>
      socket.destroy(new Error(`timeout: ${method} ${path.slice(0, 80)}`)),
    );
    socket.on("connect", () => {
      const length = body
        ? `Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/x-www-form-urlencoded\r\n`
        : "";
      socket.write(
        `${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n${length}Connection: close\r\n\r\n${body}`,
      );
    });
    socket.on("data", (d) => {
      head += d.toString("latin1");
      const m = /^HTTP\/1\.1 (\d{3})/.exec(head);
      if (m) {
        resolve(Number(m[1]));
        socket.destroy();
      }
    });
    socket.on("error", reject);
    socket.on("close", () =>
      reject(new Error(`no status line for ${method} ${path.slice(0, 80)}: ${head.slice(0, 80)}`)),
    );
  });
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PATHS = [
  "/",
  "/claims",
  "/sources",
  "/api/datasets",
  "/datasets/israel-oil-imports",
  "/datasets/israel-oil-imports/data.csv",
  "/datasets/israel-oil-imports/data.json",
  "/datasets/arms-transfers/rows.json",
  "/claims/data.csv",
  "/flows",
  "/flows/data.csv",
  "/flows/data.json",
  "/search",
  "/embed/flows/corridor",
  "/embed/datasets/israel-oil-imports/shares",
  "/datapackage.json",
  "/manifest.json",
];
const JUNK = [
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f%2e%2e%2f",
  "..;/",
  "%00",
  "%",
  "%ZZ",
  "a".repeat(5000),
  "<script>",
  "'\"",
  "\u00e9",
  "~root",
  "data.csv%00.html",
  ".env",
  "..",
  "%2F",
  "__proto__",
  "constructor",
];
const METHODS = [
  "GET",
  "GET",
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "OPTIONS",
  "TRACE",
  "TRACK",
  "PROPFIND",
];

test("a request fuzz of 1,200 odd requests gets no 5xx, and the server is healthy afterwards", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const rand = rng(4242);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const urls: { method: string; url: string }[] = [];
  for (let i = 0; i < 1200; i++) {
    const base = pick(PATHS);
    // Raw on the wire: percent signs and traversal as typed; other bytes percent-encoded, since
    // a request line cannot carry spaces or raw Unicode.
    const junk = pick(JUNK).replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
    const variants = [
      base,
      `${base}?${pick(["sort", "f.value", "page", "size", "q", "from", "tab", "series.shares", "mode.x", "window", "oil", "eu", "region", "show", "kind"])}=${junk}`,
      `/datasets/${junk}`,
      `/datasets/${junk}/data.csv`,
      `/datasets/israel-oil-imports/${junk}`,
      `/embed/flows/${junk}`,
      `/embed/datasets/israel-oil-imports/${junk}`,
      `${base}/${junk}`,
      `/${junk}`,
    ];
    urls.push({ method: pick(METHODS), url: pick(variants) });
  }
  const statuses: Record<string, number> = {};
  const failures: string[] = [];
  for (let i = 0; i < urls.length; i += 20) {
    await Promise.all(
      urls.slice(i, i + 20).map(async ({ method, url }) => {
        const status = await rawRequest(
          baseURL!,
          method,
          url,
          method === "POST" || method === "PUT" ? "a=1&b=%00" : "",
        );
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status >= 500) failures.push(`${method} ${url.slice(0, 120)} → ${status}`);
      }),
    );
  }
  expect(failures).toEqual([]);
  // Only the answers the site gives on purpose.
  for (const status of Object.keys(statuses).map(Number))
    expect([200, 304, 307, 308, 400, 404, 405]).toContain(status);
  // Still serving, and serving right.
  const health = await request.get("/api/datasets");
  expect(health.status()).toBe(200);
  expect((await health.json()).datasets.length).toBeGreaterThan(0);
  expect((await request.get("/datasets/israel-oil-imports")).status()).toBe(200);
});

test("TRACE, TRACK, CONNECT and made-up methods get 405 with the security headers, never a 500", async ({
  baseURL,
}) => {
  const { hostname, port } = new URL(baseURL!);
  const raw = (line: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname);
      let text = "";
      socket.setTimeout(10_000, () => socket.destroy(new Error(`timeout: ${line}`)));
      socket.on("connect", () =>
        socket.write(`${line}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
      );
      socket.on("data", (d) => (text += d.toString("latin1")));
      socket.on("end", () => resolve(text));
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
  for (const line of [
    "TRACE / HTTP/1.1",
    "TRACE /datasets/israel-oil-imports HTTP/1.1",
    "TRACK / HTTP/1.1",
    "CONNECT example.org:443 HTTP/1.1",
    "FROBNICATE /flows HTTP/1.1",
  ]) {
    const text = await raw(line);
    expect(text, line).toMatch(/^HTTP\/1\.1 405 /);
    expect(text, line).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
    expect(text, line).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    expect(text, line).toMatch(/\r\nContent-Security-Policy: [^\r]*frame-ancestors 'none'/i);
  }
});

test("every page kind leaves with a Cache-Control a shared cache honours; errors and search are not kept", async ({
  request,
}) => {
  const publicPolicy = /^public, .*s-maxage=\d+.*stale-while-revalidate=\d+/;
  for (const path of [
    "/",
    "/datasets/israel-oil-imports",
    "/datasets/israel-oil-imports/data.csv",
    "/datasets/israel-oil-imports/f1-36-azerbaijan-share-2025",
    "/questions/azerbaijan-oil-to-israel",
    "/countries/israel",
    "/flows",
    "/flows?window=2015-2019",
    "/flows/data.csv",
    "/embed/flows/corridor",
    "/datasets/israel-oil-imports/citation.bib",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toMatch(publicPolicy);
  }
  for (const path of [
    "/datasets/israel-oil-imports/no-such-row",
    "/countries/nowhere",
    "/questions/nope",
  ]) {
    const res = await request.get(path, { failOnStatusCode: false });
    expect(res.status(), path).toBe(404);
    expect(res.headers()["cache-control"], path).toBe("no-store");
  }
  expect((await request.get("/search?q=Kpler")).headers()["cache-control"]).toMatch(/no-store/);
});

test("a page drawn on request is drawn once and kept; its variants are one address", async ({
  request,
}) => {
  const path = "/datasets/israel-oil-imports/f1-20-azerbaijan-tonnes-jan-2024";
  const first = await request.get(path);
  const again = await request.get(path);
  expect(again.headers()["x-flowledger-cache"]).toBe("hit");
  expect(await again.text()).toBe(await first.text());
  // A query string means nothing on a figure page: one redirect to its address.
  const variant = await request.get(`${path}?utm_source=x`, { maxRedirects: 0 });
  expect(variant.status()).toBe(308);
  expect(variant.headers()["location"]).toBe(path);
  // The flows' choices have one spelling: any other redirects to it.
  const flows = await request.get("/flows?oil=all&window=2015-2019&junk=1", { maxRedirects: 0 });
  expect(flows.status()).toBe(308);
  expect(flows.headers()["location"]).toBe("/flows?window=2015-2019");
  // The same answer to a client that takes gzip and to one that does not.
  const plain = await request.get(path, { headers: { "accept-encoding": "identity" } });
  expect(await plain.text()).toBe(await first.text());
});

test("addresses come from configuration, never from the request's Host", async ({
  request,
  baseURL,
}) => {
  const forged = {
    host: "evil.example}, note = {injected",
    "x-forwarded-host": "javascript://evil.example",
  };
  const bib = await (
    await request.get("/datasets/israel-oil-imports/citation.bib", { headers: forged })
  ).text();
  expect(bib).toContain(`\\url{${baseURL}/datasets/israel-oil-imports}`);
  expect(bib).not.toMatch(/evil|javascript|injected/);
  const figure = await (
    await request.get("/datasets/israel-oil-imports/f1-35-azerbaijan-bd-2025", { headers: forged })
  ).text();
  expect(figure).not.toMatch(/evil\.example|javascript:\/\//);
  expect(figure).toContain(
    `<link rel="canonical" href="${baseURL}/datasets/israel-oil-imports/f1-35-azerbaijan-bd-2025"`,
  );
  expect(figure).toMatch(new RegExp(`<meta property="og:image" content="${baseURL}/`));
});

test("methods other than GET and HEAD get 405, with Allow", async ({ request }) => {
  for (const path of [
    "/datasets/israel-oil-imports",
    "/datasets/israel-oil-imports/data.csv",
    "/api/datasets",
    "/",
  ]) {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const res = await request.fetch(path, { method, data: "x=1" });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(res.headers()["allow"]).toBe("GET, HEAD");
    }
  }
});

test("security headers on pages and downloads, and no X-Powered-By", async ({ request }) => {
  for (const path of [
    "/",
    "/datasets/israel-oil-imports",
    "/datasets/israel-oil-imports/data.csv",
    "/datasets/israel-oil-imports/data.json",
    "/api/datasets",
    "/datasets/nope",
  ]) {
    const h = (await request.get(path, { failOnStatusCode: false })).headers();
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).toContain("object-src 'none'");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

test("the pages work under the CSP: no violation while reading, exploring and exporting", async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  for (const path of [
    "/",
    "/claims?verdict=supported",
    "/sources",
    "/datasets/israel-oil-imports",
    "/datasets/arms-transfers",
  ]) {
    await page.goto(path);
    if (path.startsWith("/datasets/")) {
      await waitForCharts(page);
      const figure = page.locator(".chart-figure").first();
      await figure.locator(".chart-box").hover();
      await expect(figure.locator("svg.recharts-surface")).toBeVisible();
      const download = page.waitForEvent("download");
      await figure.getByRole("button", { name: "Export PNG" }).click();
      await download;
    }
    expect(
      await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
      path,
    ).toEqual([]);
  }
});

test("the server refuses to start on bad data and says where the problem is; with the file restored it starts", async () => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-serve-"));
  try {
    await cp("data", dir, { recursive: true });
    const file = path.join(dir, "israel-oil-imports.csv");
    const good = await readFile(file, "utf8");
    await writeFile(file, good.slice(0, Math.floor(good.length / 2)));
    const start = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const proc = spawn("npm", ["start", "--", "-p", "3197", "-H", "127.0.0.1"], {
          env: { ...process.env, FLOWLEDGER_DATA_DIR: dir },
          stdio: ["ignore", "pipe", "pipe"],
          // Its own process group, so stopping it stops npm and the server under it.
          detached: true,
        });
        let out = "";
        const read = (d: Buffer) => {
          out += String(d);
          if (out.includes("ready on")) process.kill(-proc.pid!, "SIGTERM");
        };
        proc.stdout.on("data", read);
        proc.stderr.on("data", read);
        proc.on("exit", (code) => resolve({ code, out }));
      });
    const broken = await start();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain("Flowledger did not start: the data do not load.");
    expect(broken.out).toMatch(/israel-oil-imports\.csv:\d+: /);
    await writeFile(file, good);
    const fixed = await start();
    expect(fixed.out).toContain("ready on http://127.0.0.1:3197");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
