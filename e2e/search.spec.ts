import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

type Row = Record<string, string>;

test("search from the keyboard: the header box, grouped results with marked words, a figure page", async ({
  page,
}) => {
  const deals = Papa.parse<Row>(await readFile("data/azerbaijan-israel-arms-deals.csv", "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data.filter((r) => Object.values(r).some((v) => /\bBarak/.test(v)));
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: /Search figures/ });
  await box.focus();
  await page.keyboard.type("Barak");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Barak$/);
  await expect(page.getByRole("status")).toContainText(/\d+ results for “Barak”/);
  // Grouped by kind; every group's results carry the word, marked.
  const groups = page.locator("section.search-group");
  await expect(groups.first()).toBeVisible();
  const kinds = await groups.locator("h2").allTextContents();
  expect(kinds.some((k) => k.startsWith("Figures"))).toBe(true);
  expect(kinds.some((k) => k.startsWith("Claims"))).toBe(true);
  await expect(page.locator(".search-hit mark").first()).toHaveText(/^Barak$/i);
  for (const d of deals)
    await expect(
      page.locator(`a[href="/datasets/azerbaijan-israel-arms-deals/${d.id}"]`),
    ).toHaveCount(1);

  // Tab from the search field reaches the results; Enter opens the figure's page.
  const firstHit = page.locator("a.search-hit").first();
  const href = await firstHit.getAttribute("href");
  await page.locator("#search-q").focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await firstHit.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(firstHit).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#]/g, "\\$&")}$`));
});

test("search says when nothing matches, and works on a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/search?q=zzzqqq");
  await expect(page.getByRole("status")).toContainText("Nothing matches “zzzqqq”");
  await page.goto("/search?q=Kpler");
  await expect(page.locator("a.search-hit").first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  // A kind's full list.
  await page.getByRole("link", { name: /^All \d+ figures/ }).click();
  await expect(page).toHaveURL(/kind=figure/);
  await expect(page.locator("section.search-group")).toHaveCount(1);
});

test("a chart mark leads to its figure's page", async ({ page }) => {
  await page.goto("/datasets/israel-oil-imports");
  // A reader's pointer reaches the chart before it clicks: the interactive chart replaces the
  // drawn one then, and a click racing that swap would land on a removed element.
  await page.locator("#chart-shares .chart-box").hover();
  await expect(page.locator("#chart-shares svg.recharts-surface")).toBeVisible();
  const mark = page.locator("#chart-shares svg a.mark-link").first();
  const href = await mark.getAttribute("href");
  expect(href).toMatch(/^\/datasets\/israel-oil-imports\/[a-z0-9-]+$/);
  const rowId = href!.split("/").pop()!;
  await expect(page.locator(`#chart-shares svg [data-row-id="${rowId}"]`).first()).toBeAttached();
  await mark.click({ force: true });
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(".figure-page")).toBeVisible();
});
