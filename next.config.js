const { spawnSync } = require("node:child_process");
const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = require("next/constants");

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

/**
 * Security headers on every response. Only /embed/ pages may be framed, by any site (that is
 * what they are for); every other page refuses framing, with CSP and X-Frame-Options both.
 * The CSP allows inline scripts because a prerendered page
 * carries its React data in inline <script> tags (per-request nonces would need dynamic
 * rendering); everything else is limited to this origin. `blob:` images are the chart PNG export.
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

/** @type {(phase: string) => import('next').NextConfig} */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) validateDataOnce();
  return {
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

    reactStrictMode: true,
  };
};
