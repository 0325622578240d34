import type { Dataset } from "../data/catalog";
import { formatPartialDate } from "../data/format";
import type { Source } from "../data/schema";
import { datasetVintage } from "../data/vintage";

/**
 * Citations of a Flowledger page in plain text, APA and BibTeX: each names Flowledger, the
 * dataset, the original source, the data vintage, the date the page was built and its URL.
 */
/** Stands for the site's origin in a citation made before the page knows where it is served. */
export const ORIGIN_TOKEN = "{origin}";

export interface CitationInput {
  /** What is cited: a figure ("Azerbaijan, share of Israel's oil imports: 46.4%") or a dataset. */
  title: string;
  dataset: string;
  /** The original source(s), as "Publisher, Title (date)". */
  original: string;
  /** "SIPRI data generated 12 Feb 2026", "2024 edition", or undefined when none applies. */
  vintage?: string;
  /** ISO date (YYYY-MM-DD) the page was built. */
  built: string;
  url: string;
  /** A BibTeX key: letters, digits and hyphens. */
  key: string;
}

export interface Citation {
  plain: string;
  apa: string;
  bibtex: string;
}

/** "2026-11-30" → "November 30, 2026", as APA writes a retrieval date. */
function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** BibTeX braces and backslashes are escaped; `%`, `&`, `#`, `_` and `$` too. */
function bib(s: string): string {
  return s.replace(/[\\{}]/g, "").replace(/([%&#_$])/g, "\\$1");
}

export function citation(c: CitationInput): Citation {
  const year = c.built.slice(0, 4);
  const vintage = c.vintage ? ` Data vintage: ${c.vintage}.` : "";
  return {
    plain: `Flowledger (${year}). ${c.title}. Dataset: ${c.dataset}. Original source: ${c.original}.${vintage} Page built ${c.built}. ${c.url}`,
    apa: `Flowledger. (${year}). ${c.title} [Data set]. In ${c.dataset}. Original source: ${c.original}.${vintage} Retrieved ${longDate(c.built)}, from ${c.url}`,
    bibtex: [
      `@misc{${c.key},`,
      `  author = {{Flowledger}},`,
      `  title = {${bib(c.title)}},`,
      `  year = {${year}},`,
      `  howpublished = {\\url{${c.url}}},`,
      `  note = {Dataset: ${bib(c.dataset)}. Original source: ${bib(c.original)}.${c.vintage ? ` Data vintage: ${bib(c.vintage)}.` : ""} Page built ${c.built}.},`,
      `  urldate = {${c.built}}`,
      `}`,
    ].join("\n"),
  };
}

/** The original sources in a citation: up to three by name, more as a count. */
export function originalSources(sources: readonly Source[]): string {
  if (sources.length === 0) return "not recorded";
  if (sources.length > 3) return `${sources.length} sources, each listed with its link on the page`;
  return sources
    .map(
      (s) =>
        `${s.publisher}, ${s.title}${s.published ? ` (${formatPartialDate(s.published)})` : ""}`,
    )
    .join("; ");
}

/** "Cite this dataset": its page's path after the origin token, built on `built`. */
export function datasetCitation(
  dataset: Dataset,
  sources: readonly Source[],
  built: string,
): Citation {
  const vintage = datasetVintage(dataset);
  return citation({
    title: dataset.meta.title,
    dataset: dataset.meta.title,
    original: originalSources(sources),
    ...(vintage ? { vintage } : {}),
    built,
    url: `${ORIGIN_TOKEN}/datasets/${dataset.slug}`,
    key: `flowledger-${dataset.slug}`,
  });
}

/** The origin a reader used, from the request's Host (or a proxy's forwarded host). */
export function requestOrigin(headers: { get(name: string): string | null }): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost";
  const proto = headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
