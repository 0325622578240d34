import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArmsQuestion } from "@/components/questions/arms-question";
import { OilQuestion } from "@/components/questions/oil-question";
import { getQuestionPage, questionParams } from "@/lib/pages/question-page";
import { shareMetadata } from "@/lib/pages/share-metadata";

export const dynamicParams = false;
export const generateStaticParams = questionParams;

export async function generateMetadata({
  params,
}: PageProps<"/questions/[slug]">): Promise<Metadata> {
  const page = await getQuestionPage((await params).slug);
  if (!page) return {};
  return shareMetadata(page.question, page.answer.headline[0] ?? page.quantity);
}

export default async function QuestionPage({ params }: PageProps<"/questions/[slug]">) {
  const page = await getQuestionPage((await params).slug);
  if (!page) notFound();
  return (
    <article className="question-page">
      <p className="breadcrumb">
        <Link href="/questions">Questions</Link>
      </p>
      <h1>{page.question}</h1>
      <p className="subtitle">
        <strong>Answered on one basis:</strong> {page.quantity}, in {page.basis}.
      </p>
      {page.type === "oil-common-basis" ? (
        <OilQuestion page={page} />
      ) : (
        <ArmsQuestion page={page} />
      )}
      <section aria-labelledby="download-heading">
        <h2 id="download-heading">Download</h2>
        <p>
          <a href={`/questions/${page.slug}/data.csv`} download>
            CSV
          </a>{" "}
          · <a href={`/questions/${page.slug}/data.json`}>JSON</a>{" "}
          <span className="muted">
            {page.type === "oil-common-basis"
              ? "— one row per estimate: the value, unit and period as stated, the converted thousand b/d and share of consumption (empty when not converted), the formula, the input rows with their vintages, and the reason when not converted."
              : "— one row per five-year window: the shares SIPRI published and the share recomputed from its register, with the TIV it rests on."}
          </span>
        </p>
        <p>
          Drawn from:{" "}
          {page.datasets.map((d, i) => (
            <span key={d.slug}>
              {i > 0 ? "; " : ""}
              <Link href={`/datasets/${d.slug}`}>{d.title}</Link>
            </span>
          ))}
          .
        </p>
      </section>
    </article>
  );
}
