/**
 * The catalog as the site, the validator and the importers use it: the data layer's reading of
 * the files (lib/data) with the checks of every layer that gives the rows meaning — charts
 * against their types, evidence, claims against the datasets they compare with, questions.
 */
import { checkChartSpecs, checkChartsRows } from "../charts/check";
import { checkClaims } from "../claims/check";
import {
  buildCatalogWith,
  CLAIMS_SLUG,
  type CatalogChecks,
  type CatalogResult,
  type DataFile,
} from "../data/catalog";
import { FIGURES_FILE } from "../data/figure-schema";
import { QUESTIONS_FILE } from "../data/question-schema";
import { checkEvidenceRows } from "../evidence/check";
import { checkFlowFigures } from "../flows/check";
import { checkQuestions } from "../questions/check";

const CHECKS: CatalogChecks = {
  meta: (meta, file) =>
    checkChartSpecs(meta).map(([column, message]) => ({ file, line: 1, column, message })),
  rows: (meta, roles, rows) => ({
    rows: checkEvidenceRows(roles, rows),
    meta: checkChartsRows(meta, roles, rows),
  }),
  catalog: (datasets, { questions, flowFigures }, sourceIds, dir) => {
    const problems = checkClaims(datasets, dir);
    const bySlug = new Map(datasets.map((d) => [d.slug, d]));
    problems.push(...checkFlowFigures(flowFigures, bySlug, `${dir}/${FIGURES_FILE}`));
    if (questions.length > 0) {
      const ledger = datasets.find((d) => d.slug === CLAIMS_SLUG);
      problems.push(
        ...checkQuestions(
          questions,
          bySlug,
          new Set((ledger?.rows ?? []).map((r) => String(r[ledger!.roles.id]))),
          sourceIds,
          `${dir}/${QUESTIONS_FILE}`,
        ),
      );
    }
    return problems;
  },
};

/**
 * Builds the catalog from the files of a data folder (`sources.csv`, one `<slug>.csv` +
 * `<slug>.meta.json` pair per dataset, `questions.json`, `figures.json`). Pure: the caller reads the files.
 * `dir` is only used to name files in messages (`data/x.csv:3: …`).
 */
export function buildCatalog(files: DataFile[], dir = "data"): CatalogResult {
  return buildCatalogWith(CHECKS, files, dir);
}
