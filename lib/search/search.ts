import MiniSearch, { type SearchResult } from "minisearch";

/**
 * Site search (MiniSearch): questions, datasets, figures (rows), claims, sources and countries in one index,
 * searched on the server so no page ships the index. Terms are words and numbers; a number keeps
 * its percent sign ("69%" finds figures and claims of 69%, not a TIV of 69) and loses its
 * thousands separators ("94,000" and "94000" are one term); accents and case never matter.
 */

export const SEARCH_KINDS = [
  "question",
  "figure",
  "claim",
  "dataset",
  "source",
  "country",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  /** Everything else a reader might type: quotes, labels, publishers, who measured it. */
  text: string;
  url: string;
  /** One line under the title: dataset, period, source. */
  detail: string;
  /** Text shown under the result, with the matched words marked (a quote, a description). */
  excerpt: string;
}

const TERM = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+/gu;

/** Lower case, without accents; numbers without thousands separators. */
export function normalizeTerm(term: string): string {
  const t = term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return /^\d/.test(t) ? t.replace(/,(?=\d{3}(?:\D|$))/g, "") : t;
}

/**
 * A range of percentages states the sign once ("40–45%", "40 to 45%"): its low end is a
 * percentage too, so "40%" finds it.
 */
const RANGE_DASH = /^\s*[–—-]\s*$/;
/** "40 to 45%", and "between 40 and 45%" ("69 and 69%" is two figures, not a range). */
const rangeWord = (word: string, before: string | undefined) =>
  /^to$/i.test(word) || (/^and$/i.test(word) && /^between$/i.test(before ?? ""));

/** The terms of a text as written, with where each is; a range's low end gains its percent sign. */
function rawTerms(text: string): { start: number; end: number; term: string }[] {
  const found = [...text.matchAll(TERM)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    term: m[0],
  }));
  const isNumber = (i: number) => /^\d[\d.,]*$/.test(found[i]?.term ?? "");
  const isPercent = (i: number) => /^\d[\d.,]*%$/.test(found[i]?.term ?? "");
  const gap = (i: number) => text.slice(found[i]!.end, found[i + 1]!.start);
  found.forEach((t, i) => {
    if (!isNumber(i)) return;
    const dashed = isPercent(i + 1) && RANGE_DASH.test(gap(i));
    const worded =
      rangeWord(found[i + 1]?.term ?? "", found[i - 1]?.term) &&
      isPercent(i + 2) &&
      !gap(i).trim() &&
      !gap(i + 1).trim();
    if (dashed || worded) t.term += "%";
  });
  return found;
}

export function tokenize(text: string): string[] {
  return rawTerms(text).map((t) => t.term);
}

/** Where each term of a text is, for marking matches. */
function termSpans(text: string): { start: number; end: number; term: string }[] {
  return rawTerms(text).map((t) => ({ ...t, term: normalizeTerm(t.term) }));
}

export function buildSearchIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>({
    fields: ["title", "text"],
    storeFields: ["kind", "title", "url", "detail", "excerpt"],
    tokenize,
    processTerm: normalizeTerm,
  });
  index.addAll(docs);
  return index;
}

export interface SearchHit {
  kind: SearchKind;
  title: string;
  url: string;
  detail: string;
  excerpt: string;
  score: number;
  /** The index terms the hit matched (for marking). */
  terms: string[];
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  total: number;
}

/**
 * Results grouped by kind, groups in order of their best match, best match first within each.
 * Words match by prefix (3+ letters) and with a typo (5+ letters); numbers match exactly.
 */
export function search(
  index: MiniSearch<SearchDoc>,
  query: string,
  { perGroup = 8, kind }: { perGroup?: number; kind?: SearchKind } = {},
): SearchGroup[] {
  if (tokenize(query).length === 0) return [];
  const results: SearchResult[] = index.search(query, {
    combineWith: "AND",
    boost: { title: 2 },
    // A question answered on one basis is where a reader asking it should land first.
    boostDocument: (_id, _term, stored) => (stored?.kind === "question" ? 4 : 1),
    prefix: (term) => !/^\d/.test(term) && term.length >= 3,
    fuzzy: (term) => (!/^\d/.test(term) && term.length >= 5 ? 0.2 : false),
  });
  const groups = new Map<SearchKind, SearchGroup>();
  for (const r of results) {
    const k = r.kind as SearchKind;
    if (kind && k !== kind) continue;
    const group = groups.get(k) ?? { kind: k, hits: [], total: 0 };
    groups.set(k, group);
    group.total++;
    if (group.hits.length < perGroup)
      group.hits.push({
        kind: k,
        title: r.title as string,
        url: r.url as string,
        detail: r.detail as string,
        excerpt: r.excerpt as string,
        score: r.score,
        terms: r.terms,
      });
  }
  // Results come best first, so each group's first hit is its best.
  return [...groups.values()].sort((a, b) => b.hits[0]!.score - a.hits[0]!.score);
}

/** A piece of a text shown as it is, or marked (a matched word, a quoted number). */
export interface TextPart {
  text: string;
  mark?: boolean;
}

/** A text cut into parts, the terms given marked (as the index saw them: case- and accent-blind). */
export function markTerms(text: string, terms: readonly string[]): TextPart[] {
  const wanted = new Set(terms);
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of termSpans(text)) {
    if (!wanted.has(span.term)) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start) });
    parts.push({ text: text.slice(span.start, span.end), mark: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** About `length` characters of a text around its first marked term, with ellipses where cut. */
export function excerptAround(text: string, terms: readonly string[], length = 200): string {
  if (text.length <= length) return text;
  const wanted = new Set(terms);
  const first = termSpans(text).find((s) => wanted.has(s.term));
  const start = Math.max(0, Math.min((first?.start ?? 0) - length / 3, text.length - length));
  const from = start > 0 ? text.indexOf(" ", start) + 1 || start : 0;
  const to = Math.min(text.length, from + length);
  const cut = text.slice(from, to).replace(/\s+\S*$/, to < text.length ? "" : "$&");
  return `${from > 0 ? "… " : ""}${cut}${to < text.length ? " …" : ""}`;
}
