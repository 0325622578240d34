import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { getCountryPage } from "@/lib/pages/country-page";
import { countryPreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

// Drawn on a country's first share, then kept by the server's bounded response cache
// (scripts/serve.mjs), never written to disk: drawing all 210 at build time would add a third to
// the build (`npm run bench countries`), and an unknown slug must leave nothing behind.
export const dynamic = "force-dynamic";
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The country's arms transfers per year, with the source";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = await getCountryPage((await params).slug);
  if (!page) return new Response("Not found\n", { status: 404 });
  return new ImageResponse(<LinkPreviewImage preview={countryPreview(page)} />, PREVIEW_SIZE);
}
