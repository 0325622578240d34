import { VerdictBadge } from "@/components/claims/verdict-badge";
import { convertedHref } from "@/lib/questions/hrefs";
import type { YearAnswer } from "@/lib/questions/oil-answer";
import { computedText, type BasisRow } from "@/lib/questions/oil-basis";

function Figure({ slug, r }: { slug: string; r: BasisRow }) {
  return (
    <li>
      <a href={convertedHref(slug, r.rowId)}>{computedText(r.kbd!, "kbd")}</a>
      {r.share ? `, ${computedText(r.share, "pct")}` : ""}{" "}
      <span className="muted">
        — {r.stated.fullText}, {r.period}; {r.estimator ?? r.source}
        {r.group ? ` (${r.series})` : ""}
      </span>
    </li>
  );
}

/** One kind of figure for a year, as a term and its list (left out when there is none). */
function Group({ term, rows, slug }: { term: string; rows: readonly BasisRow[]; slug: string }) {
  if (rows.length === 0) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <ul>
          {rows.map((r) => (
            <Figure key={r.rowId} slug={slug} r={r} />
          ))}
        </ul>
      </dd>
    </div>
  );
}

/**
 * The answer year by year: the official figure on the common basis, the other estimates on the
 * same basis, the groups apart, and the claims about that year with how far each is from the
 * official figure. One card per year, newest first, so it reads the same on a phone.
 */
export function YearAnswers({
  slug,
  years,
  subject,
}: {
  slug: string;
  years: readonly YearAnswer[];
  subject: string;
}) {
  return (
    <ol className="year-answers" reversed>
      {[...years].reverse().map((y) => (
        <li key={y.year} className="year-answer" id={`year-${y.year}`}>
          <h3>{y.year}</h3>
          {y.sentences.map((s) => (
            <p key={s}>{s}</p>
          ))}
          <dl className="year-figures">
            <Group term={`${subject}'s customs (official)`} rows={y.official} slug={slug} />
            <Group
              term={`Other estimates of ${subject} alone (${y.estimates.length} independent)`}
              rows={y.estimates}
              slug={slug}
            />
            <Group
              term={`Groups that include ${subject} (not ${subject} alone)`}
              rows={y.groups}
              slug={slug}
            />
            {y.unconverted.length > 0 ? (
              <div>
                <dt>Shares of other wholes (not on this basis)</dt>
                <dd>
                  <ul>
                    {y.unconverted.map((r) => (
                      <li key={r.rowId}>
                        <a href={`/datasets/${r.slug}/${r.rowId}`}>{r.stated.fullText}</a>{" "}
                        <span className="muted">
                          — {r.period}; {r.estimator ?? r.source}. {r.reason}.
                        </span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
            {y.claims.length > 0 ? (
              <div>
                <dt>Claims about {y.year}</dt>
                <dd>
                  <ul>
                    {y.claims.map((c) => (
                      <li key={c.id}>
                        <a href={`/claims#${c.id}`}>&ldquo;{c.quote}&rdquo;</a>{" "}
                        <VerdictBadge verdict={c.verdict} />{" "}
                        <span className="muted">({c.when}.)</span> {c.comparison}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
