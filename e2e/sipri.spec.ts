import { vintageText } from "./data";
import { expect, test, waitForCharts } from "./fixtures";

interface TransferRow {
  year: number;
  supplier: string;
  recipient: string;
  tiv_m: number;
}

/** A supplier's share of a recipient's imports over a window, computed from the transfers data. */
function share(rows: TransferRow[], supplier: string, recipient: string, from: number, to: number) {
  const inWindow = rows.filter((r) => r.recipient === recipient && r.year >= from && r.year <= to);
  const total = inWindow.reduce((s, r) => s + r.tiv_m, 0);
  const part = inWindow.filter((r) => r.supplier === supplier).reduce((s, r) => s + r.tiv_m, 0);
  return (part / total) * 100;
}

test("the SIPRI pages put published shares beside recomputed ones, with the vintage", async ({
  page,
}) => {
  const transfers = (await (await page.request.get("/datasets/arms-transfers/data.json")).json())
    .rows as TransferRow[];
  const published = (
    await (await page.request.get("/datasets/azerbaijan-arms-imports-published/data.json")).json()
  ).rows as { id: string; share_pct?: number }[];
  const published2016 = published.find((r) => r.id === "p2016-20-israel-azerbaijan-courrier")!;

  await page.goto("/datasets/arms-transfers");
  await waitForCharts(page);
  const section = page.locator("section.comparison");
  await expect(
    section.getByRole("heading", { name: "Published vs recomputed shares" }),
  ).toBeVisible();
  const row = section.locator('tr[data-key="Azerbaijan|imports|Israel|2016|2020"]');
  const recomputed = share(transfers, "Israel", "Azerbaijan", 2016, 2020);
  await expect(row.locator("td").nth(3)).toContainText(`${published2016.share_pct}%`);
  await expect(row.locator("td").nth(5)).toHaveText(`${recomputed.toFixed(1)}% (#1)`);
  const diff = recomputed - published2016.share_pct!;
  await expect(row.locator("td").nth(6)).toHaveText(
    `${diff > 0 ? "+" : "−"}${Math.abs(diff).toFixed(1)} pp`,
  );
  // A published figure links to its row on the published dataset's page, which is highlighted.
  await row.locator("td").nth(3).getByRole("link").first().click();
  await expect(page).toHaveURL(
    /\/datasets\/azerbaijan-arms-imports-published#row-p2016-20-israel-azerbaijan-courrier$/,
  );
  await expect(page.locator("#row-p2016-20-israel-azerbaijan-courrier")).toBeInViewport();
  await expect(
    page.locator('section.comparison tr[data-key="Azerbaijan|imports|Israel|2017|2021"] td').nth(5),
  ).toHaveText(`${share(transfers, "Israel", "Azerbaijan", 2017, 2021).toFixed(1)}% (#1)`);
  await expect(page.locator("section.comparison")).toContainText("Barak MX");
});

test("the published-vs-recomputed table sorts by every column, the difference too, in the address", async ({
  page,
}) => {
  await page.goto("/datasets/azerbaijan-arms-imports-published");
  // The table's sorting code arrives in its own chunk after the page's first load.
  await expect(page.locator("section.comparison table[data-interactive]")).toBeAttached();
  const table = page.locator("section.comparison table");
  const headers = table.locator("thead th");
  const count = await headers.count();
  expect(count).toBe(7);
  for (let i = 0; i < count; i++) {
    const th = headers.nth(i);
    const numeric = (await th.getAttribute("class"))?.includes("num") ?? false;
    await th.getByRole("button").click();
    await expect(th).toHaveAttribute("aria-sort", numeric ? "descending" : "ascending");
    const key = (await th.getAttribute("data-key"))!;
    expect(page.url()).toContain(`sort.compare=${key}%3A${numeric ? "desc" : "asc"}`);
    const values = (
      await table
        .locator(`tbody td:nth-child(${i + 1})`)
        .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-value") ?? ""))
    ).filter((v) => v !== "");
    const keys = numeric ? values.map(Number) : values;
    const sorted = [...keys].sort((a, b) =>
      typeof a === "number" && typeof b === "number"
        ? b - a
        : String(a).localeCompare(String(b), "en"),
    );
    expect(keys, key).toEqual(sorted);
    // Missing values (no published figure, no difference) sit at the bottom.
    const last = await table
      .locator(`tbody tr:last-child td:nth-child(${i + 1})`)
      .getAttribute("data-value");
    if (values.length < (await table.locator("tbody tr").count())) expect(last).toBe("");
  }
  // The loop ended sorted by the difference, largest first; once more gives smallest first.
  const diff = table.locator('th[data-key="difference"]');
  await expect(diff).toHaveAttribute("aria-sort", "descending");
  await diff.getByRole("button").click();
  await expect(diff).toHaveAttribute("aria-sort", "ascending");
  const asc = (
    await table
      .locator("tbody td:nth-child(7)")
      .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-value") ?? ""))
  )
    .filter((v) => v !== "")
    .map(Number);
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  expect(asc.length).toBeGreaterThan(5);
  // A third click returns to the table's own order.
  await diff.getByRole("button").click();
  await expect(diff).toHaveAttribute("aria-sort", "none");
});

test("the deliveries table cites SIPRI with its data vintage", async ({ page }) => {
  const vintage = vintageText("arms-deliveries");
  await page.goto("/datasets/arms-deliveries");
  await waitForCharts(page);
  await expect(page.locator(".subtitle")).toContainText(vintage);
  const marker = page.locator("tbody tr").first().locator("a.footnote-ref");
  await marker.click();
  const note = page.locator(String(await marker.getAttribute("href")));
  await expect(note).toContainText(`SIPRI Arms Transfers Database: trade register (${vintage})`);
  await expect(note.locator("cite a")).toHaveAttribute(
    "href",
    "https://www.sipri.org/databases/armstransfers",
  );
});
