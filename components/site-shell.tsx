import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/** The site's chrome around a page: skip link, header, main and footer (embeds go without it). */
export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Flowledger shows each figure as its source states it, with the source and the quoted
          words. Where sources disagree, every estimate is shown. Data: CSV files under each
          dataset; SIPRI data © SIPRI, reused with attribution.
        </p>
      </footer>
    </>
  );
}
