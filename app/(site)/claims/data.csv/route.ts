import { datasetCsv } from "@/lib/data/export";
import { getCatalog } from "@/lib/catalog/load-data";

export const dynamic = "force-static";

export async function GET() {
  const { claims } = await getCatalog();
  if (!claims) return new Response("Not found\n", { status: 404 });
  return new Response(datasetCsv(claims), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="claims.csv"',
    },
  });
}
