import type { Metadata } from "next";
import { QuestionSummary } from "@/components/questions/question-summary";
import { getCatalog } from "@/lib/catalog/load-data";
import { questionPage } from "@/lib/pages/question-page";
import { shareMetadata } from "@/lib/pages/share-metadata";

export const metadata: Metadata = shareMetadata(
  "Questions answered on one basis",
  "Each reader question answered on one common basis: every estimate converted where a defensible conversion exists, the official series beside it, and the claims about it.",
);

export default async function QuestionsPage() {
  const catalog = await getCatalog();
  const pages = catalog.questions.flatMap((q) => questionPage(catalog, q.slug) ?? []);
  return (
    <article className="questions-page">
      <h1>Questions answered on one basis</h1>
      <p className="subtitle">
        Each question answered on one common basis: every estimate converted where a defensible
        conversion exists, with its arithmetic, beside the official figures and the claims.
      </p>
      {pages.map((p) => (
        <QuestionSummary
          key={p.slug}
          slug={p.slug}
          question={p.question}
          headline={p.answer.headline}
        />
      ))}
    </article>
  );
}
