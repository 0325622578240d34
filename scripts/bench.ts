/**
 * `npm run bench [-- section…]`: prints one table of measured figures, each beside a baseline
 * measured in the same run (these machines are noisy: read the ratios, not the milliseconds).
 * Sections: sipri, energy, search, bundle, lighthouse, big, server, countries (all by default). Generated inputs and the
 * benchmark builds go to bench-output/ and .next-bench/ (never committed).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { loadCatalogResult } from "../lib/catalog/load-data";
import { benchBigDataset } from "./bench/big-dataset";
import { benchBundle } from "./bench/bundle";
import { benchFlowsLighthouse, benchLighthouse } from "./bench/lighthouse";
import { benchServer, startStatic } from "./bench/load";
import { printTable, results } from "./bench/report";
import { buildNext, startNext } from "./bench/server";
import { benchEnergy, benchEnergyMemory } from "./bench/energy";
import { benchSipri } from "./bench/sipri";
import { benchCountries } from "./bench/countries";
import { benchSearch } from "./bench/search";
import { benchServe } from "./bench/serve";

const OUT = path.resolve("bench-output");
const SECTIONS = [
  "sipri",
  "energy",
  "search",
  "bundle",
  "lighthouse",
  "big",
  "server",
  "countries",
  "serve",
] as const;
type Section = (typeof SECTIONS)[number];

const BASELINE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plain page</title><meta name="description" content="A plain HTML page: the benchmark's baseline."></head><body><main><h1>Plain page</h1><p>No scripts, no styles: what a browser does with a page that asks nothing of it.</p></main></body></html>`;

async function main() {
  await mkdir(OUT, { recursive: true });
  const wanted = (process.argv.slice(2).length ? process.argv.slice(2) : SECTIONS) as Section[];
  for (const w of wanted)
    if (!SECTIONS.includes(w))
      throw new Error(`unknown section "${w}" (have: ${SECTIONS.join(", ")})`);
  const needSite = wanted.some(
    (w) => w === "bundle" || w === "lighthouse" || w === "server" || w === "serve",
  );

  if (wanted.includes("sipri")) await benchSipri();
  if (wanted.includes("energy")) {
    await benchEnergy();
    await benchEnergyMemory();
  }
  if (wanted.includes("search")) await benchSearch();
  if (needSite) {
    // Figures for the site as it is now: build it first.
    await buildNext();
    const { catalog } = await loadCatalogResult();
    const slugs = catalog!.datasets.map((d) => d.slug);
    const site = await startNext(3302);
    const plain = await startStatic(".next", "israel-oil-imports", 3303, {
      "plain.html": BASELINE_HTML,
    });
    try {
      if (wanted.includes("bundle")) await benchBundle(".next", site.url, slugs);
      if (wanted.includes("lighthouse")) {
        await benchFlowsLighthouse(
          site.url,
          ["/", "/flows"],
          "/sources",
          "/datasets/israel-oil-imports",
        );
        await benchLighthouse(
          site.url,
          ["/", "/datasets/israel-oil-imports", "/datasets/arms-transfers"],
          "/plain.html",
          plain.url,
        );
      }
      if (wanted.includes("server"))
        await benchServer(site.url, plain.url, "israel-oil-imports", 10);
      if (wanted.includes("serve")) {
        // Figure pages from every dataset in turn, so the sample spans small and large tables.
        const byDataset = catalog!.datasets.map((d) =>
          d.rows.map((r) => ({ slug: d.slug, id: String(r[d.roles.id]) })),
        );
        const ids: { slug: string; id: string }[] = [];
        for (let i = 0; ids.length < 2000 && i < 5000; i++)
          for (const rows of byDataset) if (rows[i]) ids.push(rows[i]!);
        site.stop();
        await benchServe(ids);
      }
    } finally {
      site.stop();
      await plain.close();
    }
  }
  if (wanted.includes("big")) await benchBigDataset(OUT);
  if (wanted.includes("countries")) await benchCountries();
  printTable(results);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
