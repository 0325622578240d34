/**
 * `npm run import:ei -- <workbook.xlsx>... [--out data] [--accessed YYYY-MM-DD] [--source-note "…"]`
 * `npm run import:eu-crude -- <workbook.xlsx>... [--out data] [--accessed YYYY-MM-DD] [--source-note "…"]`
 *
 * Imports the Energy Institute's Statistical Review workbooks or the European Commission's
 * Crude Oil Import Register workbooks (lib/energy/import.ts). Nothing is written unless every
 * workbook reads and the data folder validates with the result.
 */
import { parseArgs } from "node:util";
import { importEi, importEuCrude } from "../lib/energy/import";
import { printImportResult } from "./import-result";

const COMMANDS = { ei: importEi, "eu-crude": importEuCrude } as const;
const which = process.argv[2] as keyof typeof COMMANDS;
const USAGE = `usage: npm run import:${which} -- <workbook.xlsx>... [--out data] [--accessed YYYY-MM-DD] [--source-note "…"]`;

async function main(): Promise<number> {
  if (!(which in COMMANDS))
    throw new Error(`unknown importer "${which}" (have: ${Object.keys(COMMANDS).join(", ")})`);
  const { values, positionals } = parseArgs({
    args: process.argv.slice(3),
    allowPositionals: true,
    options: {
      out: { type: "string", default: "data" },
      accessed: { type: "string" },
      "source-note": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.accessed && !/^\d{4}-\d{2}-\d{2}$/.test(values.accessed)) {
    console.error(`--accessed "${values.accessed}": write YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const result = await COMMANDS[which](positionals, values.out!, {
    // The day of the import, unless told when the workbooks were obtained.
    accessed: values.accessed ?? new Date().toISOString().slice(0, 10),
    ...(values["source-note"] ? { sourceNote: values["source-note"] } : {}),
  });
  return printImportResult(result);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`import:${which}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
