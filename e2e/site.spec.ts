import { catalog, expect, test } from "./fixtures";

test("an unknown dataset is a 404 page, for the page and its downloads", async ({
  page,
  request,
}) => {
  const res = await page.goto("/datasets/no-such-dataset");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect((await request.get("/datasets/no-such-dataset/data.csv")).status()).toBe(404);
  expect((await request.get("/datasets/no-such-dataset/data.json")).status()).toBe(404);
});

test("every source a dataset cites has its anchor on /sources", async ({ page }) => {
  const datasets = await catalog(page);
  await page.goto("/sources");
  for (const d of datasets) {
    const json = await (await page.request.get(d.json)).json();
    for (const s of json.sources as { id: string; title: string }[]) {
      await expect(page.locator(`li[id="${s.id}"]`)).toContainText(s.title);
    }
  }
  const first = page.locator(".source-list > li").first();
  const id = await first.getAttribute("id");
  await page.goto(`/sources#${id}`);
  await expect(page.locator(`li[id="${id}"]`)).toBeInViewport();
});

test("pages fit a 360 px phone screen, and embeds a 320 px column, without sideways scrolling", async ({
  page,
}) => {
  for (const path of ["/embed/datasets/israel-oil-imports/shares", "/embed/flows/corridor"]) {
    await page.setViewportSize({ width: 320, height: 600 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    "/",
    "/search?q=Kpler",
    "/flows",
    "/countries",
    "/countries/israel",
    "/datasets/israel-oil-imports/f1-35-azerbaijan-bd-2025",
    "/questions",
    "/questions/azerbaijan-oil-to-israel",
    "/questions/azerbaijan-oil-to-israel/f1-42-azerbaijan-tonnes-2023-isranomics",
    "/questions/israel-arms-to-azerbaijan",
    "/sources",
    "/datasets/israel-oil-imports",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the table can be sorted with the keyboard alone", async ({ page }) => {
  await page.goto("/datasets/azerbaijan-arms-imports-published");
  const header = page.locator('thead th[data-key="share_pct"]');
  const button = header.getByRole("button");
  // Start keyboard navigation at the table's caption, then Tab until the Share heading's button has focus.
  await page.locator("table.dataset-rows caption").click();
  for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await page.keyboard.press("Space");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
});
