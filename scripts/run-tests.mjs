// `npm test`: the type check (`next build` leaves it to this step), unit tests (vitest), then
// end-to-end tests (Playwright, against a production build), then one closing line
// `N passed, N failed, N skipped` summed from both JSON reports. Exit status is non-zero if
// anything failed or a runner did not report; a type error stops the run before the tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const reports = "reports";
mkdirSync(reports, { recursive: true });
const vitestReport = `${reports}/vitest.json`;
const playwrightReport = `${reports}/playwright.json`;
for (const f of [vitestReport, playwrightReport]) rmSync(f, { force: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  return r.status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

if (run("npm", ["run", "-s", "typecheck"]) !== 0) {
  console.error("Type errors (above): fix them first.");
  console.log("0 passed, 1 failed, 0 skipped");
  process.exit(1);
}

const vitestStatus = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
if (existsSync(vitestReport)) {
  const v = JSON.parse(readFileSync(vitestReport, "utf8"));
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + v.numTodoTests;
  if (vitestStatus !== 0 && v.numFailedTests === 0) broken = true; // e.g. a file that failed to load
} else broken = true;

const playwrightStatus = run("npx", ["playwright", "test"]);
if (existsSync(playwrightReport)) {
  const p = JSON.parse(readFileSync(playwrightReport, "utf8"));
  totals.passed += p.stats.expected + p.stats.flaky;
  totals.failed += p.stats.unexpected;
  totals.skipped += p.stats.skipped;
  if (playwrightStatus !== 0 && p.stats.unexpected === 0) broken = true; // e.g. the web server did not start
} else broken = true;

if (broken) {
  console.error("A test runner failed before reporting its results (see its output above).");
  totals.failed += 1;
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
