import type { ImportResult } from "../lib/catalog/replace-data-files";

/** Prints an import's result the way every import command does; returns the exit code. */
export function printImportResult(result: ImportResult): number {
  if (!result.ok) {
    for (const line of result.problems) console.error(line);
    const n = result.problems.length;
    console.error(
      `\n${n} problem${n === 1 ? "" : "s"}: nothing was imported; no file was changed.`,
    );
    return 1;
  }
  console.log(result.summary);
  return 0;
}
