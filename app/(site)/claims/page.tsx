import type { Metadata } from "next";
import { ClaimsLedger } from "@/components/claims/claims-ledger";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { claimsOnBasis } from "@/lib/pages/question-page";
import { getCatalog } from "@/lib/catalog/load-data";
import { VERDICT_ORDER, VERDICTS } from "@/lib/claims/verdicts";
import { citation } from "@/lib/pages/citation";
import { SITE_URL } from "@/lib/pages/site-url";
import { CitationBlock } from "@/components/citation-block";
import { shareMetadata } from "@/lib/pages/share-metadata";
import { isoDay } from "@/lib/data/format";

export const metadata: Metadata = shareMetadata(
  "Claims ledger",
  "Figures asserted about Azerbaijan–Israel oil, arms and investment flows, each quoted exactly beside the evidence and a verdict.",
);

/** The day this page was built: the date its citation gives. */
const BUILT = isoDay();

export default async function ClaimsPage() {
  const catalog = await getCatalog();
  const claims = claimsOnBasis(catalog);
  // Counted from the ledger, so the description stays true as claims are added.
  const articles = claims.filter((c) => c.source.kind === "claim");
  const press = claims.filter((c) => c.source.kind !== "claim");
  const sources = (list: typeof claims) => new Set(list.map((c) => c.source.id)).size;
  return (
    <article className="claims-page">
      <h1>Claims ledger</h1>
      <p className="subtitle">
        What articles and press reports say about Azerbaijan–Israel oil, arms and investment flows,
        quoted exactly, beside the evidence and a verdict. Every evidence link opens the row or
        source it rests on.
      </p>
      <p className="count">
        {claims.length} claims: {articles.length} from {sources(articles)} opinion articles and{" "}
        {press.length} from {sources(press)} news reports.
      </p>
      <nav aria-label="Downloads" className="downloads">
        <a href="/claims/data.csv" download="claims.csv">
          Download CSV ({claims.length} claims)
        </a>
        <a href="/claims/data.json" download="claims.json">
          Download JSON (claims, evidence and sources)
        </a>
      </nav>
      <details className="verdict-legend">
        <summary>What the verdicts mean</summary>
        <dl>
          {VERDICT_ORDER.map((v) => (
            <div key={v}>
              <dt>
                <VerdictBadge verdict={v} />
              </dt>
              <dd>{VERDICTS[v]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ClaimsLedger claims={claims} />
      <section aria-labelledby="cite-heading">
        <h2 id="cite-heading">Cite the ledger</h2>
        <CitationBlock
          citation={citation({
            title: "Claims ledger: figures about Azerbaijan–Israel flows beside their evidence",
            dataset: "Flowledger claims ledger",
            original: `${claims.length} claims quoted from ${sources(claims)} articles and reports, each listed with its link`,
            built: BUILT,
            url: `${SITE_URL}/claims`,
            key: "flowledger-claims-ledger",
          })}
          what="the ledger"
        />
      </section>
    </article>
  );
}
