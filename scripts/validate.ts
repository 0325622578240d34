/**
 * `npm run validate`: checks every file in data/ and prints one `file:line: column: message`
 * line per problem. Exit 0 when all is valid, 1 otherwise.
 */
import { loadCatalogResult } from "../lib/catalog/load-data";
import { formatProblem } from "../lib/data/problems";

async function main(): Promise<number> {
  const dir = process.argv[2];
  const { catalog, problems } = await loadCatalogResult(dir);
  if (!catalog) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(
      `\n${problems.length} problem${problems.length === 1 ? "" : "s"} found; nothing was changed.`,
    );
    return 1;
  }
  const rows = catalog.datasets.reduce((n, d) => n + d.rows.length, 0);
  console.log(
    `data is valid: ${catalog.sources.length} sources, ${catalog.datasets.length} datasets, ${rows} rows`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    // A bug or an unreadable folder, not bad data: one line, no stack trace.
    console.error(`validate: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
