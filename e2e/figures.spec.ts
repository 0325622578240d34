import { numberText, rowsOf, vintageText } from "./data";
import { expect, test } from "./fixtures";

test("a figure's page, from its table row: the number, the marked quote, the lineage, and a citation that copies", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const rows = rowsOf("israel-oil-imports");
  const row = rows.find((r) => r.id === "f1-35-azerbaijan-bd-2025")!;
  await page.goto(`/datasets/israel-oil-imports?q=94&tab=table#row-${row.id}`);
  await page.locator(`tr#row-${row.id} a.figure-link`).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/israel-oil-imports/${row.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(row.supplier!);
  await expect(page.locator(".figure-value strong")).toContainText(numberText(row.value!));
  await expect(page.locator(".figure-quote")).toHaveText(row.quote!);
  await expect(page.locator(".figure-quote mark").first()).toBeVisible();
  // One measurement reported by several rows (the same original, quantity and period): the
  // lineage counts them and links every other one.
  const others = rows.filter(
    (r) =>
      r.id !== row.id &&
      r.original === row.original &&
      r.unit === row.unit &&
      r.period_label === row.period_label,
  );
  expect(others.length).toBeGreaterThan(0);
  await expect(page.locator(".lineage")).toContainText(`reported ${others.length + 1} times`);
  for (const other of others)
    await expect(
      page.locator(`.lineage a[href="/datasets/israel-oil-imports/${other.id}"]`),
    ).toBeVisible();
  await expect(page.locator(".citations[data-ready]")).toBeAttached();
  await page.getByRole("button", { name: "Copy the APA citation" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("Flowledger.");
  expect(copied).toContain(`/datasets/israel-oil-imports/${row.id}`);
  expect(copied).toContain("Israel's oil imports by supplier");
  expect(copied).toMatch(/Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from http/);
});

test("an imported figure's citation names its vintage; an unknown row is a 404", async ({
  page,
  request,
}) => {
  const row = rowsOf("arms-transfers").find(
    (r) => r.supplier === "Israel" && r.recipient === "Azerbaijan",
  )!;
  const vintage = vintageText("arms-transfers");
  await page.goto(`/datasets/arms-transfers/${row.id}`);
  await expect(page.locator(".figure-page")).toContainText(`Vintage: ${vintage}`);
  await expect(page.locator(".citation pre").first()).toContainText(vintage);
  expect((await request.get("/datasets/arms-transfers/no-such-row")).status()).toBe(404);
  expect((await request.get("/datasets/arms-transfers/data.csv")).status()).toBe(200);
});

test("a dataset and the ledger cite themselves with the page's own address; the BibTeX file downloads", async ({
  page,
  baseURL,
}) => {
  const vintage = vintageText("arms-transfers");
  await page.goto("/datasets/arms-transfers");
  const cite = page.locator('section[aria-labelledby="cite-heading"]');
  // The browser puts its own origin in front of the page's path.
  await expect(cite.locator("pre").first()).toContainText(`${baseURL}/datasets/arms-transfers`);
  await expect(cite.locator("pre").first()).toContainText(vintage);
  const bib = await (await page.request.get("/datasets/arms-transfers/citation.bib")).text();
  expect(bib).toMatch(/^@misc\{flowledger-arms-transfers,/);
  expect(bib).toContain(`\\url{${baseURL}/datasets/arms-transfers}`);
  expect(bib).toContain(vintage);
  await page.goto("/claims");
  await expect(page.locator('section[aria-labelledby="cite-heading"] pre').first()).toContainText(
    `${baseURL}/claims`,
  );
});
