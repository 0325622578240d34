import { writeCsv } from "@/lib/data/csv-write";
import { getCatalog } from "@/lib/catalog/load-data";
import { armsWorld, countrySlugs, partnersDownload } from "@/lib/pages/country-page";
import { cellTableRows } from "@/lib/table/cells";

export const dynamicParams = false;
export const generateStaticParams = countrySlugs;

/** A country's partners in full, both directions: the download of its partners tables. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/countries/[slug]/partners.csv">,
) {
  const { slug } = await params;
  const world = armsWorld(await getCatalog());
  const party = world?.latest.parties.find((p) => p.slug === slug);
  if (!world || !party) return new Response("Not found\n", { status: 404 });
  const [imports, exports] = partnersDownload(world, party.name).map(cellTableRows);
  const header = ["direction", ...imports!.header.map((h) => h.replace(/^Supplier$/, "partner"))];
  const rows = [
    ...imports!.rows.map((r) => ["imports", ...r]),
    ...exports!.rows.map((r) => ["exports", ...r]),
  ];
  return new Response(writeCsv(header, rows, { neutraliseFormulae: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}-partners.csv"`,
    },
  });
}
