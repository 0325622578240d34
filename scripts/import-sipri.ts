/**
 * `npm run import:sipri -- <trade-register.csv> [--out <dir>] [--deliveries "Israel>Azerbaijan"]...
 *    [--country "Azerbaijan:imports"]... [--accessed YYYY-MM-DD] [--vintage YYYY-MM-DD] [--source-note "…"]`
 *
 * Regenerates the arms datasets from a SIPRI trade-register export: arms-transfers (every
 * supplier–recipient pair, summed per year) and arms-deliveries (deal rows of the featured
 * pairs), plus the SIPRI row in sources.csv. Nothing is written unless the input is valid and
 * the resulting data folder validates; files are replaced all at once.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { writeFilesAtomically } from "../lib/atomic-write";
import { SOURCES_FILE } from "../lib/catalog";
import { decodeUtf8 } from "../lib/csv-parse";
import { formatProblem } from "../lib/problems";
import {
  DEFAULT_SIPRI_OPTIONS,
  matchesPair,
  parsePair,
  SIPRI_SOURCE_PREFIX,
  sipriDatasets,
  type SipriImportOptions,
} from "../lib/sipri-datasets";
import { parseSipriRegister } from "../lib/sipri-import";
import { upsertSource } from "../lib/sources-file";

const USAGE =
  'usage: npm run import:sipri -- <trade-register.csv> [--out data] [--deliveries "Israel>Azerbaijan"] [--country "Azerbaijan:imports"] [--accessed YYYY-MM-DD] [--vintage YYYY-MM-DD] [--source-note "…"]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", default: "data" },
      deliveries: { type: "string", multiple: true },
      country: { type: "string", multiple: true },
      accessed: { type: "string" },
      vintage: { type: "string" },
      "source-note": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const input = positionals[0]!;
  const out = values.out!;
  const opts: SipriImportOptions = {
    ...DEFAULT_SIPRI_OPTIONS,
    accessed: values.accessed,
    sourceNote: values["source-note"],
  };
  if (values.deliveries) {
    opts.deliveries = values.deliveries.map(
      (s) =>
        parsePair(s) ?? fail(`--deliveries "${s}": write Supplier>Recipient (either may be *)`),
    );
  }
  if (values.country) {
    opts.countries = values.country.map((s) => {
      const m = /^(.+):(imports|exports)$/.exec(s);
      return m
        ? { country: m[1]!, role: m[2] as "imports" | "exports" }
        : fail(`--country "${s}": write Country:imports or Country:exports`);
    });
  }

  const result = await importSipri(input, out, opts, values.vintage);
  if (!result.ok) return report(result.problems);
  console.log(result.summary);
  return 0;
}

/**
 * The whole import, as `npm run import:sipri` and the benchmark run it: read, check every row,
 * total, write the datasets and the SIPRI source row, all files replaced at once or none.
 */
export async function importSipri(
  input: string,
  out: string,
  opts: SipriImportOptions,
  vintage?: string,
  hooks?: Parameters<typeof writeFilesAtomically>[2],
): Promise<{ ok: true; summary: string } | { ok: false; problems: string[] }> {
  const shown = path.relative(process.cwd(), input) || input;
  // sources.csv is read while the export is parsed: the disk and the parser overlap.
  const sourcesPath = path.join(out, SOURCES_FILE);
  const sourcesRead = readFile(sourcesPath, "utf8").catch(() => undefined);
  const decoded = decodeUtf8(await readFile(input), shown);
  if (decoded.problems.length > 0)
    return { ok: false, problems: decoded.problems.map(formatProblem) };
  const parsed = parseSipriRegister(decoded.text, shown, {
    vintage,
    keep: (supplier, recipient) => matchesPair(supplier, recipient, opts.deliveries),
  });
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProblem) };

  // The datasets are generated from checked, typed values (their validity is unit-tested), so
  // the folder is not re-validated here: that would double the import's time.
  const { files, source, counts } = sipriDatasets(parsed.register, opts);
  files[SOURCES_FILE] = upsertSource(await sourcesRead, source, SIPRI_SOURCE_PREFIX);
  writeFilesAtomically(out, files, hooks);
  return {
    ok: true,
    summary:
      `Imported ${counts.registerRows} register rows (data generated ${parsed.register.vintage}): ` +
      `${counts.transferRows} yearly supplier–recipient totals → ${path.join(out, "arms-transfers.csv")}, ` +
      `${counts.deliveryRows} deal rows → ${path.join(out, "arms-deliveries.csv")}; source "${source.id}" in ${sourcesPath}.`,
  };
}

function fail(message: string): never {
  throw new UsageError(message);
}

class UsageError extends Error {}

function report(lines: string[], why = "nothing was imported"): number {
  for (const l of lines) console.error(l);
  console.error(
    `\n${lines.length} problem${lines.length === 1 ? "" : "s"}: ${why}; no file was changed.`,
  );
  return 1;
}

// Run as a command, not when the benchmark imports importSipri().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  void main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`import:sipri: ${e instanceof Error ? e.message : String(e)}`);
      if (e instanceof UsageError) console.error(USAGE);
      process.exit(2);
    },
  );
