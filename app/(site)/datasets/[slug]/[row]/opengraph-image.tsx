import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { getFigurePage } from "@/lib/pages/figure-page";
import { figurePreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The figure as its source states it, with its period and source";

/** Drawn on request, like the figure pages themselves (55,000 rows are too many to prerender). */
export default async function Image({
  params,
}: {
  params: Promise<{ slug: string; row: string }>;
}) {
  const { slug, row } = await params;
  const page = await getFigurePage(slug, row, { origin: "", built: "" });
  if (!page) return new Response("Not found\n", { status: 404 });
  return new ImageResponse(<LinkPreviewImage preview={figurePreview(page)} />, PREVIEW_SIZE);
}
