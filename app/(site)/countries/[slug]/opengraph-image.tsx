import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { countrySlugs, getCountryPage } from "@/lib/pages/country-page";
import { countryPreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

export const dynamicParams = false;
export const generateStaticParams = countrySlugs;
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The country's arms transfers per year, with the source";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = await getCountryPage((await params).slug);
  if (!page) return new Response("Not found\n", { status: 404 });
  return new ImageResponse(<LinkPreviewImage preview={countryPreview(page)} />, PREVIEW_SIZE);
}
