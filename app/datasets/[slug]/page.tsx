import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { DataTable, type Footnote } from "@/components/data-table";
import { DisagreementSection } from "@/components/disagreement-section";
import { PublishedVsRecomputed } from "@/components/published-vs-recomputed";
import { ViewSwitch } from "@/components/view-switch";
import { disagreements } from "@/lib/disagreements";

import { SourceNotes } from "@/components/source-notes";
import { armsComparison, PUBLISHED_SLUG, TRANSFERS_SLUG } from "@/lib/arms-comparison";

import { chartData } from "@/lib/chart-data";
import { datasetParams, findDataset } from "@/lib/datasets";
import { citedSources } from "@/lib/export";
import { formatPartialDate } from "@/lib/format";

import { clientRowKeys, pickKeys, tableModel } from "@/lib/table-model";
import { DEFAULT_PAGE_SIZE } from "@/lib/view-state";

export const dynamicParams = false;

/** Datasets up to this size ship all their rows with the page. */
const EMBED_ROWS = 2000;
export const generateStaticParams = datasetParams;

export async function generateMetadata({
  params,
}: PageProps<"/datasets/[slug]">): Promise<Metadata> {
  const found = await findDataset((await params).slug);
  if (!found) return {};
  const { meta } = found.dataset;
  return {
    title: meta.title,
    description: meta.description,
    openGraph: { title: meta.title, description: meta.description },
  };
}

export default async function DatasetPage({ params }: PageProps<"/datasets/[slug]">) {
  const { slug } = await params;
  const found = await findDataset(slug);
  if (!found) notFound();
  const { catalog, dataset } = found;
  const { meta, rows } = dataset;
  const sources = citedSources(catalog, dataset);
  const model = tableModel(meta, rows);
  // Small datasets travel whole with the page; a large one sends its first page and the rest on demand.
  const embedAll = rows.length <= EMBED_ROWS;
  const clientRows = pickKeys(
    embedAll ? rows : rows.slice(0, DEFAULT_PAGE_SIZE),
    clientRowKeys(meta, model),
  );
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
  const charts = chartData(meta, rows, sources);
  const published = catalog.datasets.find((d) => d.slug === PUBLISHED_SLUG);
  // The arms-transfers page shows the published-vs-recomputed views declared on the published dataset.
  const disagreementItems = disagreements(
    catalog,
    slug === TRANSFERS_SLUG && published ? published : dataset,
  );
  const comparison =
    slug === PUBLISHED_SLUG || slug === TRANSFERS_SLUG ? armsComparison(catalog) : undefined;
  const sourceLine = `Source${sources.length === 1 ? "" : "s"}: ${meta.attribution ?? `${sources.length} publications, numbered under the table`}. Flowledger, ${slug}.`;

  return (
    <article className="dataset-page" id="dataset-page">
      <header className="dataset-header">
        <h1>{meta.title}</h1>
        <p className="subtitle">{meta.subtitle}</p>
        <p className="units">
          <strong>Units.</strong> {meta.units}
        </p>
      </header>

      <ViewSwitch pageId="dataset-page" />
      <div className="charts-panel">
        {charts.length > 0 ? (
          <section aria-labelledby="charts-heading" className="charts">
            <h2 id="charts-heading" className="visually-hidden">
              Charts
            </h2>

            {charts.map((c) => (
              <ChartFigure
                key={c.id}
                chart={c}
                slug={slug}
                sourceLine={sourceLine}
                notes={meta.notes}
              />
            ))}
          </section>
        ) : null}

        <DisagreementSection items={disagreementItems} slug={slug} sourceLine={sourceLine} />

        {comparison ? (
          <PublishedVsRecomputed comparison={comparison} sources={catalog.sources} />
        ) : null}
      </div>
      <div className="table-panel">
        <section aria-labelledby="table-heading">
          <h2 id="table-heading">All rows</h2>
          <DataTable
            slug={slug}
            caption={meta.title}
            model={model}
            rows={clientRows}
            total={rows.length}
            rowsUrl={embedAll ? undefined : `/datasets/${slug}/rows.json`}
            footnotes={footnotes}
          />
        </section>
      </div>

      {meta.notes.length > 0 ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          <ul className="notes">
            {meta.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <SourceNotes
          sources={sources}
          rows={rows}
          idKey={model.idKey}
          sourcesKey={model.sourcesKey}
        />
      </section>
    </article>
  );
}
