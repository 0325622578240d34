import "server-only";
import type { ChartData } from "../charts/kinds";
import { datasetCharts } from "../charts/registry";
import type { Catalog } from "../data/catalog";
import { keyFigure, type KeyFigure } from "./key-figure";
import { getCatalog } from "../catalog/load-data";
import { questionsOn, type QuestionBrief } from "./question-page";

/** One dataset on the overview: what it is, its headline figure, its size, its first chart. */
export interface DatasetCardModel {
  slug: string;
  title: string;
  description: string;
  figure?: KeyFigure;
  rowCount: number;
  sourceCount: number;
  chart?: ChartData;
  /** Questions answered from this dataset on one basis. */
  questions: { slug: string; question: string }[];
}

/** The datasets in the front page's order: their metadata's `order`, then by title. */
function inOverviewOrder(catalog: Catalog) {
  return [...catalog.datasets].sort(
    (a, b) =>
      (a.meta.order ?? 1e9) - (b.meta.order ?? 1e9) || a.meta.title.localeCompare(b.meta.title),
  );
}

export function overviewCards(catalog: Catalog): DatasetCardModel[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  return inOverviewOrder(catalog).map((d) => {
    const figure = keyFigure(d);
    const chart = d.meta.charts[0] ? datasetCharts({ dataset: d, sources })[0] : undefined;
    return {
      slug: d.slug,
      title: d.meta.title,
      description: d.meta.description,
      ...(figure ? { figure } : {}),
      rowCount: d.rows.length,
      sourceCount: d.citedSourceIds.length,
      ...(chart ? { chart } : {}),
      questions: questionsOn(catalog, d.slug).map(({ slug, question }) => ({ slug, question })),
    };
  });
}

/** One row of /datasets: a dataset's name, what its numbers are, its size and its vintage. */
export interface DatasetListing {
  slug: string;
  title: string;
  description: string;
  units: string;
  rowCount: number;
  sourceCount: number;
  /** When the publisher's data were generated, for an imported dataset. */
  vintage?: string;
}

/** Every dataset, in the overview's order, as /datasets lists it. */
export function datasetListings(catalog: Catalog): DatasetListing[] {
  return inOverviewOrder(catalog).map((d) => ({
    slug: d.slug,
    title: d.meta.title,
    description: d.meta.description,
    units: d.meta.units,
    rowCount: d.rows.length,
    sourceCount: d.citedSourceIds.length,
    ...(d.meta.vintage ? { vintage: d.meta.vintage } : {}),
  }));
}

export async function getDatasetListings(): Promise<DatasetListing[]> {
  return datasetListings(await getCatalog());
}

export async function getOverviewCards(): Promise<DatasetCardModel[]> {
  return overviewCards(await getCatalog());
}

/** The questions answered on one basis, first on the front page. */
export async function getOverviewQuestions(): Promise<QuestionBrief[]> {
  const catalog = await getCatalog();
  return catalog.questions.flatMap((q) =>
    questionsOn(catalog, q.type === "oil-common-basis" ? q.estimates.dataset : q.published).filter(
      (b) => b.slug === q.slug,
    ),
  );
}
