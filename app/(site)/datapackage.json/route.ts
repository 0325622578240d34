import { getCatalog } from "@/lib/data/load-data";
import { dataPackage } from "@/lib/publish/datapackage";

export const dynamic = "force-static";

/** The day of the build: the package's creation date. */
const BUILT = new Date().toISOString().slice(0, 10);

export async function GET() {
  const body = dataPackage(await getCatalog(), BUILT);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
