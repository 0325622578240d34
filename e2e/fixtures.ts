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
 * Every test gets a page whose console errors and uncaught exceptions are collected and, at the
 * end, asserted to be none: a reader should never meet a broken page.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
    await provide(errors);
    expect(errors, "console errors").toEqual([]);
  },
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
