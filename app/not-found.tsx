import Link from "next/link";
import { SiteShell } from "@/components/site-shell";

/** Unmatched addresses and notFound() from any page land here, outside the (site) layout. */
export default function NotFound() {
  return (
    <SiteShell>
      <section className="not-found">
        <h1>Page not found</h1>
        <p>There is no page at this address. The datasets are listed on the overview.</p>
        <p>
          <Link href="/">Go to the overview</Link> · <Link href="/sources">See all sources</Link>
        </p>
      </section>
    </SiteShell>
  );
}
