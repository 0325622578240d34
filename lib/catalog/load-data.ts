import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Catalog, CatalogResult, DataFile } from "../data/catalog";
import { buildCatalog } from "./build";
import { DataProblemsError } from "../data/problems";
import { FIGURES_FILE } from "../data/figure-schema";
import { QUESTIONS_FILE } from "../data/question-schema";

/**
 * The one module that reads `data/`. Pages, routes and scripts all go through it, so the site,
 * `npm run validate` and `next build` see the same files and report the same problems.
 * FLOWLEDGER_DATA_DIR points it at another folder (the benchmark's generated data).
 */
export function dataDir(): string {
  return process.env.FLOWLEDGER_DATA_DIR ?? path.join(process.cwd(), "data");
}

export async function readDataFiles(dir: string): Promise<DataFile[]> {
  const names = (await readdir(dir)).filter(
    (n) =>
      n.endsWith(".csv") || n.endsWith(".meta.json") || n === QUESTIONS_FILE || n === FIGURES_FILE,
  );
  return Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(path.join(dir, name)) })),
  );
}

/** Reads and validates every data file; never throws on bad data (problems are returned). */
export async function loadCatalogResult(dir = dataDir()): Promise<CatalogResult> {
  const shown = path.relative(process.cwd(), dir) || ".";
  return buildCatalog(await readDataFiles(dir), shown.split(path.sep).join("/"));
}

let cached: Promise<Catalog> | undefined;

/**
 * The validated catalog, parsed once per process; throws the located problems if any. A failure
 * is not kept: the next call reads the files again, so fixing them needs no restart.
 */
export function getCatalog(): Promise<Catalog> {
  cached ??= loadCatalogResult().then((r) => {
    if (!r.catalog) {
      cached = undefined;
      const error = new DataProblemsError(r.problems);
      // One located line per problem in the server's log, whichever page asked.
      console.error(`Flowledger: ${error.message}`);
      throw error;
    }
    return r.catalog;
  });
  return cached;
}
