import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { DatasetTable, type Footnote } from "@/components/dataset-table";
import { DisagreementSection } from "@/components/disagreement-section";
import { PublishedVsRecomputed } from "@/components/published-vs-recomputed";
import { disagreements } from "@/lib/disagreements";

import { SourceNotes } from "@/components/source-notes";
import { armsComparison, PUBLISHED_SLUG, TRANSFERS_SLUG } from "@/lib/arms-comparison";

import { chartData } from "@/lib/chart-data";
import { datasetParams, findDataset } from "@/lib/datasets";
import { citedSources } from "@/lib/export";
import { formatNumber, formatPartialDate } from "@/lib/format";

import { clientRowKeys, pickKeys, tableModel } from "@/lib/table-model";

export const dynamicParams = false;
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
  const model = tableModel(meta);
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
    <article className="dataset-page">
      <header className="dataset-header">
        <h1>{meta.title}</h1>
        <p className="subtitle">{meta.subtitle}</p>
        <p className="units">
          <strong>Units.</strong> {meta.units}
        </p>
        <nav aria-label="Downloads" className="downloads">
          <a href={`/datasets/${slug}/data.csv`} download={`${slug}.csv`}>
            Download CSV ({formatNumber(rows.length)} rows)
          </a>
          <a href={`/datasets/${slug}/data.json`} download={`${slug}.json`}>
            Download JSON (rows, metadata and sources)
          </a>
        </nav>
      </header>

      {charts.length > 0 ? (
        <section aria-label="Charts" className="charts">
          {charts.map((c) => (
            <ChartFigure key={c.id} chart={c} sourceLine={sourceLine} />
          ))}
        </section>
      ) : null}

      <DisagreementSection items={disagreementItems} sourceLine={sourceLine} />

      {comparison ? (
        <PublishedVsRecomputed comparison={comparison} sources={catalog.sources} />
      ) : null}

      <section aria-labelledby="table-heading">
        <h2 id="table-heading">All rows</h2>
        <DatasetTable
          caption={meta.title}
          model={model}
          rows={pickKeys(rows, clientRowKeys(meta, model))}
          footnotes={footnotes}
        />
      </section>

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
