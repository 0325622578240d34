import { test as base, expect, type Page } from "@playwright/test";

export interface CatalogEntry {
  slug: string;
  title: string;
  rowCount: number;
  columns: { key: string; label: string; type: string }[];
  page: string;
  csv: string;
  json: string;
}

/**
 * Every test's page has its console errors and uncaught exceptions collected and, at the end,
 * asserted to be none: a reader should never meet a broken page. The one error a browser logs
 * on purpose — a page the test opened that answers 404 — is not one; a missing image, script or
 * file still is. Tests that need the list (to clear it midway) take `consoleErrors`.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      const missingPages = new Set<string>();
      page.on("response", (r) => {
        if (r.status() === 404 && r.request().isNavigationRequest()) missingPages.add(r.url());
      });
      page.on("console", (m) => {
        if (m.type() !== "error") return;
        if (missingPages.has(m.location().url) && /status of 404/.test(m.text())) return;
        errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      await provide(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function catalog(page: Page): Promise<CatalogEntry[]> {
  const res = await page.request.get("/api/datasets");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { datasets: CatalogEntry[] }).datasets;
}

/** Every chart box holds a chart: the server-drawn SVG, or Recharts once the reader points at it. */
export async function waitForCharts(page: Page) {
  const boxes = page.locator(".chart-box");
  const n = await boxes.count();
  for (let i = 0; i < n; i++)
    await expect(
      boxes.nth(i).locator("svg.static-chart, svg.recharts-surface").first(),
    ).toBeVisible();
  return n;
}
