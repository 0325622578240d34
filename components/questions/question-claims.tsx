import { VerdictBadge } from "@/components/claims/verdict-badge";
import type { ClaimView } from "@/lib/claims/claims-view";

/** The ledger's claims that ask a question: quote, who, verdict and its reason, a link to each. */
export function QuestionClaims({ claims }: { claims: readonly ClaimView[] }) {
  return (
    <ul className="question-claims">
      {claims.map((c) => (
        <li key={c.id}>
          <blockquote>&ldquo;{c.quote}&rdquo;</blockquote>
          <p className="muted">
            {c.source.publisher}, {c.dateText} ·{" "}
            <a href={`/claims#${c.id}`}>{c.id} in the ledger</a>
          </p>
          <p>
            <VerdictBadge verdict={c.verdict} /> {c.explanation}
          </p>
        </li>
      ))}
    </ul>
  );
}
