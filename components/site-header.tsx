import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

/**
 * Site name, the top-level sections and the search box: a plain form to /search (searched on
 * the server), so it costs no script and works before anything loads.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        Flowledger
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <Link href="/flows">Flows</Link>
          </li>
          <li>
            <Link href="/countries">Countries</Link>
          </li>
          <li>
            <Link href="/datasets">Datasets</Link>
          </li>
          <li>
            <Link href="/claims">Claims</Link>
          </li>
          <li>
            <Link href="/sources">Sources</Link>
          </li>
        </ul>
      </nav>
      <form action="/search" role="search" className="site-search" aria-label="Site search">
        <label htmlFor="site-search" className="visually-hidden">
          Search figures, claims, datasets, sources and countries
        </label>
        <input
          id="site-search"
          type="search"
          name="q"
          placeholder="Search figures, claims…"
          autoComplete="off"
          enterKeyHint="search"
        />
      </form>
      <ThemeToggle />
    </header>
  );
}
