import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { firstLoadScripts, gzipBytes } from "./bundle";
import { kb, ratio, results } from "./report";
import { buildNext } from "./server";

/**
 * The build before the country pages (commit edaf164: the SIPRI extract's 793 transfer rows, no
 * /countries), measured on this machine kind on 2026-11-30 the same way: `next build` in a
 * checkout of that commit, output folder without its cache/ folders. A stored baseline, because
 * building an old commit in every bench run would need a second checkout and install.
 */
const BASELINE = {
  date: "2026-11-30, commit edaf164",
  buildSeconds: 39.4,
  outputBytes: 72_867_960,
};

function folderBytes(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    n += s.isDirectory() ? (name === "cache" ? 0 : folderBytes(p)) : s.size;
  }
  return n;
}

/** Largest prerendered page of a folder of server/app (bytes) and its file. */
function largestPage(distDir: string, sub: string): { file: string; bytes: number } {
  const dir = path.join(distDir, "server/app", sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .map((f) => ({ file: `${sub}/${f}`, bytes: statSync(path.join(dir, f)).size }))
    .sort((a, b) => b.bytes - a.bytes)[0]!;
}

function firstLoadJs(distDir: string, file: string): number {
  const html = readFileSync(path.join(distDir, "server/app", file), "utf8");
  return firstLoadScripts(html).reduce((n, s) => n + gzipBytes(distDir, s), 0);
}

/** `next build` time and output with every country page prerendered, beside the stored baseline. */
export async function benchCountries() {
  const distDir = ".next-bench";
  const t = performance.now();
  await buildNext({ FLOWLEDGER_DIST_DIR: distDir });
  const seconds = (performance.now() - t) / 1000;
  const pages = readdirSync(path.join(distDir, "server/app/countries")).filter((f) =>
    f.endsWith(".html"),
  ).length;
  results.push({
    section: "Country pages (build)",
    figure: `next build, ${pages} country pages prerendered`,
    value: `${seconds.toFixed(1)} s`,
    baseline: `${BASELINE.buildSeconds.toFixed(1)} s (${BASELINE.date})`,
    ratio: ratio(seconds, BASELINE.buildSeconds),
    target: "≤ 2.00×",
  });
  const output = folderBytes(distDir);
  results.push({
    section: "Country pages (build)",
    figure: "build output (without cache/)",
    value: kb(output),
    baseline: BASELINE.outputBytes ? `${kb(BASELINE.outputBytes)} (${BASELINE.date})` : "",
    ratio: BASELINE.outputBytes ? ratio(output, BASELINE.outputBytes) : "",
    target: "",
  });
  const country = largestPage(distDir, "countries");
  const dataset = largestPage(distDir, "datasets");
  results.push({
    section: "Country pages (build)",
    figure: `largest country page HTML (${country.file})`,
    value: kb(country.bytes),
    baseline: `${kb(dataset.bytes)} (${dataset.file}, largest dataset page)`,
    ratio: ratio(country.bytes, dataset.bytes),
    target: "≤ 300 KB",
  });
  const datasetJs = Math.max(
    ...readdirSync(path.join(distDir, "server/app/datasets"))
      .filter((f) => f.endsWith(".html"))
      .map((f) => firstLoadJs(distDir, `datasets/${f}`)),
  );
  const countryJs = Math.max(
    ...readdirSync(path.join(distDir, "server/app/countries"))
      .filter((f) => f.endsWith(".html"))
      .map((f) => firstLoadJs(distDir, `countries/${f}`)),
  );
  results.push({
    section: "Country pages (build)",
    figure: "largest first-load JS of a country page (gzip)",
    value: kb(countryJs),
    baseline: `${kb(datasetJs)} (largest of the dataset pages)`,
    ratio: ratio(countryJs, datasetJs),
    target: "≤ the dataset pages'",
  });
}
