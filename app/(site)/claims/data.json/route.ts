import { claimsJsonText } from "@/lib/publish/downloads";
import { getCatalog } from "@/lib/catalog/load-data";

export const dynamic = "force-static";

export async function GET() {
  const catalog = await getCatalog();
  if (!catalog.claims) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(claimsJsonText(catalog, catalog.claims), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'inline; filename="claims.json"',
    },
  });
}
