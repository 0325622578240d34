import { catalogJson } from "@/lib/data/export";
import { getCatalog } from "@/lib/catalog/load-data";

export const dynamic = "force-static";

export async function GET() {
  return Response.json(catalogJson(await getCatalog()));
}
