import type { Disagreement } from "@/lib/charts/estimates/disagreements";
import { ChartFigure } from "../charts/chart-figure";
import { VerdictBadge } from "../claims/verdict-badge";
import { embedChartPath } from "@/lib/pages/embed";

/**
 * Where sources disagree: for each contested quantity, every source's value by period (each
 * point's tooltip names its source) and the ledger's claims about it beside the chart.
 */
export function DisagreementSection({
  items,
  slug,
  sourceLine,
}: {
  items: Disagreement[];
  slug: string;
  sourceLine: string;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="disagree-heading" className="disagreements">
      <h2 id="disagree-heading">Where sources disagree</h2>
      <p>
        Each chart puts every source&rsquo;s value for one quantity side by side. Estimates with a
        stated method (tanker tracking, customs or trade statistics, SIPRI data), figures stated
        without one, and claims checked in the ledger are drawn with different markers; point at a
        marker to see its source, or select it to open its figure. By keyboard, every estimate is a
        row of the table below, with its quote and its figure page.
      </p>
      {items.map((d) => (
        <div key={d.id} className="disagreement" id={`disagreement-${d.id}`}>
          <ChartFigure
            chart={d.chart}
            slug={slug}
            sourceLine={sourceLine}
            embedPath={embedChartPath(slug, d.chart.id)}
          />
          {d.claims.length > 0 ? (
            <div className="claims-about">
              <h3>Claims about this</h3>
              <ul>
                {d.claims.map((c) => (
                  <li key={c.id}>
                    <VerdictBadge verdict={c.verdict} />{" "}
                    <a href={`/claims#${c.id}`}>&ldquo;{c.quote}&rdquo;</a>{" "}
                    <span className="muted">
                      {c.source.publisher}, {c.dateText}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ))}
    </section>
  );
}
