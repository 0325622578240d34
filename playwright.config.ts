import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download is blocked on these machines.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  // Two browsers against one server: spec files share nothing but the read-only server (a test
  // that needs a broken data folder starts its own server on a copy), so files run in parallel
  // and the tests within a file in order.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    headless: true,
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: [
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Tests run against the production build and server, as readers get them. Node closes a
    // keep-alive connection after 5 s idle; a test's request sent on it as it closes was reset
    // (ECONNRESET). Idle connections are kept for the length of a run instead.
    command: `npm run -s build && npm start -- -p ${port} -H 127.0.0.1 --keepAliveTimeout 900000`,
    url: `http://127.0.0.1:${port}/api/datasets`,
    // Absolute addresses (citations, previews, canonical links) name the server under test.
    env: { FLOWLEDGER_SITE_URL: `http://127.0.0.1:${port}` },
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
