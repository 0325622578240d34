import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { EmbedBackLink } from "@/components/embed-back-link";
import { CorridorFigure } from "@/components/flows/corridor-figure";
import { OilLinkFigure } from "@/components/flows/oil-link-figure";
import { SankeyFigure } from "@/components/flows/sankey-figure";
import { canonicalRedirect, FIGURE_NAMES, searchParamsOf } from "@/lib/flows/view";
import { isEmbedFlowFigure } from "@/lib/pages/embed";
import { getFlowsPage } from "@/lib/pages/flows-page";

export async function generateMetadata({
  params,
}: PageProps<"/embed/flows/[figure]">): Promise<Metadata> {
  const { figure } = await params;
  if (!isEmbedFlowFigure(figure)) return {};
  return {
    title: figure === "crude-to-israel" ? "Crude to Israel: the estimates" : FIGURE_NAMES[figure],
  };
}

/**
 * One flow figure framed alone, drawn for the same choices (window, years, region) as /flows
 * with the same query; rendered on request like /flows.
 */
export default async function EmbedFlow({
  params,
  searchParams,
}: PageProps<"/embed/flows/[figure]">) {
  const { figure } = await params;
  if (!isEmbedFlowFigure(figure)) notFound();
  const given = searchParamsOf(await searchParams);
  // A query copied from /flows may hide figures there; the embed always draws its one figure.
  const query = new URLSearchParams(given);
  query.delete("show");
  const page = await getFlowsPage(query);
  if (!page) notFound();
  const canonical = canonicalRedirect(given, page.query);
  if (canonical !== undefined) permanentRedirect(`/embed/flows/${figure}${canonical}`);
  const sankey = page.sankeys.find((s) => s.id === figure);
  const drawn =
    figure === "corridor" ? (
      page.map ? (
        <CorridorFigure data={page.map} headingLevel={1} embedded />
      ) : null
    ) : figure === "crude-to-israel" ? (
      page.oilLinks.length > 0 ? (
        <OilLinkFigure
          links={page.oilLinks}
          answer={page.oilAnswer}
          oilYear={page.choices.oilYear}
          embedded
        />
      ) : null
    ) : sankey ? (
      <SankeyFigure data={sankey} embedded />
    ) : null;
  if (!drawn) notFound();
  return (
    <>
      {drawn}
      <EmbedBackLink path="/flows" hash={`flow-${figure}`} />
    </>
  );
}
