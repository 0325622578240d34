import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { datasetParams } from "@/lib/catalog/datasets";
import { getDatasetPage, pageCharts } from "@/lib/pages/dataset-page";
import { datasetPreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

export const dynamicParams = false;
export const generateStaticParams = datasetParams;
export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "The dataset's first chart, with its title and source";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const page = await getDatasetPage((await params).slug);
  if (!page) return new Response("Not found\n", { status: 404 });
  const preview = datasetPreview({ ...page, charts: pageCharts(page) });
  return new ImageResponse(<LinkPreviewImage preview={preview} />, PREVIEW_SIZE);
}
