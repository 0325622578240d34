import type { Metadata } from "next";
import { MarkedText } from "@/components/marked-text";
import { KIND_LABELS, getSearchPage } from "@/lib/pages/search-page";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every figure, claim, dataset, source and country on Flowledger.",
  robots: { index: false },
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * /search?q=…: results grouped by kind, best match first, matched words marked. Searched on the
 * server, so the page works without scripts and no page carries the index.
 */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const params = await searchParams;
  const page = await getSearchPage(first(params.q), first(params.kind));
  const { query } = page;
  const kindHref = (kind?: string) =>
    `/search?${new URLSearchParams({ q: query, ...(kind ? { kind } : {}) })}`;
  return (
    <article className="search-page">
      <h1>Search</h1>
      <form action="/search" role="search" className="search-form" aria-label="This search">
        <label htmlFor="search-q">Figures, claims, datasets, sources and countries</label>
        <div>
          <input id="search-q" type="search" name="q" defaultValue={query} autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      {query === "" ? (
        <p>
          Type a name, a number or a source: &ldquo;69%&rdquo;, &ldquo;Kpler&rdquo;,
          &ldquo;Barak&rdquo;, &ldquo;BTC&rdquo;.
        </p>
      ) : page.total === 0 ? (
        <p role="status">
          Nothing matches &ldquo;{query}&rdquo;
          {page.kind ? ` among ${KIND_LABELS[page.kind].toLowerCase()}` : ""}. Try fewer words, or
          another spelling.
        </p>
      ) : (
        <>
          <p role="status">
            {page.total.toLocaleString("en")} {page.total === 1 ? "result" : "results"} for &ldquo;
            {query}&rdquo;
            {page.kind ? (
              <>
                {" "}
                among {KIND_LABELS[page.kind].toLowerCase()} ·{" "}
                <a href={kindHref()}>show every kind</a>
              </>
            ) : null}
          </p>
          {page.groups.length > 1 ? (
            <nav aria-label="Result kinds" className="page-nav">
              {page.groups.map((g) => (
                <a key={g.kind} href={`#results-${g.kind}`}>
                  {g.label} ({g.total})
                </a>
              ))}
            </nav>
          ) : null}
          {page.groups.map((g) => (
            <section key={g.kind} aria-labelledby={`results-${g.kind}`} className="search-group">
              <h2 id={`results-${g.kind}`}>
                {g.label} <span className="muted">({g.total.toLocaleString("en")})</span>
              </h2>
              <ol className="search-results">
                {g.hits.map((h) => (
                  <li key={h.url}>
                    <a href={h.url} className="search-hit">
                      <MarkedText parts={h.title} />
                    </a>
                    {h.detail ? <p className="muted">{h.detail}</p> : null}
                    {h.excerpt.length > 0 ? (
                      <p className="search-excerpt">
                        <MarkedText parts={h.excerpt} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
              {g.total > g.hits.length ? (
                <p>
                  <a href={kindHref(g.kind)}>
                    All {g.total.toLocaleString("en")} {g.label.toLowerCase()}
                    {g.total > 100 ? " (the first 100)" : ""}
                  </a>
                </p>
              ) : null}
            </section>
          ))}
        </>
      )}
    </article>
  );
}
