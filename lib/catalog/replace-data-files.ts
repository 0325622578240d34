import "server-only";
import { statSync } from "node:fs";
import path from "node:path";
import { writeFilesAtomically } from "../data/atomic-write";
import { SOURCES_FILE, type DataFile } from "../data/catalog";
import { buildCatalog } from "./build";
import { readDataFiles } from "./load-data";
import { formatProblem } from "../data/problems";
import type { Source } from "../data/schema";
import { upsertSource } from "../data/sources-file";

/** What every import command ends with: a summary, or the located problems and nothing written. */
export type ImportResult = { ok: true; summary: string } | { ok: false; problems: string[] };

export interface SourceUpdate {
  source: Source;
  /** Rows whose id starts with this (an older vintage of the same source) are replaced. */
  replacePrefix: string;
}

/**
 * What every importer does last: put the new files and source rows into the data folder as
 * it would be, validate that folder with the checks `npm run validate` runs, and only then
 * replace the files, all at once. On any problem nothing is written.
 */
export async function replaceDataFiles(
  out: string,
  files: Record<string, string>,
  sources: SourceUpdate[],
  hooks?: Parameters<typeof writeFilesAtomically>[2],
): Promise<{ ok: true } | { ok: false; problems: string[] }> {
  if (!statSync(out, { throwIfNoEntry: false })?.isDirectory())
    return { ok: false, problems: [`${out}: no such folder (give --out an existing data folder)`] };
  const current = await readDataFiles(out).catch((): DataFile[] => []);
  const sourcesNow = current.find((f) => f.name === SOURCES_FILE);
  let sourcesText = sourcesNow ? new TextDecoder().decode(sourcesNow.bytes) : undefined;
  for (const { source, replacePrefix } of sources)
    sourcesText = upsertSource(sourcesText, source, replacePrefix);
  const all = sourcesText === undefined ? files : { ...files, [SOURCES_FILE]: sourcesText };

  // The folder as it would be: every file that stays, plus the new ones.
  const encoder = new TextEncoder();
  const wouldBe: DataFile[] = [
    ...current.filter((f) => !(f.name in all)),
    ...Object.entries(all).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
  ];
  const dir = path.relative(process.cwd(), out).split(path.sep).join("/") || ".";
  const checked = buildCatalog(wouldBe, dir);
  if (checked.problems.length > 0)
    return { ok: false, problems: checked.problems.map(formatProblem) };
  writeFilesAtomically(out, all, hooks);
  return { ok: true };
}
