import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { catalog, expect, test, waitForCharts } from "./fixtures";

const OIL = "/datasets/israel-oil-imports";

async function shownIds(page: Page) {
  return page
    .locator("table.dataset-rows tbody tr:not(.unit-group)")
    .evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^row-/, "")));
}

async function downloadText(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent("download");
  await click();
  const download = await pending;
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, "utf8"),
    path: (await download.path())!,
  };
}

test("a filtered, sorted view round-trips through its address, and both downloads match it", async ({
  page,
  browser,
}) => {
  await page.goto(OIL);
  // Narrow to Azerbaijan, 2018–2025, sorted by value, largest first.
  await page.locator(".column-filters summary").click();
  await page
    .locator('fieldset[data-filter="supplier"]')
    .getByLabel(/^Azerbaijan \(/)
    .check();
  await page.getByLabel("from", { exact: true }).fill("2018");
  await page.getByLabel("to", { exact: true }).fill("2025");
  await page.locator('th[data-key="value"] button').click();
  await expect(page.locator('th[data-key="value"]')).toHaveAttribute("aria-sort", "descending");
  const ids = await shownIds(page);
  expect(ids.length).toBeGreaterThan(5);
  expect(ids.length).toBeLessThan(40);
  const url = page.url();
  expect(url).toContain("f.supplier=Azerbaijan");
  expect(url).toContain("from=2018");
  expect(url).toContain("sort=value%3Adesc");
  // The total is the data's own, so adding a row does not break the test.
  const total = (await catalog(page)).find((d) => d.page === OIL)!.rowCount;
  await expect(page.locator(".count")).toHaveText(`Showing ${ids.length} of ${total} rows`);

  // A colleague opening the link sees the same rows in the same order.
  const other = await browser.newPage();
  await other.goto(url);
  await expect(other.locator(".count")).toHaveText(`Showing ${ids.length} of ${total} rows`);
  expect(await shownIds(other)).toEqual(ids);
  await expect(other.locator('th[data-key="value"]')).toHaveAttribute("aria-sort", "descending");
  await expect(other.getByLabel("from", { exact: true })).toHaveValue("2018");
  await other.close();

  // "This view" is exactly the rows on screen, with every column; "Full dataset" is all rows.
  const view = await downloadText(page, () =>
    page.getByRole("button", { name: "Download view CSV" }).click(),
  );
  expect(view.name).toBe("israel-oil-imports.filtered.csv");
  const viewRows = Papa.parse<Record<string, string>>(view.text, {
    header: true,
    skipEmptyLines: "greedy",
  });
  expect(viewRows.data.map((r) => r.id)).toEqual(ids);
  expect(viewRows.meta.fields).toContain("quote");
  for (const r of viewRows.data) expect(r.supplier).toBe("Azerbaijan");
  // The Excel-ready copy of the view: the same bytes after a UTF-8 byte-order mark.
  const excel = await downloadText(page, () =>
    page.getByRole("button", { name: "view for Excel" }).click(),
  );
  expect(excel.name).toBe("israel-oil-imports.filtered.excel.csv");
  const bytes = await readFile(excel.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8")).toBe(view.text);
  const viewJson = await downloadText(page, () =>
    page.getByRole("button", { name: "view JSON" }).click(),
  );
  expect(viewJson.name).toBe("israel-oil-imports.filtered.json");
  expect(JSON.parse(viewJson.text).rows.map((r: { id: string }) => r.id)).toEqual(ids);
  const full = await downloadText(page, () =>
    page.getByRole("link", { name: "Download CSV" }).click(),
  );
  expect(full.name).toBe("israel-oil-imports.csv");
  expect(Papa.parse(full.text, { header: true, skipEmptyLines: "greedy" }).data).toHaveLength(
    total,
  );
});

test("invalid view parameters are ignored, not an error page", async ({ page }) => {
  const res = await page.goto(
    `${OIL}?sort=nope:up&f.value=abc..def&page=-1&size=9999&from=20x&tab=<b>&series.shares=Nobody`,
  );
  expect(res?.status()).toBe(200);
  const total = (await catalog(page)).find((d) => d.page === OIL)!.rowCount;
  await expect(page.locator(".count")).toHaveText(`Showing ${total} of ${total} rows`);
  await expect(page.locator("table.dataset-rows tbody tr")).toHaveCount(50);
});

test("chart exports carry the title and the source line; the legend picks series", async ({
  page,
}) => {
  await page.goto(OIL);
  await waitForCharts(page);
  const figure = page.locator("#chart-shares");
  const title = (await figure.locator("h3").textContent())!;
  const svg = await downloadText(page, () =>
    figure.getByRole("button", { name: "Export SVG" }).click(),
  );
  expect(svg.name).toBe("israel-oil-imports-shares.svg");
  expect(svg.text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.text).toContain(title.replace(/'/g, "&apos;"));
  // The source line travels with the file: publishers by name, how many more, and the page.
  expect(svg.text).toMatch(/Sources: [^<]+ \(\d{4}\)[^<]* and \d+ more\./);
  expect(svg.text).toContain(`Flowledger, ${new URL(page.url()).origin}${OIL}`);
  expect(svg.text).not.toContain("numbered under the table");
  const png = await downloadText(page, () =>
    figure.getByRole("button", { name: "Export PNG" }).click(),
  );
  expect(png.name).toBe("israel-oil-imports-shares.png");
  const bytes = await readFile(png.path);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(20_000);

  // Hiding a series removes its points and is remembered in the address.
  const russia = figure.getByRole("button", { name: /^Russia · / });
  await expect(russia).toHaveAttribute("aria-pressed", "true");
  const before = await figure.locator("[data-row-id]").count();
  await russia.click();
  await expect(russia).toHaveAttribute("aria-pressed", "false");
  await expect(figure.locator("[data-row-id]")).toHaveCount(before - 1);
  const shown = new URL(page.url()).searchParams.get("series.shares")!.split("|");
  expect(shown.some((s) => s.startsWith("Azerbaijan · "))).toBe(true);
  expect(shown.some((s) => s.startsWith("Russia · "))).toBe(false);
});

test("a chart exported in dark mode comes out on a light background; the page stays dark", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(OIL);
  await waitForCharts(page);
  const root = page.locator("html");
  await expect(root).toHaveAttribute("data-theme", "dark");
  const pageBg = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue("--bg").trim(),
  );
  const svg = await downloadText(page, () =>
    page.locator("#chart-shares").getByRole("button", { name: "Export SVG" }).click(),
  );
  const background = /<rect width="100%" height="100%" fill="([^"]+)"\/>/.exec(svg.text)![1]!;
  expect(background).not.toBe(pageBg);
  // Light: each colour channel of the background is near white.
  const channels = background.match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16));
  expect(Math.min(...channels)).toBeGreaterThan(0xe0);
  // The estimates legend keeps each series' marker shape (a path, not a square swatch).
  expect(svg.text).toMatch(/<path d="[^"]+" fill="[^"]+"\/><text[^>]*>Azerbaijan · /);
  await expect(root).toHaveAttribute("data-theme", "dark");
});

test("keyboard only: tab to the download, take it, sort by a heading, open a footnote", async ({
  page,
}) => {
  await page.goto(OIL);
  const focusOn = async (selector: string, max = 600) => {
    const target = page.locator(selector).first();
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`could not reach ${selector} with Tab`);
  };
  await focusOn('a[download="israel-oil-imports.csv"]');
  const pending = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await pending).suggestedFilename()).toBe("israel-oil-imports.csv");

  await focusOn('th[data-key="value"] button');
  await page.keyboard.press("Enter");
  await expect(page.locator('th[data-key="value"]')).toHaveAttribute("aria-sort", "descending");
  await page.keyboard.press("Enter");
  await expect(page.locator('th[data-key="value"]')).toHaveAttribute("aria-sort", "ascending");

  await focusOn("table.dataset-rows tbody a.footnote-ref");
  const href = await page.evaluate(() =>
    (document.activeElement as HTMLAnchorElement).getAttribute("href"),
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href!)).toBeInViewport();
  // The quote popover opens from the keyboard too, and Escape closes it.
  await focusOn("table.dataset-rows tbody .quote-button");
  await page.keyboard.press("Enter");
  await expect(page.locator(".quote-popover:popover-open")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".quote-popover:popover-open")).toHaveCount(0);
});

test("the charts/table switch is part of the address", async ({ page }) => {
  await page.goto(`${OIL}?tab=table`);
  await expect(page.getByRole("button", { name: "Table", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.locator("#chart-shares")).toBeHidden();
  await expect(page.locator("table.dataset-rows")).toBeVisible();
  await page.getByRole("button", { name: "Charts", exact: true }).click();
  await expect(page).toHaveURL(/\?tab=chart$/);
  await expect(page.locator("table.dataset-rows")).toBeHidden();
  await expect(page.locator("#chart-shares svg.static-chart")).toBeVisible();
});

test("a reversed year range shows the same rows and marks as the range the right way round", async ({
  page,
}) => {
  const total = (await catalog(page)).find((d) => d.page === OIL)!.rowCount;
  const marks = async (query: string) => {
    await page.goto(`${OIL}?${query}`);
    await waitForCharts(page);
    // The view applies once the page has hydrated: the table then shows fewer than all rows.
    await expect(page.locator(".count")).not.toHaveText(`Showing ${total} of ${total} rows`);
    return {
      rows: await shownIds(page),
      marks: await page
        .locator("#chart-shares svg [data-row-id]")
        .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-row-id"))),
    };
  };
  const right = await marks("from=2018&to=2025");
  const reversed = await marks("from=2025&to=2018");
  expect(right.marks.length).toBeGreaterThan(3);
  expect(reversed).toEqual(right);
});
