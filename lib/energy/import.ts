import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { writeFilesAtomically } from "../data/atomic-write";
import { replaceDataFiles, type ImportResult } from "../catalog/replace-data-files";
import { readWorkbook, WorkbookProblem, type Workbook } from "../xlsx/workbook";
import {
  crudeTradeBetweenRegions,
  EI_SOURCE_PREFIX,
  eiSource,
  EU_SOURCE_ID,
  euCrudeImports,
  euSource,
  oilConsumptionProduction,
  oilConversionFactors,
  oilTradeByRegion,
} from "./datasets";
import { parseEiReview, type EiReview } from "./ei-review";
import { parseEuRegister, type EuImportRow } from "./eu-register";

/**
 * `npm run import:ei` and `npm run import:eu-crude`: read the publishers' workbooks, build the
 * datasets, validate the data folder as it would be, and only then replace the files, all at
 * once. On any problem nothing is written and every problem comes back as
 * `file: sheet!cell: message`.
 */

export interface EnergyImportOptions {
  /** When the workbooks were obtained (YYYY-MM-DD). */
  accessed: string;
  /** Extra words for the source's note, e.g. where the copy of the workbook came from. */
  sourceNote?: string;
  hooks?: Parameters<typeof writeFilesAtomically>[2];
}

/** Reads each workbook; problems from every file are gathered before giving up. */
async function readAll<T>(
  inputs: string[],
  parse: (wb: Workbook) => T | { problems: WorkbookProblem[] },
): Promise<{ ok: true; parsed: T[] } | { ok: false; problems: string[] }> {
  const parsed: T[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    const shown = path.relative(process.cwd(), input) || input;
    try {
      const result = parse(await readWorkbook(await readFile(input), shown));
      if (typeof result === "object" && result !== null && "problems" in result)
        problems.push(...result.problems.map((p) => p.message));
      else parsed.push(result);
    } catch (e) {
      if (e instanceof WorkbookProblem) problems.push(e.message);
      else if ((e as NodeJS.ErrnoException).code === "ENOENT")
        problems.push(`${shown}: no such file`);
      else throw e;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, parsed };
}

export async function importEi(
  inputs: string[],
  out: string,
  opts: EnergyImportOptions,
): Promise<ImportResult> {
  const read = await readAll<EiReview>(inputs, parseEiReview);
  if (!read.ok) return read;
  const reviews = read.parsed;
  const editions = reviews.map((r) => r.edition);
  const twice = editions.find((e, i) => editions.indexOf(e) !== i);
  if (twice)
    return {
      ok: false,
      problems: [
        `${reviews
          .filter((r) => r.edition === twice)
          .map((r) => r.file)
          .join(" and ")}: both are the ${twice} edition; give each edition once`,
      ],
    };

  const consumption = oilConsumptionProduction(reviews);
  const trade = crudeTradeBetweenRegions(reviews);
  const regions = oilTradeByRegion(reviews);
  const factors = oilConversionFactors(reviews);
  const written = await replaceDataFiles(
    out,
    {
      "oil-consumption-production.csv": consumption.csv,
      "oil-consumption-production.meta.json": consumption.meta,
      "crude-trade-between-regions.csv": trade.csv,
      "crude-trade-between-regions.meta.json": trade.meta,
      "oil-trade-by-region.csv": regions.csv,
      "oil-trade-by-region.meta.json": regions.meta,
      "oil-conversion-factors.csv": factors.csv,
      "oil-conversion-factors.meta.json": factors.meta,
    },
    // Each edition is its own source; importing one edition again replaces only its row.
    reviews.map((r) => ({
      source: eiSource(r, opts.accessed, opts.sourceNote),
      replacePrefix: `${EI_SOURCE_PREFIX}${r.edition}`,
    })),
    opts.hooks,
  );
  if (!written.ok) return written;
  return {
    ok: true,
    summary:
      `Imported the Statistical Review, ${editions.map((e) => `${e} edition`).join(" and ")}: ` +
      `${consumption.rows} consumption/production figures → ${path.join(out, "oil-consumption-production.csv")}, ` +
      `${trade.rows} inter-area movements → ${path.join(out, "crude-trade-between-regions.csv")}, ` +
      `${regions.rows} regional trade figures → ${path.join(out, "oil-trade-by-region.csv")}, ` +
      `${factors.rows} conversion factors → ${path.join(out, "oil-conversion-factors.csv")}; the data folder validates.`,
  };
}

export async function importEuCrude(
  inputs: string[],
  out: string,
  opts: EnergyImportOptions,
): Promise<ImportResult> {
  const read = await readAll<{ rows: EuImportRow[] }>(inputs, parseEuRegister);
  if (!read.ok) return read;
  const rows = read.parsed.flatMap((p) => p.rows);
  const years = new Map<number, number>();
  for (const p of read.parsed)
    for (const y of new Set(p.rows.map((r) => r.year))) years.set(y, (years.get(y) ?? 0) + 1);
  const twice = [...years].find(([, n]) => n > 1);
  if (twice)
    return {
      ok: false,
      problems: [`${twice[0]}: given in more than one workbook; give each year once`],
    };
  if (rows.length === 0) return { ok: false, problems: ["the workbooks hold no import rows"] };

  const dataset = euCrudeImports(rows);
  const written = await replaceDataFiles(
    out,
    { "eu-crude-imports.csv": dataset.csv, "eu-crude-imports.meta.json": dataset.meta },
    [{ source: euSource(rows, opts.accessed, opts.sourceNote), replacePrefix: EU_SOURCE_ID }],
    opts.hooks,
  );
  if (!written.ok) return written;
  return {
    ok: true,
    summary: `Imported ${dataset.rows} monthly rows from ${inputs.length} register workbook${inputs.length === 1 ? "" : "s"} (${[...years.keys()].sort().join(", ")}) → ${path.join(out, "eu-crude-imports.csv")}; the data folder validates.`,
  };
}
