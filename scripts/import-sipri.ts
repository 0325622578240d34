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
import { parseArgs } from "node:util";
import { writeFilesAtomically } from "../lib/atomic-write";
import { buildCatalog, SOURCES_FILE } from "../lib/catalog";
import { decodeUtf8 } from "../lib/csv-parse";
import { readDataFiles } from "../lib/load-data";
import { formatProblem } from "../lib/problems";
import {
  DEFAULT_SIPRI_OPTIONS,
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

  const shown = path.relative(process.cwd(), input) || input;
  const decoded = decodeUtf8(await readFile(input), shown);
  if (decoded.problems.length > 0) return report(decoded.problems.map(formatProblem));
  const parsed = parseSipriRegister(decoded.text, shown, { vintage: values.vintage });
  if (!parsed.ok) return report(parsed.problems.map(formatProblem));

  const { files, source, counts } = sipriDatasets(parsed.register, opts);
  const existing = await readDataFiles(out).catch(() => []);
  const sourcesText = existing.find((f) => f.name === SOURCES_FILE);
  files[SOURCES_FILE] = upsertSource(
    sourcesText ? new TextDecoder().decode(sourcesText.bytes) : undefined,
    source,
    SIPRI_SOURCE_PREFIX,
  );

  // The folder as it will be after the import must validate, or nothing is written.
  const enc = new TextEncoder();
  const after = [
    ...existing.filter((f) => !(f.name in files)),
    ...Object.entries(files).map(([name, text]) => ({ name, bytes: enc.encode(text) })),
  ];
  const check = buildCatalog(after, path.relative(process.cwd(), out) || ".");
  if (!check.catalog)
    return report(check.problems.map(formatProblem), "the imported data would not validate");

  await writeFilesAtomically(out, files);
  console.log(
    `Imported ${counts.registerRows} register rows (data generated ${parsed.register.vintage}): ` +
      `${counts.transferRows} yearly supplier–recipient totals → ${path.join(out, "arms-transfers.csv")}, ` +
      `${counts.deliveryRows} deal rows → ${path.join(out, "arms-deliveries.csv")}; source "${source.id}" in ${path.join(out, SOURCES_FILE)}.`,
  );
  return 0;
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

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`import:sipri: ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof UsageError) console.error(USAGE);
    process.exit(2);
  },
);
