import type { Dataset } from "../data/catalog";
import { formatPartialDate } from "../data/format";
import type { Source } from "../data/schema";
import { datasetVintage } from "../data/vintage";
import { SITE_URL } from "./site-url";

/**
 * Citations of a Flowledger page in plain text, APA and BibTeX: each names Flowledger, the
 * dataset, the original source, the data vintage, the date the page was built and its URL.
 */
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

/**
 * An address inside \url{}: only an http(s) URL, in its normalised form (braces, backslashes and
 * spaces percent-encoded by URL itself), with `%` and `#` escaped as \url expects.
 */
function bibUrl(s: string): string {
  const url = new URL(s);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`a citation's address must be http(s), not ${url.protocol}`);
  return url.href.replace(/[{}\\]/g, encodeURIComponent).replace(/([%#])/g, "\\$1");
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
      `  howpublished = {\\url{${bibUrl(c.url)}}},`,
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

/** "Cite this dataset": its page's address, built on `built`. */
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
    url: `${SITE_URL}/datasets/${dataset.slug}`,
    key: `flowledger-${dataset.slug}`,
  });
}
