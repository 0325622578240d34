import { catalogJson } from "@/lib/export";
import { getCatalog } from "@/lib/load-data";

export const dynamic = "force-static";

export async function GET() {
  return Response.json(catalogJson(await getCatalog()));
}
