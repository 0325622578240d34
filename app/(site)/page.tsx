import { DatasetCard } from "@/components/dataset-card";
import { CorridorFigure } from "@/components/flows/corridor-figure";
import { getFlowsPage } from "@/lib/pages/flows-page";
import { getOverviewCards, getOverviewQuestions } from "@/lib/pages/overview";
import { QuestionSummary } from "@/components/questions/question-summary";

export default async function OverviewPage() {
  const cards = await getOverviewCards();
  const questions = await getOverviewQuestions();
  // The lead figure: the corridor for the latest arms window and every oil estimate.
  const lead = (await getFlowsPage(new URLSearchParams()))?.figures.find(
    (f) => f.kind === "corridor",
  );
  const map = lead?.kind === "corridor" ? lead : undefined;
  return (
    <>
      <section className="intro">
        <h1>Energy and arms flows between Azerbaijan, Israel and their partners</h1>
        <p>
          Articles say Azerbaijan supplies &ldquo;up to 40%&rdquo; or &ldquo;over 60%&rdquo; of
          Israel&rsquo;s oil and that Israel sold it &ldquo;69%&rdquo; of its arms. Here is each
          figure beside its evidence: who measured it, how, for which period, in which unit, and the
          exact words of the source. Where sources disagree, every estimate is shown.
        </p>
      </section>
      {questions.length > 0 ? (
        <section aria-labelledby="questions-heading" className="questions">
          <h2 id="questions-heading">Answered on one basis</h2>
          {questions.map((q) => (
            <QuestionSummary
              key={q.slug}
              slug={q.slug}
              question={q.question}
              headline={q.headline}
              headingLevel={3}
            />
          ))}
        </section>
      ) : null}
      {map ? (
        <>
          <CorridorFigure data={map.map} layers={map.layers} />
          <p className="lead-more">
            <a href="/flows">
              All flows: choose the window and year, see the Sankeys, download them →
            </a>
          </p>
        </>
      ) : null}
      <h2 className="datasets-heading">Datasets</h2>
      <section aria-label="Datasets" className="card-grid">
        {cards.map((card) => (
          <DatasetCard key={card.slug} card={card} />
        ))}
      </section>
    </>
  );
}
