/**
 * The rules `npm run lint` holds the code to (dependency-cruiser): no cycles; lib/data at the
 * bottom; domains never draw (figures — lib/charts, lib/flows — draw domains, and lib/pages,
 * lib/publish and lib/catalog compose them); lib/ never reaches up into React, the app or the
 * browser.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "Modules that import each other, directly or through others.",
      from: {},
      to: { circular: true },
    },
    {
      name: "data-at-the-bottom",
      severity: "error",
      comment: "lib/data reads and validates files; it imports no other part of lib/.",
      from: { path: "^lib/data/" },
      to: { path: "^lib/(?!data/)" },
    },
    {
      name: "domains-do-not-draw",
      severity: "error",
      comment:
        "Domains (claims, evidence, sipri, energy, questions, search, xlsx, table) are drawn by lib/charts, lib/flows and lib/pages, never the reverse.",
      from: { path: "^lib/(claims|evidence|sipri|energy|questions|search|xlsx|table)/" },
      to: { path: "^lib/(charts|pages|flows)/" },
    },
    {
      name: "pages-on-top",
      severity: "error",
      comment:
        "lib/pages and lib/publish compose figures and domains into what a route serves; nothing else in lib/ imports them.",
      from: { path: "^lib/(?!pages/|publish/)" },
      to: { path: "^lib/(pages|publish)/" },
    },
    {
      name: "lib-below-the-ui",
      severity: "error",
      comment: "lib/ is plain TypeScript: no React components, routes, hooks or browser code.",
      from: { path: "^lib/" },
      to: { path: "^(components|app|hooks|browser)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.next|reports|test-results)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
  },
};
