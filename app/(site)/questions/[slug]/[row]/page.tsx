import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitationBlock } from "@/components/citation-block";
import { CitedList } from "@/components/questions/cited-list";
import { isoDay } from "@/lib/data/format";
import { convertedParams, getConvertedPage } from "@/lib/pages/question-page";
import { questionHref } from "@/lib/questions/hrefs";
import { shareMetadata } from "@/lib/pages/share-metadata";
import { computedText } from "@/lib/questions/oil-basis";

export const dynamicParams = false;
export const generateStaticParams = convertedParams;

/** The day this page was built: the date its citation gives. */
const BUILT = isoDay();

async function page(params: PageProps<"/questions/[slug]/[row]">["params"]) {
  const { slug, row } = await params;
  return getConvertedPage(slug, row, BUILT);
}

export async function generateMetadata({
  params,
}: PageProps<"/questions/[slug]/[row]">): Promise<Metadata> {
  const p = await page(params);
  if (!p) return {};
  return shareMetadata(
    `${p.row.series} to ${p.country}: ${computedText(p.row.kbd!, "kbd")} (computed)`,
    `${p.row.stated.fullText}, ${p.row.period}, on one basis. ${p.question}`,
  );
}

const ROLE: Record<string, string> = {
  estimate: "The estimate",
  total: "The total it is a share of",
  consumption: "Consumption",
  factor: "Conversion factor",
};

export default async function ConvertedFigurePage({
  params,
}: PageProps<"/questions/[slug]/[row]">) {
  const p = await page(params);
  if (!p) notFound();
  const { row } = p;
  return (
    <article className="figure-page">
      <p className="breadcrumb">
        <Link href={questionHref(p.slug)}>{p.question}</Link>
      </p>
      <h1>
        {row.series} to {p.country}, on one basis
      </h1>
      <p className="figure-value">
        <strong>{computedText(row.kbd!, "kbd")}</strong>
        {row.share ? (
          <>
            {" "}
            · <strong>{computedText(row.share, "pct")}</strong> of {p.country}&rsquo;s oil
            consumption
          </>
        ) : null}
        <span className="muted"> · {row.period}</span>
      </p>
      <p>
        Computed by Flowledger from{" "}
        <Link href={`/datasets/${row.slug}/${row.rowId}`}>{row.stated.fullText}</Link>, as{" "}
        {row.source} stated it{row.estimator ? ` (measured by ${row.estimator})` : ""}
        {row.official ? "; an official record" : ""}
        {row.group
          ? `; ${row.series} is a group that includes ${p.subject}, not ${p.subject} alone`
          : ""}
        .
        {row.repeats ? (
          <>
            {" "}
            It repeats the measurement of{" "}
            <Link href={`/datasets/${row.slug}/${row.repeats}`}>{row.repeats}</Link>, and is counted
            once with it.
          </>
        ) : null}
      </p>
      <section aria-labelledby="arithmetic-heading">
        <h2 id="arithmetic-heading">The arithmetic</h2>
        <ol className="arithmetic">
          <li>{row.kbd!.formula}.</li>
          {row.share && row.share.formula !== row.kbd!.formula ? (
            <li>{row.share.formula}.</li>
          ) : null}
        </ol>
        {!row.share && row.shareReason ? (
          <p className="muted">Not as a share of consumption: {row.shareReason}.</p>
        ) : null}
        {p.factorWhy && row.kbd!.inputs.some((i) => i.role === "factor") ? (
          <p className="muted">Why this factor: {p.factorWhy}</p>
        ) : null}
      </section>
      <section aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">Inputs</h2>
        <ul>
          {p.inputs.map((i) => (
            <li key={`${i.slug}-${i.rowId}`}>
              {ROLE[i.role]}: <Link href={i.href}>{i.text}</Link>{" "}
              <span className="muted">
                ({i.vintage}
                {i.location ? `, ${i.location}` : ""}; row {i.rowId})
              </span>
            </li>
          ))}
        </ul>
      </section>
      {p.caveats.length > 0 ? (
        <section aria-labelledby="caveats-heading">
          <h2 id="caveats-heading">What the source counts</h2>
          <CitedList items={p.caveats} />
        </section>
      ) : null}
      <section aria-labelledby="figure-cite">
        <h2 id="figure-cite">Cite this figure</h2>
        <CitationBlock citation={p.citation} what="this figure" />
      </section>
    </article>
  );
}
