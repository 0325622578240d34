import { getCatalog } from "@/lib/catalog/load-data";
import { releaseManifest } from "@/lib/publish/downloads";
import { isoDay } from "@/lib/data/format";

export const dynamic = "force-static";

/** The day of the build: the release the manifest describes. */
const BUILT = isoDay();

export async function GET() {
  const body = releaseManifest(await getCatalog(), BUILT);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
