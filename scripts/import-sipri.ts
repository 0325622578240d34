/**
 * `npm run import:sipri -- <trade-register.csv> [--out <dir>] [--deliveries "Israel>Azerbaijan"]...
 *    [--country "Azerbaijan:imports"]... [--accessed YYYY-MM-DD] [--vintage YYYY-MM-DD] [--source-note "…"]`
 *
 * Regenerates the arms datasets from a SIPRI trade-register export (lib/sipri/import.ts): the
 * data folder is validated as it would be, and nothing is written unless it passes.
 */
import { parseArgs } from "node:util";
import { DEFAULT_SIPRI_OPTIONS, parsePair, type SipriImportOptions } from "../lib/sipri/datasets";
import { importSipri } from "../lib/sipri/import";
import { printImportResult } from "./import-result";

const USAGE =
  'usage: npm run import:sipri -- <trade-register.csv> [--out data] [--deliveries "Israel>Azerbaijan"] [--country "Azerbaijan:imports"] [--accessed YYYY-MM-DD] [--vintage YYYY-MM-DD] [--source-note "…"]';

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

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
  const opts: SipriImportOptions = {
    ...DEFAULT_SIPRI_OPTIONS,
    ...(values.accessed ? { accessed: values.accessed } : {}),
    ...(values["source-note"] ? { sourceNote: values["source-note"] } : {}),
  };
  if (values.deliveries)
    opts.deliveries = values.deliveries.map(
      (s) =>
        parsePair(s) ?? fail(`--deliveries "${s}": write Supplier>Recipient (either may be *)`),
    );
  if (values.country)
    opts.countries = values.country.map((s) => {
      const m = /^(.+):(imports|exports)$/.exec(s);
      return m
        ? { country: m[1]!, role: m[2] as "imports" | "exports" }
        : fail(`--country "${s}": write Country:imports or Country:exports`);
    });

  return printImportResult(await importSipri(positionals[0]!, values.out!, opts, values.vintage));
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`import:sipri: ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof UsageError) console.error(USAGE);
    process.exit(2);
  },
);
