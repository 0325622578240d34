import { findDataset } from "@/lib/data/datasets";
import { citedSources } from "@/lib/data/export";
import { datasetCitation, ORIGIN_TOKEN, requestOrigin } from "@/lib/pages/citation";
import { isoDay } from "@/lib/data/format";

/** A dataset's BibTeX entry, with the address it was downloaded from and today's date. */
export async function GET(
  request: Request,
  { params }: RouteContext<"/datasets/[slug]/citation.bib">,
) {
  const found = await findDataset((await params).slug);
  if (!found) return new Response("Not found\n", { status: 404 });
  const built = isoDay();
  const { bibtex } = datasetCitation(
    found.dataset,
    citedSources(found.catalog, found.dataset),
    built,
  );
  return new Response(`${bibtex.replaceAll(ORIGIN_TOKEN, requestOrigin(request.headers))}\n`, {
    headers: {
      "Content-Type": "application/x-bibtex; charset=utf-8",
      "Content-Disposition": `attachment; filename="${found.dataset.slug}.bib"`,
    },
  });
}
