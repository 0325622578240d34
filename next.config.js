const { spawnSync } = require("node:child_process");
const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = require("next/constants");
const { securityHeaders, siteUrl } = require("./scripts/security-headers.cjs");

/**
 * `next build` checks the data first with the same validator as `npm run validate`, so a bad
 * CSV stops the build with the same `file:line: column: message` lines and no stack trace.
 */
function validateDataOnce() {
  if (process.env.FLOWLEDGER_DATA_VALIDATED === "1") return;
  const r = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/validate.ts"],
    {
      stdio: "inherit",
      env: process.env,
    },
  );
  if (r.status !== 0) {
    console.error("\nBuild stopped: fix the data problems above (npm run validate lists them).");
    process.exit(1);
  }
  // Build workers load this file again; they inherit the flag and skip the check.
  process.env.FLOWLEDGER_DATA_VALIDATED = "1";
}

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) validateDataOnce();
  return {
    // The public origin, fixed when the site is built: pages and scripts read it as
    // process.env.FLOWLEDGER_SITE_URL (validated here, so a bad value stops the build).
    env: { FLOWLEDGER_SITE_URL: siteUrl() },
    async headers() {
      const dev = phase === PHASE_DEVELOPMENT_SERVER;
      return [
        // Every path but /embed and what lies under it.
        { source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders(dev, false) },
        { source: "/embed/:path*", headers: securityHeaders(dev, true) },
      ];
    },
    // The benchmark builds a copy of the site with generated data into its own folder.
    ...(process.env.FLOWLEDGER_DIST_DIR ? { distDir: process.env.FLOWLEDGER_DIST_DIR } : {}),
    poweredByHeader: false,
    // Types are checked once, by `npm run typecheck` (the first step of `npm test`), not again
    // inside every build: a production install (`npm ci --omit=dev`) builds without the type
    // packages the tests and importers need.
    typescript: { ignoreBuildErrors: true },
    // Next would copy each prerendered page it serves (the 404 page included, on the first
    // unknown address) into .next/server/route-cache; npm start keeps what it serves in memory,
    // so the build folder is only ever read (issue 22).
    experimental: { isrFlushToDisk: false },

    reactStrictMode: true,
  };
};
