import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { datasetSlugs } from "./data";
import { expect, test, waitForCharts } from "./fixtures";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join("; ")})`,
  );
}

const PATHS = [
  "/",
  "/flows",
  "/datasets",
  "/countries",
  "/countries/israel",
  "/datasets/israel-oil-imports/f1-35-azerbaijan-bd-2025",
  "/questions",
  "/questions/azerbaijan-oil-to-israel",
  "/questions/azerbaijan-oil-to-israel/f1-42-azerbaijan-tonnes-2023-isranomics",
  "/questions/israel-arms-to-azerbaijan",
  "/claims",
  "/sources",
  "/search?q=Barak",
  "/embed/datasets/israel-oil-imports/shares",
  "/embed/flows/arms-to-azerbaijan",
  ...datasetSlugs().map((slug) => `/datasets/${slug}`),
];

// One test per page, spread over the workers: the pages share nothing.
test.describe("axe finds no violations", () => {
  test.describe.configure({ mode: "parallel" });
  for (const path of PATHS)
    test(`${path}, light and dark`, async ({ page }) => {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        if (/^\/(embed\/)?datasets\//.test(path)) await waitForCharts(page);
        expect(await violations(page), `${path} (${scheme})`).toEqual([]);
      }
    });
});

test("axe finds no violations in interactive states: filters, popover, filtered views, phone width", async ({
  page,
}) => {
  await page.goto(
    "/datasets/israel-oil-imports?f.basis=tanker+tracking&sort=value:desc&from=2018&to=2025&series.shares=Azerbaijan",
  );
  await waitForCharts(page);
  await page.locator(".column-filters summary").click();
  await page.locator("#row-f1-36-azerbaijan-share-2025 .quote-button").click();
  expect(await violations(page), "filters open, popover open").toEqual([]);
  await page.goto("/claims?verdict=not+supported");
  expect(await violations(page), "filtered claims").toEqual([]);
  await page.goto("/datasets/no-such-page");
  expect(await violations(page), "404").toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/datasets/arms-transfers");
  await waitForCharts(page);
  expect(await violations(page), "phone width").toEqual([]);
});
