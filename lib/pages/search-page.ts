import type MiniSearch from "minisearch";
import { claimViews } from "../claims/claims-view";
import type { Catalog, Dataset } from "../data/catalog";
import { publicColumns } from "../data/export";
import { formatPartialDate } from "../data/format";
import { getCatalog } from "../catalog/load-data";
import { textCell } from "../data/roles";
import { rowSummary } from "../data/row-summary";
import type { Source } from "../data/schema";
import { displayName } from "../sipri/world";
import {
  buildSearchIndex,
  excerptAround,
  markTerms,
  normalizeTerm,
  search,
  SEARCH_KINDS,
  tokenize,
  type SearchDoc,
  type SearchKind,
  type TextPart,
} from "../search/search";
import { armsWorld } from "./country-page";
import { questionPage } from "./question-page";
import { questionHref } from "../questions/hrefs";

/** What the search page says of each kind of result. */
export const KIND_LABELS: Record<SearchKind, string> = {
  question: "Questions answered on one basis",
  figure: "Figures",
  claim: "Claims",
  dataset: "Datasets",
  source: "Sources",
  country: "Countries",
};

const clean = (parts: (string | undefined)[]) => parts.filter(Boolean).join(" · ");

/**
 * Every row as a search document: what it is of and its value as stated, every text cell (the
 * quote, labels, who measured it), the publishers of its sources — and, for a re-report, who
 * measured the estimate it repeats, so "Kpler" finds Kpler's estimates and their re-reports.
 */
function figureDocs(dataset: Dataset, sources: ReadonlyMap<string, Source>): SearchDoc[] {
  const { roles, slug, meta } = dataset;
  const textKeys = publicColumns(dataset)
    .filter((c) => c.type === "text" || c.type === "category")
    .map((c) => c.key);
  const byId = new Map(dataset.rows.map((r) => [String(r[roles.id]), r]));
  return dataset.rows.map((row) => {
    const id = String(row[roles.id]);
    const s = rowSummary(dataset, row, sources);
    const original = byId.get(textCell(row, roles.derivedFrom) ?? "");
    const measuredBy = original
      ? (textCell(original, roles.estimator) ?? rowSummary(dataset, original, sources).who)
      : undefined;
    const repeats = measuredBy ? `Repeats the estimate by ${measuredBy}` : undefined;
    const quote = textCell(row, roles.quote) ?? "";
    return {
      id: `figure:${slug}:${id}`,
      kind: "figure",
      title: s.value ? `${s.what || id}: ${s.value}` : s.what || id,
      text: [...textKeys.map((k) => textCell(row, k)), s.period, s.who, repeats]
        .filter(Boolean)
        .join("\n"),
      url: `/datasets/${slug}/${id}`,
      detail: clean([meta.title, s.period, s.who, repeats]),
      excerpt: quote,
    };
  });
}

/**
 * A dataset larger than this is a statistical table (SIPRI's register, the Energy Institute's
 * country series, the EU register): its rows are found through the table's own search, one
 * result per name in it, instead of one per row — 55,000 row documents would make the index
 * 125 MB and its first build 4 s, for rows whose names already find them.
 */
export const ROW_DOCUMENTS_UP_TO = 5000;

/** One document per name in a large table's label columns, leading to its rows in the table. */
function tableDocs(dataset: Dataset): SearchDoc[] {
  const { roles, slug, meta } = dataset;
  return roles.labels.flatMap((key) => {
    const column = meta.columns.find((c) => c.key === key)!.label.toLowerCase();
    const counts = new Map<string, number>();
    for (const row of dataset.rows) {
      const v = textCell(row, key);
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return [...counts].map(([value, n]): SearchDoc => ({
      id: `rows:${slug}:${key}:${value}`,
      kind: "figure",
      title: `${value} (${column}): rows in ${meta.title}`,
      text: value,
      url: `/datasets/${slug}?${new URLSearchParams({ q: value, tab: "table" })}`,
      detail: `${n.toLocaleString("en")} rows with ${value} as ${column}; the table's search finds them`,
      excerpt: "",
    }));
  });
}

export function searchDocs(catalog: Catalog): SearchDoc[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const datasets = catalog.datasets.map((d): SearchDoc => ({
    id: `dataset:${d.slug}`,
    kind: "dataset",
    title: d.meta.title,
    text: [d.meta.subtitle, d.meta.description, d.meta.units, d.meta.attribution].join("\n"),
    url: `/datasets/${d.slug}`,
    detail: `${d.rows.length.toLocaleString("en")} rows`,
    excerpt: d.meta.subtitle,
  }));
  const claims = claimViews(catalog).map((c): SearchDoc => ({
    id: `claim:${c.id}`,
    kind: "claim",
    title: c.quote,
    text: [
      c.topic,
      c.stated,
      c.statedPeriod,
      c.explanation,
      c.verdict,
      c.source.publisher,
      c.source.title,
    ].join("\n"),
    url: `/claims#${c.id}`,
    detail: clean([c.verdict, c.source.publisher, c.dateText]),
    excerpt: c.explanation,
  }));
  const sourceDocs = catalog.sources.map((s): SearchDoc => ({
    id: `source:${s.id}`,
    kind: "source",
    title: s.title,
    text: [s.publisher, s.author, s.note, s.kind].filter(Boolean).join("\n"),
    url: `/sources#${s.id}`,
    detail: clean([s.publisher, s.published ? formatPartialDate(s.published) : undefined]),
    excerpt: s.note ?? "",
  }));
  const world = armsWorld(catalog);
  const countries = (world?.latest.parties ?? []).map((p): SearchDoc => ({
    id: `country:${p.slug}`,
    kind: "country",
    title: displayName(p.name),
    text: p.name,
    url: `/countries/${p.slug}`,
    detail: "Arms imports and exports, SIPRI trend-indicator values",
    excerpt: "",
  }));
  const figures = catalog.datasets.flatMap((d) =>
    d.rows.length <= ROW_DOCUMENTS_UP_TO ? figureDocs(d, sources) : tableDocs(d),
  );
  const questions = catalog.questions.map((q): SearchDoc => {
    const page = questionPage(catalog, q.slug)!;
    return {
      id: `question:${q.slug}`,
      kind: "question",
      title: q.question,
      text: [q.quantity, q.basis, ...page.answer.headline, ...page.claims.map((c) => c.quote)].join(
        "\n",
      ),
      url: questionHref(q.slug),
      detail: `Answered on one basis: ${q.quantity}`,
      excerpt: page.answer.headline[0] ?? "",
    };
  });
  return [...questions, ...datasets, ...figures, ...claims, ...sourceDocs, ...countries];
}

const indexes = new WeakMap<Catalog, MiniSearch<SearchDoc>>();

/** The catalog's index, built once per server process. */
export function searchIndex(catalog: Catalog): MiniSearch<SearchDoc> {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildSearchIndex(searchDocs(catalog));
    indexes.set(catalog, index);
  }
  return index;
}

export interface SearchResultView {
  url: string;
  title: TextPart[];
  detail: string;
  excerpt: TextPart[];
}

export interface SearchPage {
  query: string;
  kind?: SearchKind;
  groups: { kind: SearchKind; label: string; total: number; hits: SearchResultView[] }[];
  total: number;
}

/** /search?q=…&kind=…: grouped results with matched words marked; one kind shows up to 100. */
export function searchPage(catalog: Catalog, query: string, kindParam?: string): SearchPage {
  const q = query.trim().slice(0, 200);
  const kind = SEARCH_KINDS.find((k) => k === kindParam);
  const groups = search(searchIndex(catalog), q, { perGroup: kind ? 100 : 8, kind });
  // The query's own terms are marked too: a prefix match marks the word it matched.
  const queryTerms = tokenize(q).map(normalizeTerm);
  return {
    query: q,
    ...(kind ? { kind } : {}),
    total: groups.reduce((n, g) => n + g.total, 0),
    groups: groups.map((g) => ({
      kind: g.kind,
      label: KIND_LABELS[g.kind],
      total: g.total,
      hits: g.hits.map((h) => {
        const terms = [...h.terms, ...queryTerms];
        return {
          url: h.url,
          title: markTerms(h.title, terms),
          detail: h.detail,
          excerpt: markTerms(excerptAround(h.excerpt, terms), terms),
        };
      }),
    })),
  };
}

export async function getSearchPage(query: string, kind?: string): Promise<SearchPage> {
  return searchPage(await getCatalog(), query, kind);
}
