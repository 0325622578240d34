import { expect, test, waitForCharts } from "./fixtures";

test("the SIPRI pages put published shares beside recomputed ones, with the vintage", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/datasets/arms-transfers");
  await waitForCharts(page);
  const section = page.locator("section.comparison");
  await expect(
    section.getByRole("heading", { name: "Published vs recomputed shares" }),
  ).toBeVisible();
  const row = section.locator('tr[data-key="Azerbaijan|imports|Israel|2016|2020"]');
  await expect(row.locator("td").nth(3)).toContainText("69%");
  await expect(row.locator("td").nth(5)).toHaveText("67.7% (#1)");
  await expect(row.locator("td").nth(6)).toHaveText("−1.3 pp");
  // A published figure links to its row on the published dataset's page, which is highlighted.
  await row.locator("td").nth(3).getByRole("link").first().click();
  await expect(page).toHaveURL(
    /\/datasets\/azerbaijan-arms-imports-published#row-p2016-20-israel-azerbaijan-courrier$/,
  );
  await expect(page.locator("#row-p2016-20-israel-azerbaijan-courrier")).toBeInViewport();
  // 2017–21: published 61%, recomputed 59.3%.
  await expect(
    page.locator('section.comparison tr[data-key="Azerbaijan|imports|Israel|2017|2021"] td').nth(5),
  ).toHaveText("59.3% (#1)");
  await expect(page.locator("section.comparison")).toContainText("Barak MX");
  expect(consoleErrors).toEqual([]);
});

test("the deliveries table cites SIPRI with its data vintage", async ({ page, consoleErrors }) => {
  await page.goto("/datasets/arms-deliveries");
  await waitForCharts(page);
  await expect(page.locator(".subtitle")).toContainText("data generated 12 Feb 2026");
  const marker = page.locator("tbody tr").first().locator("a.footnote-ref");
  await marker.click();
  const note = page.locator(String(await marker.getAttribute("href")));
  await expect(note).toContainText(
    "SIPRI Arms Transfers Database: trade register (data generated 12 Feb 2026)",
  );
  await expect(note.locator("cite a")).toHaveAttribute(
    "href",
    "https://www.sipri.org/databases/armstransfers",
  );
  expect(consoleErrors).toEqual([]);
});
