import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { EmbedBackLink } from "@/components/embed-back-link";
import { getCatalog } from "@/lib/catalog/load-data";
import { datasetPage, getDatasetPage, pageCharts } from "@/lib/pages/dataset-page";

export const dynamicParams = false;

export async function generateStaticParams() {
  const catalog = await getCatalog();
  return catalog.datasets.flatMap((d) =>
    pageCharts(datasetPage(catalog, d)).map((c) => ({ slug: d.slug, chart: c.id })),
  );
}

async function find(params: PageProps<"/embed/datasets/[slug]/[chart]">["params"]) {
  const { slug, chart } = await params;
  const page = await getDatasetPage(slug);
  const found = page ? pageCharts(page).find((c) => c.id === chart) : undefined;
  return page && found ? { page, chart: found } : undefined;
}

export async function generateMetadata({
  params,
}: PageProps<"/embed/datasets/[slug]/[chart]">): Promise<Metadata> {
  const found = await find(params);
  return found ? { title: `${found.chart.title} (${found.page.title})` } : {};
}

/** One dataset chart framed alone: title, chart, summary, source line, a link back. */
export default async function EmbedChart({ params }: PageProps<"/embed/datasets/[slug]/[chart]">) {
  const found = await find(params);
  if (!found) notFound();
  const { page, chart } = found;
  return (
    <>
      <ChartFigure
        chart={chart}
        slug={page.slug}
        sourceLine={page.sourceLine}
        notes={page.notes}
        headingLevel={1}
      />
      <EmbedBackLink path={`/datasets/${page.slug}`} hash={`chart-${chart.id}`} />
    </>
  );
}
