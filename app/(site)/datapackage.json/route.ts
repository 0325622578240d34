import { getCatalog } from "@/lib/catalog/load-data";
import { dataPackage } from "@/lib/publish/datapackage";
import { isoDay } from "@/lib/data/format";

export const dynamic = "force-static";

/** The day of the build: the package's creation date. */
const BUILT = isoDay();

export async function GET() {
  const body = dataPackage(await getCatalog(), BUILT);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
