/**
 * The public origin of the site (FLOWLEDGER_SITE_URL, validated by next.config.js and fixed at
 * build time; http://localhost:3000 by default). Citations, BibTeX, link previews, embed snippets,
 * exports and canonical links write it; none takes an address from a request.
 */
export const SITE_URL = process.env.FLOWLEDGER_SITE_URL ?? "http://localhost:3000";
