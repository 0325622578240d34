import { getQuestionPage, questionParams } from "@/lib/pages/question-page";
import { questionCsv } from "@/lib/publish/downloads";

export const dynamicParams = false;
export const generateStaticParams = questionParams;

export async function GET(_request: Request, ctx: RouteContext<"/questions/[slug]/data.csv">) {
  const { slug } = await ctx.params;
  const page = await getQuestionPage(slug);
  if (!page)
    return new Response("Not found\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(questionCsv(page), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.csv"`,
    },
  });
}
