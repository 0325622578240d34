import { datasetParams, findDataset } from "@/lib/catalog/datasets";
import { datasetCsv } from "@/lib/data/export";

export const dynamicParams = false;
export const generateStaticParams = datasetParams;

export async function GET(_request: Request, ctx: RouteContext<"/datasets/[slug]/data.csv">) {
  const { slug } = await ctx.params;
  const found = await findDataset(slug);
  if (!found)
    return new Response("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(datasetCsv(found.dataset), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.csv"`,
    },
  });
}
