import { MarkedText } from "@/components/marked-text";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { CitationBlock } from "@/components/citation-block";
import { ExternalLink } from "@/components/external-link";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatPartialDate, isoDay } from "@/lib/data/format";
import { getFigurePage } from "@/lib/pages/figure-page";
import { shareMetadata } from "@/lib/pages/share-metadata";
import { computedText } from "@/lib/questions/oil-basis";

// 55,700 rows are too many to prerender: drawn on a figure's first request, then kept by the
// server's response cache (scripts/serve.mjs) and by any cache in front of it.
export const dynamic = "force-dynamic";

async function page(params: PageProps<"/datasets/[slug]/[row]">["params"]) {
  const { slug, row } = await params;
  return getFigurePage(slug, row, isoDay());
}

export async function generateMetadata({
  params,
}: PageProps<"/datasets/[slug]/[row]">): Promise<Metadata> {
  const p = await page(params);
  if (!p) return {};
  return shareMetadata(`${p.what}: ${p.value}`, `${p.value}, ${p.period}. ${p.datasetTitle}.`);
}

export default async function FigurePage({ params }: PageProps<"/datasets/[slug]/[row]">) {
  const p = await page(params);
  if (!p) notFound();
  return (
    <article className="figure-page">
      <p className="breadcrumb">
        <Link href={`/datasets/${p.slug}`}>{p.datasetTitle}</Link>
      </p>
      <h1>{p.what}</h1>
      <p className="figure-value">
        <strong>{p.value}</strong>
        {p.period ? <span className="muted"> · {p.period}</span> : null}
      </p>
      {p.quote.length > 0 ? (
        <blockquote className="figure-quote">
          <MarkedText parts={p.quote} />
        </blockquote>
      ) : null}
      <section aria-labelledby="figure-sources">
        <h2 id="figure-sources">Source</h2>
        <ul>
          {p.sources.map((s) => (
            <li key={s.id}>
              {s.url ? <ExternalLink href={s.url}>{s.title}</ExternalLink> : s.title} —{" "}
              {s.publisher}
              {s.published ? `, ${formatPartialDate(s.published)}` : ""}.{" "}
              <Link href={`/sources#${s.id}`}>All about this source</Link>
            </li>
          ))}
        </ul>
        {p.vintage || p.location ? (
          <p className="muted">
            {p.vintage ? `Vintage: ${p.vintage}. ` : ""}
            {p.location ? `Read from ${p.location} of the publisher's file.` : ""}
          </p>
        ) : null}
        {p.original ? <p>Original measurement: {p.original}.</p> : null}
        {p.lineage ? (
          <div className="lineage">
            <p>
              One measurement, reported {p.lineage.reports.length + 1} times. Drawn from:{" "}
              <Link href={`/datasets/${p.slug}/${p.lineage.lead.rowId}`}>
                {p.lineage.lead.label}
              </Link>
              {p.lineage.lead.rowId === p.rowId ? " (this figure)" : ""}.
            </p>
            <ul>
              {p.lineage.reports.map((r) => (
                <li key={r.rowId}>
                  <Link href={`/datasets/${p.slug}/${r.rowId}`}>{r.label}</Link>
                  {r.rowId === p.rowId ? " (this figure)" : ""}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <Link href={`/datasets/${p.slug}#row-${p.rowId}`}>This row in its table</Link>
        </p>
      </section>
      {p.others ? (
        <ChartFigure
          chart={p.others}
          slug={`${p.slug}-${p.rowId}`}
          sourceLine={`Sources: as listed on ${p.datasetTitle}.`}
        />
      ) : null}
      {p.basis ? (
        <section aria-labelledby="figure-basis">
          <h2 id="figure-basis">On one basis (computed by Flowledger)</h2>
          {p.basis.row.kbd ? (
            <p>
              <Link href={`/questions/${p.basis.slug}/${p.rowId}`}>
                {computedText(p.basis.row.kbd, "kbd")}
                {p.basis.row.share
                  ? `, ${computedText(p.basis.row.share, "pct")} of consumption`
                  : ""}
              </Link>{" "}
              <span className="muted">— {p.basis.row.kbd.formula}.</span>
            </p>
          ) : (
            <p>Not converted to the common basis: {p.basis.row.reason}.</p>
          )}
          <p>
            <Link href={`/questions/${p.basis.slug}`}>{p.basis.question}</Link> — every estimate on
            one basis, beside the official figures.
          </p>
        </section>
      ) : null}
      {p.claims.length > 0 ? (
        <section aria-labelledby="figure-claims">
          <h2 id="figure-claims">Claims that cite this figure</h2>
          <ul>
            {p.claims.map((c) => (
              <li key={c.id}>
                <Link href={`/claims#${c.id}`}>&ldquo;{c.quote}&rdquo;</Link>{" "}
                <VerdictBadge verdict={c.verdict} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="figure-cite">
        <h2 id="figure-cite">Cite this figure</h2>
        <CitationBlock citation={p.citation} what="this figure" />
      </section>
    </article>
  );
}
