"use client";

import { useUrlParams } from "@/hooks/use-url-params";

/** An embedded figure's link to its page on Flowledger, with the same choices in the address. */
export function EmbedBackLink({ path, hash }: { path: string; hash: string }) {
  const [params] = useUrlParams();
  const query = params.toString();
  return (
    <a
      className="embed-back"
      href={`${path}${query ? `?${query}` : ""}#${hash}`}
      target="_blank"
      rel="noopener"
    >
      Open in Flowledger, with the data and every source ↗
    </a>
  );
}
