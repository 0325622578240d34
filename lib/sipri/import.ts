import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { writeFilesAtomically } from "../data/atomic-write";
import { SOURCES_FILE } from "../data/catalog";
import { decodeUtf8 } from "../data/csv-parse";
import { formatProblem } from "../data/problems";
import { replaceDataFiles, type ImportResult } from "../catalog/replace-data-files";
import { SIPRI_SOURCE_PREFIX, sipriDatasets, type SipriImportOptions } from "./datasets";
import { parseSipriRegister } from "./register";

/**
 * The whole SIPRI import, as `npm run import:sipri` runs it: read and check the export, make
 * the two arms datasets and the SIPRI source row, validate the data folder as it would be with
 * them (the checks `npm run validate` runs), and only then replace the files, all at once.
 * On any problem nothing is written and the problems come back located.
 */
export async function importSipri(
  input: string,
  out: string,
  opts: SipriImportOptions,
  vintage?: string,
  hooks?: Parameters<typeof writeFilesAtomically>[2],
): Promise<ImportResult> {
  const shown = path.relative(process.cwd(), input) || input;
  const decoded = decodeUtf8(await readFile(input), shown);
  if (decoded.problems.length > 0)
    return { ok: false, problems: decoded.problems.map(formatProblem) };
  const parsed = parseSipriRegister(decoded.text, shown, vintage ? { vintage } : {});
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };

  const { files, source, counts } = sipriDatasets(parsed.register, opts);
  const written = await replaceDataFiles(
    out,
    files,
    [{ source, replacePrefix: SIPRI_SOURCE_PREFIX }],
    hooks,
  );
  if (!written.ok) return written;
  return {
    ok: true,
    summary:
      `Imported ${counts.registerRows} register rows (data generated ${parsed.register.vintage}): ` +
      `${counts.transferRows} yearly supplier–recipient totals → ${path.join(out, "arms-transfers.csv")}, ` +
      `${counts.deliveryRows} deal rows → ${path.join(out, "arms-deliveries.csv")}; source "${source.id}" in ${path.join(out, SOURCES_FILE)}; the data folder validates.`,
  };
}
