import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

type Row = Record<string, string>;

test("a figure's page, from its table row: the number, the marked quote, the lineage, and a citation that copies", async ({
  page,
  context,
  consoleErrors,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const rows = Papa.parse<Row>(await readFile("data/israel-oil-imports.csv", "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const row = rows.find((r) => r.id === "f1-35-azerbaijan-bd-2025")!;
  await page.goto(`/datasets/israel-oil-imports?q=94&tab=table#row-${row.id}`);
  await page.locator(`tr#row-${row.id} a.figure-link`).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/israel-oil-imports/${row.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(row.supplier!);
  await expect(page.locator(".figure-value strong")).toContainText("94,000");
  await expect(page.locator(".figure-quote")).toHaveText(row.quote!);
  await expect(page.locator(".figure-quote mark").first()).toBeVisible();
  // One measurement, two reports: the lineage links the other one.
  const lead = rows.find((r) => r.id === "f1-35-azerbaijan-bd-2025")!;
  await expect(page.locator(".lineage")).toContainText("reported 2 times");
  await expect(
    page.locator(`.lineage a[href="/datasets/israel-oil-imports/${lead.id}"]`),
  ).toBeVisible();
  await expect(page.locator(".citations[data-ready]")).toBeAttached();
  await page.getByRole("button", { name: "Copy the APA citation" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("Flowledger.");
  expect(copied).toContain(`/datasets/israel-oil-imports/${row.id}`);
  expect(copied).toContain("Israel's oil imports by supplier");
  expect(copied).toMatch(/Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from http/);
  expect(consoleErrors).toEqual([]);
});

test("an imported figure's citation names its vintage; an unknown row is a 404", async ({
  page,
  request,
}) => {
  const rows = Papa.parse<Row>(await readFile("data/arms-transfers.csv", "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const row = rows.find((r) => r.supplier === "Israel" && r.recipient === "Azerbaijan")!;
  await page.goto(`/datasets/arms-transfers/${row.id}`);
  await expect(page.locator(".figure-page")).toContainText("Vintage: data generated 12 Feb 2026");
  await expect(page.locator(".citation pre").first()).toContainText("data generated 12 Feb 2026");
  expect((await request.get("/datasets/arms-transfers/no-such-row")).status()).toBe(404);
  expect((await request.get("/datasets/arms-transfers/data.csv")).status()).toBe(200);
});

test("a dataset and the ledger cite themselves with the page's own address; the BibTeX file downloads", async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  await page.goto("/datasets/arms-transfers");
  const cite = page.locator('section[aria-labelledby="cite-heading"]');
  // The browser puts its own origin in front of the page's path.
  await expect(cite.locator("pre").first()).toContainText(`${baseURL}/datasets/arms-transfers`);
  await expect(cite.locator("pre").first()).toContainText("data generated 12 Feb 2026");
  const bib = await (await page.request.get("/datasets/arms-transfers/citation.bib")).text();
  expect(bib).toMatch(/^@misc\{flowledger-arms-transfers,/);
  expect(bib).toContain(`\\url{${baseURL}/datasets/arms-transfers}`);
  expect(bib).toContain("data generated 12 Feb 2026");
  await page.goto("/claims");
  await expect(page.locator('section[aria-labelledby="cite-heading"] pre').first()).toContainText(
    `${baseURL}/claims`,
  );
  expect(consoleErrors).toEqual([]);
});
