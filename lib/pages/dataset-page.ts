/**
 * Page view models: everything a page renders, worked out once on the server from the catalog,
 * so pages only lay it out. `datasetPage` is pure; `getDatasetPage` reads the catalog.
 */
import "server-only";
import type { ChartData } from "../charts/kinds";
import { datasetCharts } from "../charts/registry";
import { disagreements, type Disagreement } from "../charts/estimates/disagreements";
import type { Catalog, Dataset } from "../data/catalog";
import { citedSources } from "../data/export";
import { formatPartialDate } from "../data/format";
import { getCatalog } from "../catalog/load-data";
import type { Source } from "../data/schema";
import { compareArms, lastDelivery, type ArmsComparison } from "../sipri/comparison";
import { clientRowKeys, pickKeys, tableModel, type TableModel } from "../table/table-model";
import { DEFAULT_PAGE_SIZE } from "../table/view-state";
import type { DataRow } from "../data/schema";
import type { CellTable } from "../table/cells";
import { comparisonTable } from "./comparison-table";
import { questionsOn, type QuestionBrief } from "./question-page";
import { sourceLine } from "./source-line";
import type { Footnote } from "./footnote";

export type PageSection =
  | { type: "disagreements"; items: Disagreement[] }
  | {
      type: "published-vs-recomputed";
      comparison: ArmsComparison;
      table: CellTable;
      notes: string[];
    };

export interface DatasetPage {
  slug: string;
  /** The dataset itself (metadata and rows), for what the page derives from it (its citation). */
  dataset: Dataset;
  title: string;
  subtitle: string;
  units: string;
  charts: ChartData[];
  /** Reader questions answered from this dataset on one basis: shown first, with a link. */
  questions: QuestionBrief[];
  sections: PageSection[];
  /** The line under every chart and in every export. */
  sourceLine: string;
  table: {
    model: TableModel;
    /** All rows, or the first page when the rest are fetched from `rowsUrl`. */
    rows: DataRow[];
    total: number;
    rowsUrl?: string;
  };
  footnotes: Record<string, Footnote>;
  /** Cited sources in footnote order, with the rows behind each. */
  sources: Source[];
  rows: DataRow[];
  notes: string[];
  /** What the values of the dataset's vocabularies mean (denominators, measures, methods…). */
  glossary: { label: string; terms: { term: string; definition: string }[] }[];
}

/** Datasets up to this size ship all their rows with the page. */
const EMBED_ROWS = 2000;

function sectionsOf(catalog: Catalog, dataset: Dataset): PageSection[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  // A dataset's own sections, then those other datasets declare to show here too.
  const declared = [
    ...(dataset.meta.sections ?? []).map((spec) => ({ spec, owner: dataset })),
    ...catalog.datasets.flatMap((owner) =>
      (owner.meta.sections ?? [])
        .filter((spec) => spec.alsoOn?.includes(dataset.slug))
        .map((spec) => ({ spec, owner })),
    ),
  ];
  return declared.map(({ spec, owner }): PageSection => {
    if (spec.type === "disagreements")
      return { type: "disagreements", items: disagreements(catalog, owner, spec.views) };
    const transfers = catalog.datasets.find((d) => d.slug === spec.transfers)!;
    const latest = spec.headlineFlows.flatMap((f) => {
      const [supplier, recipient] =
        f.role === "imports" ? [f.partner, f.country] : [f.country, f.partner];
      const year = lastDelivery(transfers, supplier, recipient);
      return year === undefined
        ? []
        : [
            `The latest delivery from ${supplier} to ${recipient} in the imported register is in ${year} (computed from the data).`,
          ];
    });
    const comparison = compareArms(owner, transfers, catalog, spec);
    return {
      type: "published-vs-recomputed",
      comparison,
      table: comparisonTable(comparison, owner.slug, sources),
      notes: [...spec.notes, ...new Set(latest)],
    };
  });
}

export function datasetPage(catalog: Catalog, dataset: Dataset): DatasetPage {
  const { meta, rows, slug } = dataset;
  const sources = citedSources(catalog, dataset);
  const model = tableModel(dataset);
  const embedAll = rows.length <= EMBED_ROWS;
  const footnotes: Record<string, Footnote> = Object.fromEntries(
    sources.map((s, i) => [
      s.id,
      {
        n: i + 1,
        label: s.publisher,
        title: s.title,
        ...(s.url ? { url: s.url } : {}),
        ...(s.published ? { date: formatPartialDate(s.published) } : {}),
      },
    ]),
  );
  return {
    slug,
    dataset,
    title: meta.title,
    subtitle: meta.subtitle,
    units: meta.units,
    charts: datasetCharts({ dataset, sources: new Map(catalog.sources.map((s) => [s.id, s])) }),
    questions: questionsOn(catalog, slug),
    sections: sectionsOf(catalog, dataset),
    sourceLine: sourceLine({
      sources,
      rows,
      sourcesKey: model.sourcesKey,
      ...(meta.attribution ? { attribution: meta.attribution } : {}),
    }),
    table: {
      model,
      rows: pickKeys(embedAll ? rows : rows.slice(0, DEFAULT_PAGE_SIZE), clientRowKeys(model)),
      total: rows.length,
      ...(embedAll ? {} : { rowsUrl: `/datasets/${slug}/rows.json` }),
    },
    footnotes,
    sources,
    rows,
    notes: meta.notes,
    glossary: meta.columns
      .filter((c) => c.definitions && Object.keys(c.definitions).length > 0)
      .map((c) => ({
        label: c.label,
        terms: (c.values ?? [])
          .filter((v) => c.definitions![v] !== undefined)
          .map((v) => ({ term: v, definition: c.definitions![v]! })),
      })),
  };
}

/** The page of a dataset, or undefined for a slug that is not in the catalog (a 404). */
export async function getDatasetPage(slug: string): Promise<DatasetPage | undefined> {
  const catalog = await getCatalog();
  const dataset = catalog.datasets.find((d) => d.slug === slug);
  return dataset ? datasetPage(catalog, dataset) : undefined;
}

/** Every chart the page draws, its own and its disagreement views', each framable by id. */
export function pageCharts(page: DatasetPage): ChartData[] {
  const views = page.sections.flatMap((s) =>
    s.type === "disagreements" ? s.items.map((d) => d.chart) : [],
  );
  return [...page.charts, ...views];
}
