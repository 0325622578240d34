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
}: {
  slug: string;
  question: string;
  headline: readonly string[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="question-summary" aria-labelledby={`question-${slug}`}>
      <Heading id={`question-${slug}`}>
        <a href={questionHref(slug)}>{question}</a>
      </Heading>
      {headline.slice(0, 2).map((s) => (
        <p key={s}>{s}</p>
      ))}
      <p>
        <a href={questionHref(slug)} className="question-more">
          Every estimate on one basis, with the arithmetic and the official figures
          <span aria-hidden="true"> →</span>
        </a>
      </p>
    </section>
  );
}
