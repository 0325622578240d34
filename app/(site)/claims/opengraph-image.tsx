import { ImageResponse } from "next/og";
import { LinkPreviewImage } from "@/components/link-preview-image";
import { claimViews } from "@/lib/claims/claims-view";
import { VERDICT_ORDER } from "@/lib/claims/verdicts";
import { getCatalog } from "@/lib/catalog/load-data";
import { claimsPreview, PREVIEW_SIZE } from "@/lib/pages/link-preview";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const alt = "How many claims got each verdict";

export default async function Image() {
  const claims = claimViews(await getCatalog());
  const counts = VERDICT_ORDER.map((verdict) => ({
    verdict,
    n: claims.filter((c) => c.verdict === verdict).length,
  }));
  return new ImageResponse(<LinkPreviewImage preview={claimsPreview(counts)} />, PREVIEW_SIZE);
}
