import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { formatNumber } from "@/lib/data/format";
import { PREVIEW_SIZE, questionPreview } from "@/lib/pages/link-preview";
import { getQuestionPage, questionParams } from "@/lib/pages/question-page";
import { computedText } from "@/lib/questions/oil-basis";

export const dynamicParams = false;
export const generateStaticParams = questionParams;
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The question's computed answer over every estimate on one basis";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = await getQuestionPage((await params).slug);
  if (!page) return new Response("Not found\n", { status: 404 });
  if (page.type === "oil-common-basis") {
    const lead = page.answer.lead?.official[0];
    return new ImageResponse(
      <LinkPreviewImage
        preview={questionPreview({
          question: page.question,
          headline: lead?.share
            ? `${computedText(lead.share, "pct")} of ${page.country}'s oil consumption in ${page.answer.lead!.year}`
            : page.quantity,
          subtitle: lead
            ? `${computedText(lead.kbd!, "kbd")} from ${page.subject}'s customs (${lead.period}); every estimate on one basis below`
            : page.basis,
          chart: page.charts[0],
          source:
            "Computed by Flowledger from customs, tanker-tracking and Energy Institute figures",
        })}
      />,
      PREVIEW_SIZE,
    );
  }
  const latest = [...page.answer.windows].reverse().find((w) => w.recomputed);
  return new ImageResponse(
    <LinkPreviewImage
      preview={questionPreview({
        question: page.question,
        headline: latest
          ? `${formatNumber(latest.recomputed!.share, 1)}% in ${latest.window}`
          : page.quantity,
        subtitle:
          "SIPRI's shares as published, beside the same windows recomputed from its register",
        ...(page.chart ? { chart: page.chart } : {}),
        source: `Source: SIPRI Arms Transfers Database${page.answer.vintage ? ` (data generated ${page.answer.vintage})` : ""}; recomputed by Flowledger`,
      })}
    />,
    PREVIEW_SIZE,
  );
}
