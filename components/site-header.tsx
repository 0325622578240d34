import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

/** Site name and the top-level sections. */
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
            <Link href="/">Datasets</Link>
          </li>
          <li>
            <Link href="/claims">Claims</Link>
          </li>
          <li>
            <Link href="/sources">Sources</Link>
          </li>
        </ul>
      </nav>
      <ThemeToggle />
    </header>
  );
}
