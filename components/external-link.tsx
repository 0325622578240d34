import type { ReactNode } from "react";

/**
 * A link out of the site. Only http(s) addresses become links (the validator already refuses
 * others; this is the second lock); anything else renders as plain text.
 */
export function ExternalLink({
  href,
  children,
}: {
  href: string | undefined;
  children: ReactNode;
}) {
  if (!href || !/^https?:\/\//i.test(href)) return <>{children}</>;
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
