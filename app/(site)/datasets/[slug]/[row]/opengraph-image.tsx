import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { getFigurePage } from "@/lib/pages/figure-page";
import { figurePreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The figure as its source states it, with its period and source";

/** Drawn on request and then kept, like the figure pages (55,700 rows are too many to prerender). */
export const dynamic = "force-dynamic";
export default async function Image({
  params,
}: {
  params: Promise<{ slug: string; row: string }>;
}) {
  const { slug, row } = await params;
  const page = await getFigurePage(slug, row, "");
  if (!page) return new Response("Not found\n", { status: 404 });
  return new ImageResponse(<LinkPreviewImage preview={figurePreview(page)} />, PREVIEW_SIZE);
}
