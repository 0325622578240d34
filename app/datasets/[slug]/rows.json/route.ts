import { datasetParams, findDataset } from "@/lib/datasets";
import { clientRowKeys, tableModel } from "@/lib/table-model";

export const dynamicParams = false;
export const generateStaticParams = datasetParams;

/**
 * The table's columns of every row, packed as arrays under one list of keys: how a large
 * dataset's page gets its rows after the first page, in a fraction of data.json's size.
 */
export async function GET(_request: Request, ctx: RouteContext<"/datasets/[slug]/rows.json">) {
  const { slug } = await ctx.params;
  const found = await findDataset(slug);
  if (!found) return Response.json({ error: "not found" }, { status: 404 });
  const { meta, rows } = found.dataset;
  const keys = clientRowKeys(meta, tableModel(meta));
  return Response.json({ keys, rows: rows.map((r) => keys.map((k) => r[k] ?? null)) });
}
