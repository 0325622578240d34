/**
 * The two things the SIPRI benchmark times, and one timed run of either in a fresh process (as
 * `npm run import:sipri` runs in real use): `sipri-once.ts import <export.csv> <out dir>` or
 * `sipri-once.ts parse <export.csv>` prints that run's milliseconds (module loading excluded,
 * the same for both).
 */
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";
import { DEFAULT_SIPRI_OPTIONS } from "../../lib/sipri-datasets";
import { importSipri } from "../import-sipri";

/** The whole import, as the command runs it. */
export async function fullImport(file: string, dir: string) {
  const r = await importSipri(file, dir, DEFAULT_SIPRI_OPTIONS);
  if (!r.ok) throw new Error(r.problems[0]);
}

/**
 * The baseline: read the file and parse it with papaparse. Its default delimiter detection
 * picks ";" on a SIPRI file (every line ends in one) and returns two-field rows; the fair
 * baseline parses the same 17 columns as the import.
 */
export async function bareParse(file: string) {
  Papa.parse(await readFile(file, "utf8"), { header: false, delimiter: "," });
}

async function main() {
  const [what, file, out] = process.argv.slice(2);
  const t = performance.now();
  if (what === "import") await fullImport(file!, out!);
  else await bareParse(file!);
  console.log(performance.now() - t);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  void main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
