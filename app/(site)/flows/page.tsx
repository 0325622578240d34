import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { FlowFigure } from "@/components/flows/flow-figure";
import { FlowsControls } from "@/components/flows/flows-controls";
import { FlowsTable } from "@/components/flows/flows-table";
import { getFlowsPage } from "@/lib/pages/flows-page";
import { canonicalRedirect, searchParamsOf } from "@/lib/flows/view";
import { shareMetadata } from "@/lib/pages/share-metadata";

const metadata: Metadata = shareMetadata(
  "Flows",
  "The energy-for-arms corridor on a map and as Sankeys, one unit each: crude, arms (SIPRI TIV) and investment, every link with its sources and its spread.",
);

export async function generateMetadata({ searchParams }: PageProps<"/flows">): Promise<Metadata> {
  const page = await getFlowsPage(searchParamsOf(await searchParams));
  return {
    ...metadata,
    alternates: { canonical: `/flows${page?.query ? `?${page.query}` : ""}` },
  };
}

export default async function FlowsPage({ searchParams }: PageProps<"/flows">) {
  const given = searchParamsOf(await searchParams);
  const page = await getFlowsPage(given);
  if (!page) notFound();
  const canonical = canonicalRedirect(given, page.query);
  if (canonical !== undefined) permanentRedirect(`/flows${canonical}`);
  const q = page.query ? `?${page.query}` : "";
  const sankeys = page.figures.filter((f) => f.kind === "sankey");
  return (
    <article className="flows-page">
      <header>
        <h1>Flows: crude, arms and investment</h1>
        <p className="subtitle">
          Each flow in its own unit — barrels or tonnes of crude, SIPRI trend-indicator values (TIV,
          a volume measure, never money) of arms, US dollars of investment — with every independent
          estimate where sources disagree. Point at or tab to any link to read its value, period and
          source; select it to open the rows behind it.
        </p>
      </header>
      <FlowsControls choices={page.choices} options={page.options} />
      {page.figures
        .filter((f) => f.kind !== "sankey")
        .map((f) => (
          <FlowFigure key={f.id} figure={f} />
        ))}
      {sankeys.length > 0 ? (
        <section aria-labelledby="sankeys-title">
          <h2 id="sankeys-title">Flows as Sankeys, one unit each</h2>
          <div className="sankey-grid">
            {sankeys.map((f) => (
              <FlowFigure key={f.id} figure={f} />
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="flows-table-title">
        <h2 id="flows-table-title">Every flow drawn</h2>
        <p>
          <a href={`/flows/data.csv${q}`} download>
            Download these flows (CSV)
          </a>{" "}
          ·{" "}
          <a href={`/flows/data.json${q}`} download>
            JSON
          </a>
        </p>
        {page.rows.length === 0 ? (
          <p className="empty">No figure chosen: tick at least one above.</p>
        ) : (
          <FlowsTable rows={page.rows} figures={page.figures} />
        )}
      </section>
    </article>
  );
}
