/**
 * The data layer: reads nothing itself (lib/catalog/load-data.ts does, server-only); turns the
 * files of a data folder into a validated, typed catalog, or into located problems and no
 * catalog. It knows files, columns, rows and references between them; what the rows mean
 * (charts, evidence, claims, questions) is checked by the layers above, through `CatalogChecks`.
 */
import { checkMetaReferences } from "./check-meta";
import type { z } from "zod";
import { FIGURES_FILE, figuresFileSchema, type FlowFigureSpec } from "./figure-schema";
import { QUESTIONS_FILE, questionsFileSchema, type QuestionSpec } from "./question-schema";
import { countLineBreaks, decodeUtf8, parseCsv, CSV_LIMITS } from "./csv-parse";
import { FILE_LEVEL, type Problem } from "./problems";
import {
  datasetMetaSchema,
  EVIDENCE_REF,
  SOURCES_META,
  type DataRow,
  type DatasetMeta,
  type Source,
} from "./schema";
import { resolveRoles, type ColumnRoles } from "./roles";
import { validateRows } from "./validate-rows";

/** A validated dataset: its metadata, resolved column roles, typed rows and cited sources. */
export interface Dataset {
  slug: string;
  meta: DatasetMeta;
  roles: ColumnRoles;
  rows: DataRow[];
  /** Ids of the sources the rows cite, in order of first citation (footnote numbering). */
  citedSourceIds: string[];
  /** Physical CSV line of each row (for problems found across files). */
  lines: number[];
}

export interface Catalog {
  sources: Source[];
  /** The datasets of figures (everything but the claims ledger). */
  datasets: Dataset[];
  /** The claims ledger (`claims.csv`), when there is one. */
  claims?: Dataset;
  /** The reader questions answered on one basis (`questions.json`; none when absent). */
  questions: QuestionSpec[];
  /** The figures /flows draws (`figures.json`; none when absent). */
  flowFigures: FlowFigureSpec[];
}

/** What the JSON files of a data folder declare besides datasets. */
export interface DeclaredFigures {
  questions: QuestionSpec[];
  flowFigures: FlowFigureSpec[];
}

/** The ledger of checked claims: validated like any dataset, shown on /claims, not as a dataset. */
export const CLAIMS_SLUG = "claims";

export interface CatalogResult {
  /** Present only when there are no problems: partial data is never handed out. */
  catalog?: Catalog;
  problems: Problem[];
}

/** A file of the data folder: its name (e.g. `oil.csv`) and bytes. */
export interface DataFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * The checks the layers above the data add (lib/catalog composes them): each returns located
 * problems, and a dataset with any is left out of the catalog like one with bad rows.
 */
export interface CatalogChecks {
  /** A dataset's metadata, once its own shape and columns are valid (e.g. its charts' specs). */
  meta(meta: DatasetMeta, file: string): Problem[];
  /** A dataset's valid rows: `[row index, column, message]` and `[metadata path, message]`. */
  rows(
    meta: DatasetMeta,
    roles: ColumnRoles,
    rows: readonly DataRow[],
  ): { rows: [number, string, string][]; meta: [string, string][] };
  /** Across datasets, once every dataset is read (claims against evidence, questions, figures). */
  catalog(
    datasets: Dataset[],
    declared: DeclaredFigures,
    sourceIds: ReadonlySet<string>,
    dir: string,
  ): Problem[];
}

export const SOURCES_FILE = "sources.csv";
const SOURCES_ID = SOURCES_META.columns.find((c) => c.type === "id")!.key;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parseJson(text: string, file: string): { value?: unknown; problems: Problem[] } {
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? countLineBreaks(text.slice(0, Number(pos[1]))) + 1 : 1;
    return {
      problems: [{ file, line, column: FILE_LEVEL, message: `not valid JSON: ${message}` }],
    };
  }
}

function limit(problems: Problem[], file: string): Problem[] {
  const max = CSV_LIMITS.maxProblemsPerFile;
  if (problems.length <= max) return problems;
  return [
    ...problems.slice(0, max),
    {
      file,
      line: 1,
      column: FILE_LEVEL,
      message: `… and ${problems.length - max} more problems in this file`,
    },
  ];
}

function citedSources(roles: ColumnRoles, rows: DataRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const id of row[roles.sources] as string[]) seen.add(id);
  return [...seen];
}

/**
 * Builds the catalog from the files of a data folder: `sources.csv` plus one
 * `<slug>.csv` + `<slug>.meta.json` pair per dataset, with the checks of the layers above.
 * Pure: the caller reads the files.
 * `dir` is only used to name files in messages (`data/x.csv:3: …`).
 */
export function buildCatalogWith(
  checks: CatalogChecks,
  files: DataFile[],
  dir = "data",
): CatalogResult {
  const problems: Problem[] = [];
  const byName = new Map(files.map((f) => [f.name, f]));
  const shown = (name: string) => `${dir}/${name}`;

  // Sources first: every dataset's source ids are checked against them.
  const sources: Source[] = [];
  // Ids of every row in sources.csv, valid or not: a broken source row is reported once, not
  // again on every dataset row that cites it.
  const sourceIds = new Set<string>();
  const sourcesFile = byName.get(SOURCES_FILE);
  if (!sourcesFile) {
    problems.push({
      file: shown(SOURCES_FILE),
      line: 1,
      column: FILE_LEVEL,
      message: "file is missing",
    });
  } else {
    const file = shown(SOURCES_FILE);
    const decoded = decodeUtf8(sourcesFile.bytes, file);
    const csv = parseCsv(decoded.text, file);
    const idAt = csv.header.indexOf(SOURCES_ID);
    if (idAt !== -1) for (const r of csv.records) sourceIds.add(r.cells[idAt]!.trim());
    const found = [...decoded.problems, ...csv.problems];
    if (found.length === 0) {
      const checked = validateRows(
        SOURCES_META,
        csv,
        file,
        "the built-in sources schema",
        new Set(),
      );
      found.push(...checked.problems);
      checked.rows.forEach((row, i) => {
        // An opinion article may have no known address; every other source must be linkable.
        if (row.url === undefined && row.kind !== "claim")
          found.push({
            file,
            line: checked.lines[i]!,
            column: "url",
            message: `required for a source of kind "${String(row.kind)}" (only kind "claim" may lack a URL)`,
          });
        sources.push(row as unknown as Source);
      });
    }
    problems.push(...limit(found, file));
  }

  const datasets: Dataset[] = [];
  const metaNames = files
    .map((f) => f.name)
    .filter((n) => n.endsWith(".meta.json"))
    .sort();
  const csvNames = files
    .map((f) => f.name)
    .filter((n) => n.endsWith(".csv") && n !== SOURCES_FILE)
    .sort();
  for (const name of csvNames) {
    const slug = name.slice(0, -".csv".length);
    if (!byName.has(`${slug}.meta.json`))
      problems.push({
        file: shown(name),
        line: 1,
        column: FILE_LEVEL,
        message: `has no metadata file ${slug}.meta.json`,
      });
  }
  for (const metaName of metaNames) {
    const slug = metaName.slice(0, -".meta.json".length);
    const metaFile = shown(metaName);
    const csvName = `${slug}.csv`;
    const csvFile = shown(csvName);
    if (!SLUG.test(slug)) {
      problems.push({
        file: metaFile,
        line: 1,
        column: FILE_LEVEL,
        message: "file name must be <slug>.meta.json with a lower-case, hyphenated slug",
      });
      continue;
    }
    const csvBytes = byName.get(csvName);
    if (!csvBytes) {
      problems.push({
        file: csvFile,
        line: 1,
        column: FILE_LEVEL,
        message: `file is missing (${metaName} describes it)`,
      });
      continue;
    }
    const metaText = decodeUtf8(byName.get(metaName)!.bytes, metaFile);
    const json = parseJson(metaText.text, metaFile);
    problems.push(...metaText.problems, ...json.problems);
    if (json.value === undefined) continue;
    const metaParse = datasetMetaSchema.safeParse(json.value);
    if (!metaParse.success) {
      for (const issue of metaParse.error.issues)
        problems.push({
          file: metaFile,
          line: 1,
          column: issue.path.join(".") || FILE_LEVEL,
          message: issue.message,
        });
      continue;
    }
    const meta = metaParse.data;
    const refProblems = [...checkMetaReferences(meta, metaFile), ...checks.meta(meta, metaFile)];
    if (refProblems.length > 0) {
      problems.push(...refProblems);
      continue;
    }
    const decoded = decodeUtf8(csvBytes.bytes, csvFile);
    const csv = parseCsv(decoded.text, csvFile);
    const found = [...decoded.problems, ...csv.problems];
    if (found.length === 0) {
      const checked = validateRows(meta, csv, csvFile, metaName, sourceIds);
      found.push(...checked.problems);
      const roles = resolveRoles(meta);
      const key = meta.keyFigure;
      if (key?.type === "row" && checked.rows.length > 0) {
        if (!checked.rows.some((r) => r[roles.id] === key.rowId))
          found.push({
            file: metaFile,
            line: 1,
            column: "keyFigure.rowId",
            message: `no row has id "${key.rowId}"`,
          });
      }
      if (found.length === 0) {
        const evidence = checks.rows(meta, roles, checked.rows);
        for (const [i, column, message] of evidence.rows)
          found.push({ file: csvFile, line: checked.lines[i]!, column, message });
        for (const [column, message] of evidence.meta)
          found.push({ file: metaFile, line: 1, column, message });
      }
      if (found.length === 0)
        datasets.push({
          slug,
          meta,
          roles,
          rows: checked.rows,
          citedSourceIds: citedSources(roles, checked.rows),
          lines: checked.lines,
        });
    }
    problems.push(...limit(found, csvFile));
  }

  problems.push(...checkEvidence(datasets, sourceIds, dir));
  problems.push(...checkCrossReferences(datasets, dir));
  const read = <T>(name: string, schema: z.ZodType<T>) =>
    readJsonFile(byName.get(name), shown(name), schema, problems);
  const declared: DeclaredFigures = {
    questions: read(QUESTIONS_FILE, questionsFileSchema)?.questions ?? [],
    flowFigures: read(FIGURES_FILE, figuresFileSchema)?.flows ?? [],
  };
  problems.push(...checks.catalog(datasets, declared, sourceIds, dir));
  if (problems.length > 0) return { problems };
  const claims = datasets.find((d) => d.slug === CLAIMS_SLUG);
  return {
    catalog: { sources, datasets: datasets.filter((d) => d !== claims), claims, ...declared },
    problems,
  };
}

/** A JSON file of the data folder, parsed and shaped; problems go to `problems`. Absent: none. */
function readJsonFile<T>(
  file: DataFile | undefined,
  shownName: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | undefined {
  if (!file) return undefined;
  const text = decodeUtf8(file.bytes, shownName);
  const json = parseJson(text.text, shownName);
  problems.push(...text.problems, ...json.problems);
  if (json.value === undefined) return undefined;
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    problems.push({
      file: shownName,
      line: 1,
      column: issue.path.join(".") || FILE_LEVEL,
      message: issue.message,
    });
  return undefined;
}

/**
 * Evidence references must resolve: `slug#row-id` to a row of a dataset, `source:id` to a
 * source.
 */
function checkEvidence(
  datasets: Dataset[],
  sourceIds: ReadonlySet<string>,
  dir: string,
): Problem[] {
  const problems: Problem[] = [];
  const rowIds = new Map<string, Set<string>>();
  for (const d of datasets) rowIds.set(d.slug, new Set(d.rows.map((r) => String(r[d.roles.id]))));
  for (const d of datasets) {
    const file = `${dir}/${d.slug}.csv`;
    const evidence = d.roles.evidence;
    if (evidence) {
      d.rows.forEach((row, i) => {
        for (const ref of (row[evidence] as string[] | undefined) ?? []) {
          const m = EVIDENCE_REF.exec(ref)!;
          const [, slug, rowId, sourceId] = m;
          let message: string | undefined;
          if (sourceId !== undefined) {
            if (!sourceIds.has(sourceId))
              message = `evidence "${ref}": no source "${sourceId}" in ${dir}/sources.csv`;
          } else if (!rowIds.has(slug!)) message = `evidence "${ref}": no dataset "${slug}"`;
          else if (!rowIds.get(slug!)!.has(rowId!))
            message = `evidence "${ref}": dataset ${slug} has no row "${rowId}"`;
          if (message) problems.push({ file, line: d.lines[i]!, column: evidence, message });
        }
      });
    }
  }
  return problems;
}

/**
 * References between datasets in metadata: sections and views name other datasets (a transfers
 * dataset, the pages a section also shows on) and the ledger's claims.
 */
function checkCrossReferences(datasets: Dataset[], dir: string): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(datasets.map((d) => [d.slug, d]));
  const ledger = bySlug.get(CLAIMS_SLUG);
  const claimIds = new Set((ledger?.rows ?? []).map((r) => String(r[ledger!.roles.id])));
  for (const d of datasets) {
    const file = `${dir}/${d.slug}.meta.json`;
    const add = (column: string, message: string) =>
      problems.push({ file, line: 1, column, message });
    const dataset = (slug: string, at: string) => {
      if (!bySlug.has(slug)) add(at, `no dataset "${slug}" in ${dir}`);
    };
    d.meta.sections?.forEach((section, i) => {
      section.alsoOn?.forEach((slug, j) => dataset(slug, `sections.${i}.alsoOn.${j}`));
      if (section.type === "published-vs-recomputed") {
        dataset(section.transfers, `sections.${i}.transfers`);
        return;
      }
      section.views.forEach((view, j) => {
        const at = `sections.${i}.views.${j}`;
        view.claims.forEach((id, k) => {
          if (!claimIds.has(id)) add(`${at}.claims.${k}`, `no claim "${id}" in ${dir}/${CLAIMS_SLUG}.csv`);
        });
      });
    });
  }
  return problems;
}
