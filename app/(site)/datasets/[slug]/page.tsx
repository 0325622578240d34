import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { DisagreementSection } from "@/components/sections/disagreement-section";
import { PublishedVsRecomputed } from "@/components/sections/published-vs-recomputed";
import { SourceNotes } from "@/components/source-notes";
import { DataTable } from "@/components/table/data-table";
import { ViewSwitch } from "@/components/view-switch";
import { QuestionSummary } from "@/components/questions/question-summary";
import { datasetParams, findDataset } from "@/lib/catalog/datasets";
import { getDatasetPage, type PageSection } from "@/lib/pages/dataset-page";
import { datasetCitation } from "@/lib/pages/citation";
import { CitationBlock } from "@/components/citation-block";
import { embedChartPath } from "@/lib/pages/embed";
import { shareMetadata } from "@/lib/pages/share-metadata";
import { isoDay } from "@/lib/data/format";

export const dynamicParams = false;

/** The day this page was built: the date its citation gives. */
const BUILT = isoDay();
export const generateStaticParams = datasetParams;

export async function generateMetadata({
  params,
}: PageProps<"/datasets/[slug]">): Promise<Metadata> {
  const found = await findDataset((await params).slug);
  if (!found) return {};
  const { meta } = found.dataset;
  return shareMetadata(meta.title, meta.description);
}

function Section({
  section,
  slug,
  sourceLine,
}: {
  section: PageSection;
  slug: string;
  sourceLine: string;
}) {
  switch (section.type) {
    case "disagreements":
      return <DisagreementSection items={section.items} slug={slug} sourceLine={sourceLine} />;
    case "published-vs-recomputed":
      return <PublishedVsRecomputed section={section} />;
  }
}

export default async function DatasetPage({ params }: PageProps<"/datasets/[slug]">) {
  const page = await getDatasetPage((await params).slug);
  if (!page) notFound();
  const { slug, table } = page;
  return (
    <article className="dataset-page" id="dataset-page">
      <header className="dataset-header">
        <h1>{page.title}</h1>
        <p className="subtitle">{page.subtitle}</p>
        <p className="units">
          <strong>Units.</strong> {page.units}
        </p>
      </header>

      {page.questions.map((q) => (
        <QuestionSummary
          key={q.slug}
          slug={q.slug}
          question={q.question}
          headline={q.headline}
          sentences={2}
        />
      ))}

      <nav className="page-nav" aria-label="On this page">
        <a href="#table-heading">Skip to the table</a>
        <a href="#sources-heading">Skip to the sources</a>
        {page.notes.length > 0 ? <a href="#notes-heading">Notes</a> : null}
      </nav>
      <ViewSwitch pageId="dataset-page" />
      <div className="charts-panel">
        {page.charts.length > 0 ? (
          <section aria-labelledby="charts-heading" className="charts">
            <h2 id="charts-heading" className="visually-hidden">
              Charts
            </h2>
            {page.charts.map((c) => (
              <ChartFigure
                key={c.id}
                chart={c}
                slug={slug}
                sourceLine={page.sourceLine}
                notes={page.notes}
                embedPath={embedChartPath(slug, c.id)}
              />
            ))}
          </section>
        ) : null}
        {page.sections.map((section, i) => (
          <Section key={i} section={section} slug={slug} sourceLine={page.sourceLine} />
        ))}
      </div>
      <div className="table-panel">
        <section aria-labelledby="table-heading">
          <h2 id="table-heading" tabIndex={-1}>
            All rows
          </h2>
          <DataTable
            slug={slug}
            caption={page.title}
            model={table.model}
            rows={table.rows}
            total={table.total}
            rowsUrl={table.rowsUrl}
            footnotes={page.footnotes}
          />
        </section>
      </div>

      {page.notes.length > 0 ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          <ul className="notes">
            {page.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.glossary.length > 0 ? (
        <section aria-labelledby="glossary-heading">
          <h2 id="glossary-heading">What the terms mean</h2>
          {page.glossary.map((g) => (
            <details key={g.label} className="glossary">
              <summary>{g.label}</summary>
              <dl>
                {g.terms.map((t) => (
                  <div key={t.term}>
                    <dt>{t.term}</dt>
                    <dd>{t.definition}</dd>
                  </div>
                ))}
              </dl>
            </details>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">Cite this dataset</h2>
        <CitationBlock
          citation={datasetCitation(page.dataset, page.sources, BUILT)}
          what="this dataset"
        />
        <p>
          <a href={`/datasets/${slug}/citation.bib`} download>
            Download the BibTeX entry (citation.bib)
          </a>
        </p>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" tabIndex={-1}>
          Sources
        </h2>
        <SourceNotes
          sources={page.sources}
          rows={page.rows}
          idKey={table.model.idKey}
          sourcesKey={table.model.sourcesKey}
          quoteKey={table.model.quoteKey}
        />
      </section>
    </article>
  );
}
