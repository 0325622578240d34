import { questionHref } from "@/lib/questions/hrefs";

/**
 * A question answered on one basis, in brief: its opening sentences and the way to the page that
 * shows every estimate and the arithmetic. Shown where readers arrive first (front page, the
 * datasets the answer draws on).
 */
export function QuestionSummary({
  slug,
  question,
  headline,
  headingLevel = 2,
  sentences = 1,
}: {
  slug: string;
  question: string;
  headline: readonly string[];
  headingLevel?: 2 | 3;
  /** How many of the answer's opening sentences to show. */
  sentences?: number;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="question-summary" aria-labelledby={`question-${slug}`}>
      <Heading id={`question-${slug}`}>
        <a href={questionHref(slug)}>{question}</a>
      </Heading>
      {headline.slice(0, sentences).map((s) => (
        <p key={s}>{s}</p>
      ))}
      <p>
        <a href={questionHref(slug)} className="question-more">
          The full answer: every figure on one basis, with its arithmetic and sources
          <span aria-hidden="true"> →</span>
        </a>
      </p>
    </section>
  );
}
