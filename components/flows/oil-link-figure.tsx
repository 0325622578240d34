import { formatNumber } from "@/lib/data/format";
import { groupText } from "@/lib/flows/oil-link";
import type { DrawnFlowFigure } from "@/lib/pages/flows-page";
import { questionHref } from "@/lib/questions/hrefs";
import { embedFlowPath } from "@/lib/pages/embed";
import { EmbedButton } from "../embed-button";

/**
 * The crude link to Israel, estimate by estimate: per quantity and denominator, every
 * independent estimate on a 0–100% scale, the sleeve spanning them and the reference value that
 * sets the map's width; beside them, the same question answered on one basis (customs and
 * trackers in thousand barrels a day) and the Energy Institute's regional flow, shown apart as a
 * published statistic that does not reconcile with them.
 */
export function OilLinkFigure({
  data,
  embedded = false,
}: {
  data: Extract<DrawnFlowFigure, { kind: "oil-estimates" }>;
  embedded?: boolean;
}) {
  const { id, title, links, answer, oilYear } = data;
  const [Heading, Subheading] = embedded ? (["h1", "h2"] as const) : (["h3", "h4"] as const);
  const years = oilYear !== undefined ? String(oilYear) : "all years";
  return (
    <figure
      className="chart-figure oil-link"
      id={`flow-${id}`}
      aria-labelledby={`flow-${id}-title`}
    >
      <figcaption>
        <Heading id={`flow-${id}-title`}>{title}</Heading>
        <p className="chart-subtitle">
          Independent estimates for {years}, one row per denominator — a share of crude deliveries
          is not a share of oil consumption, so ranges are never taken across rows. Re-reports are
          folded into the estimate they repeat. Scale: 0–100% of each row&rsquo;s denominator.
        </p>
      </figcaption>
      {embedded ? null : (
        <div className="chart-actions">
          <EmbedButton path={embedFlowPath(id)} title={title} />
        </div>
      )}
      {links.map((link) => (
        <section key={link.id} className="oil-link-quantity" aria-label={link.label}>
          <Subheading>
            {link.label} <a href={link.href}>Where sources disagree →</a>
          </Subheading>
          {link.groups.length === 0 ? (
            <p className="muted">No independent estimate for {years}.</p>
          ) : (
            <ul className="sleeves">
              {link.groups.map((g) => {
                const isRef = link.reference?.denominator === g.denominator;
                return (
                  <li key={g.denominator} className="sleeve-row">
                    <span className="sleeve-label">{groupText(g)}</span>
                    <span className="sleeve-track" aria-hidden="true">
                      <span
                        className="sleeve-band"
                        style={{ left: `${g.min}%`, width: `${Math.max(0.6, g.max - g.min)}%` }}
                      />
                      {g.estimates.map((p) => (
                        <span key={p.rowId} className="sleeve-dot" style={{ left: `${p.y}%` }} />
                      ))}
                      {isRef ? (
                        <span
                          className="sleeve-ref"
                          style={{ left: `${link.reference!.value}%` }}
                        />
                      ) : null}
                    </span>
                    <ul className="sleeve-estimates">
                      {g.estimates.map((p) => (
                        <li key={p.rowId}>
                          {p.valueText}, {p.period}. {p.source}
                          {p.reports ? ` (${p.reports.length} reports of one measurement)` : ""}
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
          {link.reference ? (
            <p className="muted">
              The map&rsquo;s arrow is {formatNumber(link.reference.value)}% wide:{" "}
              {link.reference.why}.
            </p>
          ) : null}
          {link.outside > 0 ? (
            <p className="muted">
              {link.outside} other independent{" "}
              {link.outside === 1 ? "estimate falls" : "estimates fall"} outside {years}.
            </p>
          ) : null}
        </section>
      ))}
      {answer ? (
        <section className="oil-link-basis" aria-label="On one basis">
          <Subheading>
            On one basis: <a href={questionHref(answer.slug)}>{answer.question}</a>
          </Subheading>
          {answer.lines.length > 0 ? (
            answer.lines.map((l) => <p key={l}>{l}</p>)
          ) : (
            <p className="muted">No official or tracker figure on the common basis for {years}.</p>
          )}
          {answer.regional.length > 0 ? (
            <div className="regional-apart">
              <p>
                <strong>
                  Shown apart, a published statistic that does not reconcile with these:
                </strong>
              </p>
              {answer.regional.map((r) => (
                <p key={r}>{r}</p>
              ))}
            </div>
          ) : null}
        </section>
      ) : null}
    </figure>
  );
}
