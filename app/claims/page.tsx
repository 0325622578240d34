import type { Metadata } from "next";
import { ClaimsTable } from "@/components/claims-table";
import { VerdictBadge } from "@/components/verdict-badge";
import { claimViews } from "@/lib/claims/claims-view";
import { getCatalog } from "@/lib/data/load-data";
import { VERDICT_ORDER, VERDICTS } from "@/lib/claims/verdicts";

export const metadata: Metadata = {
  title: "Claims ledger",
  description:
    "Figures asserted about Azerbaijan–Israel oil, arms and investment flows, each quoted exactly beside the evidence and a verdict.",
  openGraph: {
    title: "Claims ledger · Flowledger",
    description: "Every contested figure beside its evidence.",
  },
};

export default async function ClaimsPage() {
  const catalog = await getCatalog();
  const claims = claimViews(catalog);
  return (
    <article className="claims-page">
      <h1>Claims ledger</h1>
      <p className="subtitle">
        What articles and press reports say about Azerbaijan–Israel oil, arms and investment flows,
        quoted exactly, beside the evidence and a verdict. Every evidence link opens the row or
        source it rests on.
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
      <ClaimsTable claims={claims} />
    </article>
  );
}
