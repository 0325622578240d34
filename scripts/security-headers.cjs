/**
 * Security headers on every response, from one place: next.config.js gives them to Next's
 * responses, scripts/serve.mjs to the few it answers itself (405, 400).
 *
 * Only /embed/ pages may be framed, by any site (that is what they are for); every other page
 * refuses framing, with CSP and X-Frame-Options both. The CSP allows inline scripts because a
 * prerendered page carries its React data in inline <script> tags (README, "Hardening": per-
 * request nonces would make every page dynamic); everything else is limited to this origin.
 * `blob:` images are the chart PNG export.
 */
function securityHeaders(dev, framable) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    framable ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    ...(framable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
}

/**
 * The public address the site is served at: FLOWLEDGER_SITE_URL, an http(s) origin without a
 * path, or http://localhost:3000. Every absolute address the site writes (citations, BibTeX,
 * link previews, embed snippets, canonical links) comes from here, never from a request.
 */
function siteUrl(env = process.env) {
  const raw = env.FLOWLEDGER_SITE_URL ?? "http://localhost:3000";
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `FLOWLEDGER_SITE_URL: "${raw}" is not a URL (write e.g. https://flowledger.example)`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`FLOWLEDGER_SITE_URL: "${raw}" must start with http:// or https://`);
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password)
    throw new Error(
      `FLOWLEDGER_SITE_URL: "${raw}" must be an origin only (no path, query or credentials)`,
    );
  return url.origin;
}

module.exports = { securityHeaders, siteUrl };
