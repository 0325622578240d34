/** The data vintage of a dataset or figure: a publisher's release date or the editions read. */
import type { Dataset } from "./catalog";
import { formatPartialDate } from "./format";

/** A release date (SIPRI's "data generated") reads as one; an edition as it is named. */
export function vintageText(stated: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(stated)
    ? `data generated ${formatPartialDate(stated)}`
    : stated;
}

/** A dataset's vintage: SIPRI's "data generated" date, or the editions its rows come from. */
export function datasetVintage(dataset: Dataset): string | undefined {
  const v = dataset.meta.vintage;
  if (v) return vintageText(v);
  const key = dataset.roles.vintage;
  if (!key) return undefined;
  const editions = [...new Set(dataset.rows.map((r) => String(r[key] ?? "")).filter(Boolean))];
  return editions.sort().join(", ") || undefined;
}
