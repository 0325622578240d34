import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { shareMetadata } from "@/lib/pages/share-metadata";
import { ChartFigure } from "@/components/charts/chart-figure";
import { LazySortableTable as SortableTable } from "@/components/table/lazy-sortable-table";
import { formatPartialDate } from "@/lib/data/format";
import { countrySlugs, getCountryPage, type DirectionView } from "@/lib/pages/country-page";
import { windowLabel } from "@/lib/sipri/shares";

export const dynamicParams = false;
export const generateStaticParams = countrySlugs;

export async function generateMetadata({
  params,
}: PageProps<"/countries/[slug]">): Promise<Metadata> {
  const page = await getCountryPage((await params).slug);
  if (!page) return {};
  return shareMetadata(`${page.title}: arms imports and exports`, page.summary);
}

function Direction({
  d,
  slug,
  title,
  sourceLine,
  window,
}: {
  d: DirectionView;
  slug: string;
  title: string;
  sourceLine: string;
  window: string;
}) {
  const heading = d.role === "imports" ? "Imports" : "Exports";
  return (
    <section aria-labelledby={`${d.role}-heading`}>
      <h2 id={`${d.role}-heading`}>{heading}</h2>
      {d.none ? (
        <p className="empty">{d.none}</p>
      ) : (
        <>
          {d.charts.map((c) => (
            <ChartFigure key={c.id} chart={c} slug={`country-${slug}`} sourceLine={sourceLine} />
          ))}
          <SortableTable
            id={`${d.role}-partners`}
            caption={`${title}'s ${d.role === "imports" ? "suppliers" : "recipients"}: TIV in ${window} and over every year (computed).${d.more > 0 ? ` The ${d.partners.rows.length} largest are shown; ${d.more} more are in the download.` : ""}`}
            table={d.partners}
          />
          <p className="chart-source">{sourceLine}</p>
        </>
      )}
    </section>
  );
}

export default async function CountryPage({ params }: PageProps<"/countries/[slug]">) {
  const { slug } = await params;
  const page = await getCountryPage(slug);
  if (!page) notFound();
  const window = windowLabel(page.latest);
  return (
    <article className="country-page">
      <header>
        <p className="breadcrumb">
          <Link href="/countries">Countries</Link>
        </p>
        <h1>
          {page.title}
          {page.kind !== "state" ? <span className="kind-mark"> ({page.kind})</span> : null}
        </h1>
        <p className="subtitle">{page.summary}</p>
        <p>
          <a href={`/countries/${slug}/partners.csv`} download>
            Download every partner (CSV)
          </a>
        </p>
      </header>
      {page.directions.map((d) => (
        <Direction
          key={d.role}
          d={d}
          slug={slug}
          title={page.title}
          sourceLine={page.sourceLine}
          window={window}
        />
      ))}
      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading">Share of the world and rank, per five-year window</h2>
        <SortableTable
          id="positions"
          caption={`${page.title} in every five-year window: TIV, share of the world's total and rank among states (computed).`}
          table={page.positions}
        />
      </section>
      {page.comparison ? (
        <section aria-labelledby="compare-heading" className="comparison">
          <h2 id="compare-heading">SIPRI&rsquo;s published figures beside the recomputed ones</h2>
          <p>
            Published figures link to their row; the recomputed ones are Flowledger&rsquo;s
            computation from today&rsquo;s register (generated{" "}
            {page.comparison.vintage ? formatPartialDate(page.comparison.vintage) : "?"}), which
            SIPRI revises every year.
          </p>
          <SortableTable
            id="compare"
            caption={`${page.comparison.table.rows.length} window–flow pairs for ${page.title}.`}
            table={page.comparison.table}
          />
        </section>
      ) : null}
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">How these figures are computed</h2>
        <ul className="notes">
          {page.conventions.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <ul>
          {page.links.map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.text}</a>
            </li>
          ))}
        </ul>
        <p className="chart-source">{page.sourceLine}</p>
      </section>
    </article>
  );
}
