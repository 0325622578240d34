import { getCatalog } from "@/lib/catalog/load-data";
import { DataProblemsError, formatProblem } from "@/lib/data/problems";

export const dynamic = "force-dynamic";

/**
 * Whether this process can serve: the data load and validate. The server (scripts/serve.mjs)
 * asks once at start and refuses to start otherwise; a load balancer may ask too. A problem is
 * answered with the located lines `npm run validate` prints.
 */
export async function GET() {
  try {
    const catalog = await getCatalog();
    return Response.json(
      { ok: true, datasets: catalog.datasets.length, questions: catalog.questions.length },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (e) {
    const lines = e instanceof DataProblemsError ? e.problems.map(formatProblem) : [String(e)];
    return new Response(`${lines.join("\n")}\n`, {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
