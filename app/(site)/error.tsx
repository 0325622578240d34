"use client";

import Link from "next/link";

/**
 * A page that could not be drawn (most often: the data failed to load). The reader gets a plain
 * explanation and a way on; the server's log has the located problem.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  return (
    <section className="not-found" role="alert">
      <h1>This page could not be drawn</h1>
      <p>
        Flowledger could not read the data this page needs. The problem is logged on the server with
        the file and line it is in; try again in a moment.
      </p>
      <p>
        <Link href="/">Go to the overview</Link> · <Link href="/sources">See all sources</Link>
      </p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
    </section>
  );
}
