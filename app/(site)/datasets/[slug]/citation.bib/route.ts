import { datasetParams, findDataset } from "@/lib/catalog/datasets";
import { citedSources } from "@/lib/data/export";
import { isoDay } from "@/lib/data/format";
import { datasetCitation } from "@/lib/pages/citation";

export const dynamicParams = false;
export const generateStaticParams = datasetParams;

/** A dataset's BibTeX entry, with its page's address (the configured origin) and the build date. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/datasets/[slug]/citation.bib">,
) {
  const found = await findDataset((await params).slug);
  if (!found) return new Response("Not found\n", { status: 404 });
  const { bibtex } = datasetCitation(
    found.dataset,
    citedSources(found.catalog, found.dataset),
    isoDay(),
  );
  return new Response(`${bibtex}\n`, {
    headers: {
      "Content-Type": "application/x-bibtex; charset=utf-8",
      "Content-Disposition": `attachment; filename="${found.dataset.slug}.bib"`,
    },
  });
}
