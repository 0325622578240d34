import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { EmbedBackLink } from "@/components/embed-back-link";
import { FlowFigure } from "@/components/flows/flow-figure";
import { getCatalog } from "@/lib/catalog/load-data";
import { canonicalRedirect, searchParamsOf } from "@/lib/flows/view";
import { getFlowsPage } from "@/lib/pages/flows-page";

async function declared(id: string) {
  return (await getCatalog()).flowFigures.find((f) => f.id === id);
}

export async function generateMetadata({
  params,
}: PageProps<"/embed/flows/[figure]">): Promise<Metadata> {
  const figure = await declared((await params).figure);
  return figure ? { title: figure.name } : {};
}

/**
 * One flow figure of data/figures.json framed alone, drawn for the same choices (window, years,
 * region) as /flows with the same query; rendered on request like /flows.
 */
export default async function EmbedFlow({
  params,
  searchParams,
}: PageProps<"/embed/flows/[figure]">) {
  const { figure } = await params;
  if (!(await declared(figure))) notFound();
  const given = searchParamsOf(await searchParams);
  // A query copied from /flows may hide figures there; the embed always draws its one figure.
  const query = new URLSearchParams(given);
  query.delete("show");
  const page = await getFlowsPage(query);
  if (!page) notFound();
  const canonical = canonicalRedirect(given, page.query);
  if (canonical !== undefined) permanentRedirect(`/embed/flows/${figure}${canonical}`);
  const drawn = page.figures.find((f) => f.id === figure);
  if (!drawn) notFound();
  return (
    <>
      <FlowFigure figure={drawn} embedded />
      <EmbedBackLink path="/flows" hash={`flow-${figure}`} />
    </>
  );
}
