import { ChartFigure } from "@/components/charts/chart-figure";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { LazySortableTable as SortableTable } from "@/components/table/lazy-sortable-table";
import type { ArmsQuestionPage } from "@/lib/pages/question-page";
import { windowTable } from "@/lib/pages/window-table";

/**
 * A SIPRI share question: the computed answer, the share window by window as published at each
 * release beside the same window recomputed from the current register, and the claims set
 * against the windows they name.
 */
export function ArmsQuestion({ page }: { page: ArmsQuestionPage }) {
  const { answer } = page;
  const sourceLine = `Sources: ${page.sources
    .map((s) => s.publisher)
    .filter((p, i, all) => all.indexOf(p) === i)
    .join("; ")}. Recomputed shares by Flowledger.`;
  return (
    <>
      <section aria-labelledby="answer-heading" className="question-answer">
        <h2 id="answer-heading">The answer, computed</h2>
        {answer.headline.map((s) => (
          <p key={s} className="lede">
            {s}
          </p>
        ))}
      </section>
      <nav className="page-nav" aria-label="On this page">
        <a href="#windows-heading">Window by window</a>
        <a href="#claims-heading">The claims</a>
        <a href="#download-heading">Download</a>
      </nav>
      <section aria-labelledby="windows-heading" className="charts">
        <h2 id="windows-heading">Window by window</h2>
        <p>On one basis: {page.basis}.</p>
        {page.chart ? (
          <ChartFigure chart={page.chart} slug={`question-${page.slug}`} sourceLine={sourceLine} />
        ) : null}
        <SortableTable
          id="windows"
          caption={`${answer.windows.length} five-year windows: ${answer.windows.filter((w) => w.published.length).length} with a share SIPRI published (as the press reported it), ${answer.windows.filter((w) => w.recomputed).length} recomputed from SIPRI's register${answer.vintage ? ` (data generated ${answer.vintage})` : ""}.`}
          table={windowTable(page.answer.spec.published, answer.windows)}
        />
        <ul className="notes">
          {page.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">The claims that ask this question</h2>
        <ul className="question-claims">
          {answer.claims.map((c) => (
            <li key={c.id}>
              <blockquote>&ldquo;{c.quote}&rdquo;</blockquote>
              <p>
                <VerdictBadge verdict={c.verdict} /> {c.comparison}{" "}
                <a href={`/claims#${c.id}`}>{c.id} in the ledger</a>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
