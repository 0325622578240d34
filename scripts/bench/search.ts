import { loadCatalogResult } from "../../lib/catalog/load-data";
import { searchDocs } from "../../lib/pages/search-page";
import { buildSearchIndex, normalizeTerm, search, tokenize } from "../../lib/search/search";
import { median, ms, ratio, results, timePair } from "./report";

/** What readers type: numbers, names, a publisher, a weapon, two words. */
const QUERIES = ["69%", "Kpler", "Barak", "azerbaijan oil", "Türkiye", "tanker", "40%", "BTC"];

/**
 * Site search: building the index (once per server process, on the first search) beside
 * reading the documents it indexes, and a query beside scanning every document's text for the
 * query's words — what a search without an index would do.
 */
export async function benchSearch() {
  const { catalog } = await loadCatalogResult();
  const docs = searchDocs(catalog!);
  const { a: build, b: collect } = await timePair(
    () => buildSearchIndex(searchDocs(catalog!)),
    () => searchDocs(catalog!),
  );
  results.push({
    section: "Search",
    figure: `index built from ${docs.length.toLocaleString("en")} documents (median)`,
    value: ms(build),
    baseline: `${ms(collect)} (making the documents alone)`,
    ratio: ratio(build, collect),
    target: "",
  });
  const index = buildSearchIndex(docs);
  const texts = docs.map((d) => tokenize(`${d.title} ${d.text}`).map(normalizeTerm).join(" "));
  const scan = (q: string) => {
    const words = tokenize(q).map(normalizeTerm);
    return texts.filter((t) => words.every((w) => t.includes(w))).length;
  };
  const perQuery = (f: (q: string) => unknown) => {
    const times: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const q of QUERIES) {
        const t = performance.now();
        f(q);
        times.push(performance.now() - t);
      }
    return median(times);
  };
  const query = perQuery((q) => search(index, q));
  const scanned = perQuery(scan);
  results.push({
    section: "Search",
    figure: `a query (median of ${QUERIES.length} queries × 5)`,
    value: ms(query),
    baseline: `${ms(scanned)} (scanning every document's words)`,
    ratio: ratio(query, scanned),
    target: "",
  });
}
