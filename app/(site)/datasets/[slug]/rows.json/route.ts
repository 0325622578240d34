import { datasetParams, findDataset } from "@/lib/catalog/datasets";
import { packRows } from "@/lib/data/packed-rows";
import { clientRowKeys, tableModel } from "@/lib/table/table-model";

export const dynamicParams = false;
export const generateStaticParams = datasetParams;

/**
 * The table's columns of every row, packed column by column (lib/packed-rows): how a large
 * dataset's page gets its rows after the first page, in a fraction of data.json's size.
 */
export async function GET(_request: Request, ctx: RouteContext<"/datasets/[slug]/rows.json">) {
  const { slug } = await ctx.params;
  const found = await findDataset(slug);
  if (!found) return Response.json({ error: "not found" }, { status: 404 });
  const { dataset } = found;
  return Response.json(packRows(dataset.rows, clientRowKeys(tableModel(dataset))));
}
