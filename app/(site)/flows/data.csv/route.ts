import { flowsCsv } from "@/lib/flows/export";
import { getFlowsPage } from "@/lib/pages/flows-page";
import { canonicalRedirect } from "@/lib/flows/view";

/** The flows the page draws for the same choices, as CSV. */
export async function GET(request: Request) {
  const given = new URL(request.url).searchParams;
  const page = await getFlowsPage(given);
  if (!page) return new Response("Not found\n", { status: 404 });
  const canonical = canonicalRedirect(given, page.query);
  if (canonical !== undefined)
    return new Response(null, {
      status: 308,
      headers: { Location: `/flows/data.csv${canonical}` },
    });
  return new Response(flowsCsv(page.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="flows.csv"',
    },
  });
}
