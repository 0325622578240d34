import { datasetParams, findDataset } from "@/lib/catalog/datasets";
import { datasetJsonText } from "@/lib/publish/downloads";

export const dynamicParams = false;
export const generateStaticParams = datasetParams;

export async function GET(_request: Request, ctx: RouteContext<"/datasets/[slug]/data.json">) {
  const { slug } = await ctx.params;
  const found = await findDataset(slug);
  if (!found) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(datasetJsonText(found.catalog, found.dataset), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}.json"`,
    },
  });
}
