import { flowsCsv } from "@/lib/flows/export";
import { getFlowsPage } from "@/lib/pages/flows-page";

/** The flows the page draws for the same choices, as CSV. */
export async function GET(request: Request) {
  const page = await getFlowsPage(new URL(request.url).searchParams);
  if (!page) return new Response("Not found\n", { status: 404 });
  return new Response(flowsCsv(page.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="flows.csv"',
    },
  });
}
