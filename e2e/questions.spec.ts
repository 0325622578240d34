import Papa from "papaparse";
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";

type Row = Record<string, string>;

const oneDecimal = (v: string) =>
  Number(v).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The question's download, as a reader saves it from the page. */
async function download(page: import("@playwright/test").Page, name: RegExp): Promise<Row[]> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name }).click(),
  ]);
  const text = await readFile((await file.path())!, "utf8");
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

test("from the front page to the answer: what share in 2023, and is 40% true — the page and its download agree", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("link", { name: "How much of Israel's oil comes from Azerbaijan?" })
    .first()
    .click();
  await expect(page).toHaveURL(/\/questions\/azerbaijan-oil-to-israel$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "How much of Israel's oil comes from Azerbaijan?",
  );
  // The page opens with the computed answer: a share of consumption for a year, from customs.
  const figure = page.locator(".answer-figure");
  await expect(figure).toContainText(/of Israel’s oil consumption in \d{4}/);
  const lede = page.locator(".question-answer .lede").first();
  await expect(lede).toContainText("customs recorded");

  await expect(page.locator("table#table-estimates[data-interactive]")).toBeAttached();
  const rows = await download(page, /^CSV$/);
  expect(rows.length).toBeGreaterThan(20);
  // The lead figure is one of the download's official rows, with the same numbers.
  const leadHref = await figure.locator("a").getAttribute("href");
  const leadId = leadHref!.split("/").pop()!;
  const lead = rows.find((r) => r.row_id === leadId)!;
  expect(lead.official).toBe("yes");
  await expect(figure.locator(".answer-value")).toHaveText(
    `${oneDecimal(lead.pct_of_consumption!)}%`,
  );
  await expect(lede).toContainText(`${oneDecimal(lead.kbd!)} thousand b/d`);
  // Every row of the table is in the download: converted values to one decimal, or the reason.
  const table = page.locator("table#table-estimates tbody tr");
  await expect(table).toHaveCount(rows.length);
  for (const r of rows) {
    const cell = page.locator(`table#table-estimates tr[data-key="${r.row_id}"] td`).nth(3);
    if (r.kbd) await expect(cell).toContainText(oneDecimal(r.kbd));
    else {
      await expect(cell).toHaveText("not converted");
      expect(r.reason_not_converted, r.row_id).toBeTruthy();
    }
  }
  // The regional statistic is shown for what it is, never as a bound.
  const regional = page.locator(".regional-statistic");
  await expect(regional).toContainText("a published statistic that does not reconcile");
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/upper bound|regional bound|\bat most\b|ceiling/i);
});

test("a converted figure shows its arithmetic and leads to every input it used", async ({
  page,
}) => {
  const data = Papa.parse<Row>(await readFile("data/israel-oil-imports.csv", "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const customs = data.find((r) => r.id === "f1-42-azerbaijan-tonnes-2023-isranomics")!;
  await page.goto("/questions/azerbaijan-oil-to-israel");
  await page
    .locator(`table#table-estimates tr[data-key="${customs.id}"] td`)
    .nth(3)
    .locator("a")
    .click();
  await expect(page).toHaveURL(new RegExp(`/questions/azerbaijan-oil-to-israel/${customs.id}$`));
  const arithmetic = page.locator("ol.arithmetic");
  await expect(arithmetic).toContainText(`${customs.value} ${customs.unit}`);
  await expect(arithmetic).toContainText("barrels per tonne");
  await expect(arithmetic).toContainText("÷ 334 days");
  // The inputs: the estimate, the conversion factor and Israel's consumption, each a figure page.
  const inputs = page.locator("#inputs-heading + ul a");
  await expect(inputs).toHaveCount(3);
  for (const href of await inputs.evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
    expect((await page.request.get(href)).status(), href).toBe(200);
  await expect(page.locator("#caveats-heading + ul")).toContainText("two to three months");
  await inputs.first().click();
  await expect(page.locator(".figure-page")).toContainText("On one basis (computed by Flowledger)");
});

test("the arms question: SIPRI's published share beside the recomputed one, window by window, as downloaded", async ({
  page,
}) => {
  await page.goto("/datasets/azerbaijan-arms-imports-published");
  await page
    .getByRole("link", { name: "How much of Azerbaijan's arms come from Israel?" })
    .first()
    .click();
  await expect(page).toHaveURL(/\/questions\/israel-arms-to-azerbaijan$/);
  await expect(page.locator(".question-answer .lede").first()).toContainText(
    "recomputed from SIPRI's register",
  );
  await expect(page.locator("table#table-windows[data-interactive]")).toBeAttached();
  const rows = await download(page, /^CSV$/);
  await expect(page.locator("table#table-windows tbody tr")).toHaveCount(rows.length);
  for (const r of rows.filter((x) => x.recomputed_share_pct)) {
    const cells = page.locator(`table#table-windows tr[data-key="${r.window}"] td`);
    await expect(cells.nth(2)).toHaveText(`${oneDecimal(r.recomputed_share_pct!)}%`);
    if (r.published_share_pct)
      await expect(cells.nth(1)).toContainText(`${r.published_share_pct.split("; ")[0]}%`);
  }
  await expect(page.locator(".question-claims")).toContainText(
    "is not one of SIPRI's five-year windows",
  );
});

test("claims show themselves on the question's basis, their evidence split by quantity", async ({
  page,
}) => {
  await page.goto("/claims");
  const win = page.locator("article#p-win-2018-66");
  await expect(win.locator(".claim-basis")).toContainText("Converted");
  await expect(win.locator(".claim-basis a").first()).toHaveAttribute(
    "href",
    "/questions/azerbaijan-oil-to-israel",
  );
  const oil40 = page.locator("article#c-oil-40");
  await oil40.locator(".claim-evidence summary").click();
  await expect(oil40.locator(".claim-evidence")).toContainText("Of the same quantity as the claim");
  await expect(oil40.locator(".claim-evidence")).toContainText("Other quantities or sources");
  expect(await page.locator("main").innerText()).not.toMatch(/upper bound|regional bound|ceiling/i);
});

test("search finds the question; the flows page and the oil page lead to it", async ({ page }) => {
  await page.goto("/search?q=Israel+oil+Azerbaijan");
  await expect(page.locator("section.search-group").first()).toContainText(
    "Questions answered on one basis",
  );
  await page.goto("/flows");
  await expect(page.locator(".oil-link-basis a").first()).toHaveAttribute(
    "href",
    "/questions/azerbaijan-oil-to-israel",
  );
  expect(await page.locator("main").innerText()).not.toMatch(
    /upper bound|regional bound|\bat most\b|ceiling/i,
  );
  await page.goto("/datasets/israel-oil-imports");
  await expect(page.locator(".question-summary a").first()).toHaveAttribute(
    "href",
    "/questions/azerbaijan-oil-to-israel",
  );
});
