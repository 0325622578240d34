import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { getFlowsPage } from "@/lib/pages/flows-page";
import { overviewPreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt =
  "The corridor map's lead layer: crude from the Caspian to Israel, with its sources";

/** The front page's lead figure, the corridor map as it opens (crude), drawn at build time. */
export default async function Image() {
  const lead = (await getFlowsPage(new URLSearchParams()))?.figures.find(
    (f) => f.kind === "corridor",
  );
  if (lead?.kind !== "corridor") return new Response("Not found\n", { status: 404 });
  return new ImageResponse(<LinkPreviewImage preview={overviewPreview(lead.map)} />, PREVIEW_SIZE);
}
