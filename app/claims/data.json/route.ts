import { claimViews } from "@/lib/claims/claims-view";
import { datasetJson } from "@/lib/data/export";
import { getCatalog } from "@/lib/data/load-data";

export const dynamic = "force-static";

export async function GET() {
  const catalog = await getCatalog();
  if (!catalog.claims) return Response.json({ error: "not found" }, { status: 404 });
  const body = {
    ...datasetJson(catalog, catalog.claims),
    csv: "/claims/data.csv",
    resolved: claimViews(catalog),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'inline; filename="claims.json"',
    },
  });
}
