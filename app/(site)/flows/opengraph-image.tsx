import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { getFlowsPage } from "@/lib/pages/flows-page";
import { flowsPreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The arms flows into Azerbaijan by supplier, in SIPRI TIV, with the source";

/** The default view's first Sankey, drawn at build time. */
export default async function Image() {
  const page = await getFlowsPage(new URLSearchParams());
  const first = page?.figures.find((f) => f.kind === "sankey");
  const sankey = first?.kind === "sankey" ? first.sankey : undefined;
  if (!sankey) return new Response("Not found\n", { status: 404 });
  return new ImageResponse(<LinkPreviewImage preview={flowsPreview(sankey)} />, PREVIEW_SIZE);
}
