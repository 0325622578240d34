import "server-only";
import type { Catalog, Dataset } from "../data/catalog";
import { getCatalog } from "./load-data";

/** Slugs are a public contract: only those in data/ exist, everything else is a 404. */
export async function findDataset(
  slug: string,
): Promise<{ catalog: Catalog; dataset: Dataset } | undefined> {
  const catalog = await getCatalog();
  const dataset = catalog.datasets.find((d) => d.slug === slug);
  return dataset ? { catalog, dataset } : undefined;
}

export async function datasetParams(): Promise<{ slug: string }[]> {
  const catalog = await getCatalog();
  return catalog.datasets.map((d) => ({ slug: d.slug }));
}
