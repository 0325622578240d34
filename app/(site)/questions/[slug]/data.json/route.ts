import { getQuestionPage, questionParams } from "@/lib/pages/question-page";
import { questionJson } from "@/lib/publish/downloads";

export const dynamicParams = false;
export const generateStaticParams = questionParams;

export async function GET(_request: Request, ctx: RouteContext<"/questions/[slug]/data.json">) {
  const { slug } = await ctx.params;
  const page = await getQuestionPage(slug);
  if (!page) return Response.json({ error: "not found" }, { status: 404 });
  return new Response(questionJson(page), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}.json"`,
    },
  });
}
