import type { Metadata } from "next";
import Link from "next/link";
import { SourceCitation } from "@/components/source-citation";
import { getCatalog } from "@/lib/catalog/load-data";
import { SOURCE_KINDS } from "@/lib/data/schema";

export const metadata: Metadata = {
  title: "Sources",
  description:
    "Every page, database and statement the figures come from, with the datasets that cite each.",
};

const KIND_HEADING: Record<(typeof SOURCE_KINDS)[number], string> = {
  dataset: "Databases",
  estimate: "Estimates with a stated method",
  official: "Official statements",
  press: "News reports",
  claim: "Opinion articles (claims checked)",
};

export default async function SourcesPage() {
  const catalog = await getCatalog();
  const citedBy = new Map<string, { slug: string; title: string; rows: number }[]>();
  const ledger = catalog.claims ? [catalog.claims] : [];
  for (const d of [...catalog.datasets, ...ledger]) {
    const isLedger = d === catalog.claims;
    for (const id of d.citedSourceIds) {
      const rows = d.rows.filter((r) => (r[d.roles.sources] as string[]).includes(id)).length;
      citedBy.set(id, [
        ...(citedBy.get(id) ?? []),
        { slug: isLedger ? "" : d.slug, title: isLedger ? "Claims ledger" : d.meta.title, rows },
      ]);
    }
  }
  return (
    <article className="sources-page">
      <h1>Sources</h1>
      <p>
        {catalog.sources.length} sources. Each figure in the datasets links here by its footnote.
        Many pages are reprints or summaries; the note says whom they cite.
      </p>
      {SOURCE_KINDS.map((kind) => {
        const list = catalog.sources
          .filter((s) => s.kind === kind)
          .sort((a, b) => a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
        if (list.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{KIND_HEADING[kind]}</h2>
            <ul className="source-list">
              {list.map((s) => (
                <li key={s.id} id={s.id}>
                  <SourceCitation source={s} />
                  <div className="cited-by">
                    {citedBy.has(s.id)
                      ? citedBy.get(s.id)!.map((c, i) => (
                          <span key={c.slug}>
                            {i === 0 ? "Cited in " : "; "}
                            <Link href={c.slug ? `/datasets/${c.slug}` : "/claims"}>
                              {c.title}
                            </Link>{" "}
                            ({c.rows} {c.slug ? "row" : "claim"}
                            {c.rows === 1 ? "" : "s"})
                          </span>
                        ))
                      : "Not cited by any dataset row."}
                  </div>
                  <div className="source-id">
                    ID: <code>{s.id}</code>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
