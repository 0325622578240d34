import { ChartFigure } from "@/components/charts/chart-figure";
import { LazySortableTable as SortableTable } from "@/components/table/lazy-sortable-table";
import { figureHref } from "@/lib/data/row-ids";
import { convertedHref } from "@/lib/questions/hrefs";
import { computedText } from "@/lib/questions/oil-basis";
import type { OilQuestionPage } from "@/lib/pages/question-page";
import { basisTable } from "@/lib/pages/question-table";
import { CitedList } from "./cited-list";
import { QuestionClaims } from "./question-claims";
import { RegionalStatistic } from "./regional-statistic";
import { YearAnswers } from "./year-answers";

/**
 * A bilateral oil question on one basis: the computed answer, year by year; every estimate on
 * the common basis (chart and table, each value linked to its arithmetic); the official records'
 * own caveats; the regional statistic apart; the claims; the download.
 */
export function OilQuestion({ page }: { page: OilQuestionPage }) {
  const { slug } = page;
  const lead = page.answer.lead?.official[0];
  const sourceLine = `Sources: ${page.datasets.map((d) => d.title).join("; ")}. Conversions computed by Flowledger.`;
  return (
    <>
      <section aria-labelledby="answer-heading" className="question-answer">
        <h2 id="answer-heading">The answer, computed</h2>
        {lead?.share ? (
          <p className="answer-figure">
            <a href={convertedHref(slug, lead.rowId)}>
              <span className="answer-value">{computedText(lead.share, "pct")}</span>
            </a>
            <span className="answer-label">
              of {page.country}&rsquo;s oil consumption in {page.answer.lead!.year}:{" "}
              {computedText(lead.kbd!, "kbd")} from {page.subject}, as its customs recorded it (
              {lead.period})
            </span>
          </p>
        ) : null}
        {page.answer.headline.map((s) => (
          <p key={s} className="lede">
            {s}
          </p>
        ))}
        <p className="muted">{page.counts}</p>
      </section>

      <nav className="page-nav" aria-label="On this page">
        <a href="#years-heading">Year by year</a>
        <a href="#estimates-heading">Every estimate</a>
        <a href="#caveats-heading">What customs count</a>
        <a href="#regional-heading">The regional statistic</a>
        <a href="#claims-heading">The claims</a>
        <a href="#download-heading">Download</a>
      </nav>

      <section aria-labelledby="years-heading">
        <h2 id="years-heading">Year by year</h2>
        <p>Every year with an official or tracker figure on the common basis: {page.basis}.</p>
        <YearAnswers slug={slug} years={page.answer.years} subject={page.subject} />
        {page.answer.undatedClaims.length > 0 ? (
          <>
            <h3>Claims that name no year the figures cover</h3>
            <ul>
              {page.answer.undatedClaims.map((c) => (
                <li key={c.id}>
                  <a href={`/claims#${c.id}`}>&ldquo;{c.quote}&rdquo;</a>{" "}
                  <span className="muted">({c.when}.)</span> {c.comparison}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="estimates-heading" className="charts">
        <h2 id="estimates-heading">Every estimate on one basis</h2>
        {page.charts.map((c) => (
          <ChartFigure key={c.id} chart={c} slug={`question-${slug}`} sourceLine={sourceLine} />
        ))}
        <SortableTable
          id="estimates"
          caption={page.counts}
          table={basisTable(slug, page.rows, page.country)}
        />
        {page.factor ? (
          <p className="muted">
            Tonnes become barrels with{" "}
            <a href={figureHref(page.factor.input.slug, page.factor.input.rowId)}>
              {page.factor.input.text}
            </a>{" "}
            ({page.factor.input.vintage}
            {page.factor.input.location ? `, ${page.factor.input.location}` : ""}).{" "}
            {page.factor.why}
          </p>
        ) : null}
        <ul className="notes">
          {page.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="caveats-heading">
        <h2 id="caveats-heading">What the official figures and the trackers count</h2>
        <CitedList items={page.caveats} />
      </section>

      <RegionalStatistic slug={slug} regional={page.regional} />

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">The claims that ask this question</h2>
        <QuestionClaims claims={page.claims} />
      </section>
    </>
  );
}
