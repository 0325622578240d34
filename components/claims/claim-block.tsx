import type { ClaimView } from "@/lib/claims/claims-view";
import { figureHref } from "@/lib/data/row-ids";
import { questionHref } from "@/lib/questions/hrefs";
import { ClaimStrip } from "./claim-strip";
import { VerdictBadge } from "./verdict-badge";

const KIND_LABEL: Record<string, string> = { claim: "opinion article", press: "news report" };

/**
 * One claim, readable on its own: the quote, who said it and when, the verdict with its reason,
 * where the claimed figure sits among the independent estimates of the same quantity, and the
 * evidence.
 */
export function ClaimBlock({ claim: c }: { claim: ClaimView }) {
  const cmp = c.comparison;
  const same = c.evidence.filter((e) => e.same);
  const other = c.evidence.filter((e) => !e.same);
  return (
    <article
      className="claim-block"
      id={c.id}
      data-verdict={c.verdict}
      aria-labelledby={`${c.id}-quote`}
    >
      <blockquote id={`${c.id}-quote`}>&ldquo;{c.quote}&rdquo;</blockquote>
      <p className="claim-who">
        <a href={`/sources#${c.source.id}`}>{c.source.publisher}</a>
        <span className="muted">
          {" "}
          · {KIND_LABEL[c.source.kind] ?? c.source.kind} ·{" "}
          <span data-date={c.date}>{c.dateText}</span>
          {" · "}
          {c.topic}
        </span>{" "}
        <a href={`#${c.id}`} className="claim-id">
          {c.id}
        </a>
      </p>
      <p className="claim-verdict">
        <VerdictBadge verdict={c.verdict} /> {c.explanation}
      </p>
      {c.stated ? (
        <div className="claim-figure">
          <p>
            <strong>Claimed:</strong> {c.stated}
            {c.statedPeriod ? ` (${c.statedPeriod})` : ""}
          </p>
          {cmp && c.statedValue !== undefined ? (
            cmp.estimates.length > 0 ? (
              <>
                <ClaimStrip
                  claimed={c.statedValue}
                  claimText={c.stated}
                  marks={cmp.estimates.map((e) => ({
                    value: e.value,
                    text: `${e.text}, ${e.period}`,
                    href: figureHref(e.slug, e.rowId),
                  }))}
                />
                <p className="claim-estimates">
                  {cmp.estimates.length} independent estimate{cmp.estimates.length === 1 ? "" : "s"}{" "}
                  of the same quantity
                  {c.statedDenominator ? ` — share of ${c.statedDenominator}` : ""}:{" "}
                  {cmp.estimates.map((e, i) => (
                    <span key={e.rowId}>
                      {i > 0 ? "; " : ""}
                      <a href={figureHref(e.slug, e.rowId)}>{e.text}</a> ({e.period}
                      {e.reports > 1 ? `, reported by ${e.reports} outlets` : ""})
                    </span>
                  ))}
                  .
                </p>
              </>
            ) : (
              <p className="claim-estimates muted">
                No estimate measures this quantity
                {c.statedDenominator ? ` as a share of ${c.statedDenominator}` : ""}.
              </p>
            )
          ) : null}
          {cmp && cmp.otherDenominators > 0 ? (
            <p className="claim-estimates muted">
              {cmp.otherDenominators} more independent estimate
              {cmp.otherDenominators === 1 ? "" : "s"} measure
              {cmp.otherDenominators === 1 ? "s" : ""} the same supplier against other wholes (see{" "}
              <a href={`/datasets/${cmp.slug}`}>{cmp.title}</a>).
            </p>
          ) : null}
        </div>
      ) : null}
      {(c.onBasis ?? []).map((b) => (
        <div key={b.slug} className="claim-basis">
          <p>
            <strong>On one basis</strong> (<a href={questionHref(b.slug)}>{b.question}</a>):{" "}
            {b.comparison}
          </p>
          {b.strip ? (
            <>
              <p className="muted">
                Converted: the claim and every figure for {b.strip.year} in thousand barrels a day.
              </p>
              <ClaimStrip
                claimed={b.strip.claim.value}
                claimText={b.strip.claim.text}
                marks={b.strip.figures}
              />
              <ul className="claim-estimates">
                {b.strip.figures.map((f) => (
                  <li key={f.href}>
                    <a href={f.href}>{f.text}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}
      {c.evidence.length > 0 ? (
        <details className="claim-evidence">
          <summary>
            Evidence ({same.length} of the same quantity
            {other.length > 0 ? `, ${other.length} of other quantities` : ""})
          </summary>
          {same.length > 0 ? (
            <>
              <p className="evidence-kind">Of the same quantity as the claim</p>
              <ul>
                {same.map((e) => (
                  <li key={e.href}>
                    <a href={e.href}>{e.label}</a> <span className="muted">{e.detail}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {other.length > 0 ? (
            <>
              <p className="evidence-kind">
                Other quantities or sources: context, not compared with the claim one to one
              </p>
              <ul>
                {other.map((e) => (
                  <li key={e.href}>
                    <a href={e.href}>{e.label}</a>{" "}
                    <span className="muted">
                      {e.quantity ? `${e.quantity} · ` : ""}
                      {e.detail}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
      ) : (
        <p className="muted">No evidence found.</p>
      )}
    </article>
  );
}
