import { datasetParams, findDataset } from "@/lib/catalog/datasets";
import { datasetPackage } from "@/lib/data/package";

export const dynamicParams = false;
export const generateStaticParams = datasetParams;

export async function GET(_request: Request, ctx: RouteContext<"/datasets/[slug]/package.zip">) {
  const { slug } = await ctx.params;
  const found = await findDataset(slug);
  if (!found)
    return new Response("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const zip = datasetPackage(found.catalog, found.dataset);
  return new Response(zip.buffer as ArrayBuffer, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${slug}.zip"`,
    },
  });
}
