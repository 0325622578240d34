import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test, waitForCharts } from "./fixtures";

type Row = Record<string, unknown>;
const OIL = "/datasets/israel-oil-imports";
const EI = "/datasets/oil-consumption-production";

test("the oil page sets each estimate against Israel's published consumption, the regional bound apart", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(OIL);
  // The table's sorting code arrives in its own chunk after the page's first load.
  await expect(page.locator("section.consumption-context table[data-interactive]")).toBeAttached();
  const section = page.locator("section.consumption-context");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText(
    "The estimates against Israel's published oil consumption",
  );
  await expect(section).toContainText("Computed by Flowledger, not stated by any source");
  // Sorting the computed column puts the largest share of consumption first.
  const computed = section.locator("th", { hasText: "In context (computed)" });
  await computed.getByRole("button").click();
  await expect(computed).toHaveAttribute("aria-sort", "descending");
  const results = await section.locator("tbody tr td:nth-child(4)").allTextContents();
  expect(
    results.filter((t) => /% of Israel's oil consumption|b\/d/.test(t)).length,
  ).toBeGreaterThan(10);
  expect(results.some((t) => t.startsWith("Not computed: "))).toBe(true);

  // The bound is drawn apart, labelled as a bound, one bar per year the data give.
  const bound = section.locator(".regional-bound");
  await expect(bound).toContainText("regional upper bound");
  await expect(bound).toContainText("Not the bilateral flow");
  const trade = (await (
    await page.request.get("/datasets/crude-trade-between-regions/data.json")
  ).json()) as { rows: Row[] };
  const years = trade.rows
    .filter((r) => r.from === "Other CIS" && r.to === "Middle East" && r.kind === "crude")
    .map((r) => String(r.year))
    .sort();
  await expect(bound.locator(".bound-row .bound-year")).toHaveText(years);
  for (const label of await bound.locator(".bound-label").allTextContents())
    expect(label).toMatch(/^at most \d+\.\d% of Israel's oil consumption \(about [\d,]+ b\/d\)$/);

  // Each figure used leads to its row, with the edition and the cell it names.
  const link = bound.getByRole("link", { name: /^Consumption: 2024 edition, / }).last();
  const [, cell] = (await link.textContent())!.split("!");
  await link.click();
  await expect(page).toHaveURL(
    /\/datasets\/oil-consumption-production#row-israel-consumption-kbd-\d{4}-2024$/,
  );
  const row = page.locator(`#${page.url().split("#")[1]}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText("Israel");
  await expect(row).toContainText("2024 edition");
  await expect(row).toContainText(cell!);

  // The share disagreement views carry the same bound, apart from their charts.
  await page.goto(OIL);
  await expect(
    page.locator("#disagreement-azerbaijan-kazakhstan-oil-share .regional-bound"),
  ).toContainText("regional upper bound");
  expect(consoleErrors).toEqual([]);
});

test("the Energy Institute page shows both editions where they differ, and downloads what it shows", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(EI);
  expect(await waitForCharts(page)).toBeGreaterThan(1);
  const chart = page.locator(".chart-figure").first();
  await expect(
    page.getByRole("heading", {
      name: "Israel's oil consumption, by edition of the Statistical Review",
    }),
  ).toBeVisible();
  const data = (await (await page.request.get(`${EI}/data.json`)).json()) as { rows: Row[] };
  const israel = data.rows.filter(
    (r) => r.entity === "Israel" && r.measure === "consumption" && r.unit === "thousand b/d",
  );
  const editions = [...new Set(israel.map((r) => String(r.edition)))].sort().reverse();
  // Both editions are in the legend because some year was revised (a row of the older edition).
  expect(editions.length).toBe(2);
  for (const e of editions) await expect(chart.getByText(e, { exact: true }).first()).toBeVisible();

  // Searching for Israel narrows the table; "this view" downloads exactly those rows.
  await page.getByLabel("Search rows").fill("Israel");
  await expect(page.locator(".count")).toContainText("Showing");
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download view CSV" }).click();
  const download = await pending;
  const parsed = Papa.parse<Record<string, string>>(
    await readFile((await download.path())!, "utf8"),
    {
      header: true,
      skipEmptyLines: "greedy",
    },
  );
  expect(parsed.data.length).toBeGreaterThan(100);
  for (const r of parsed.data) expect(r.entity).toBe("Israel");
  expect(parsed.meta.fields).toEqual(
    expect.arrayContaining(["edition", "same_in", "sheet", "cell", "value", "unit"]),
  );
  // A revised year: one row per edition, each with its own cell, the figure unrounded.
  const revised = israel.find((r) => r.edition !== editions[0])!;
  const pair = parsed.data.filter(
    (r) =>
      r.year === String(revised.year) && r.measure === "consumption" && r.unit === "thousand b/d",
  );
  expect(pair.map((r) => r.edition).sort()).toEqual([...editions].sort());
  expect(pair.find((r) => r.edition === revised.edition)!.value).toBe(String(revised.value));
  expect(consoleErrors).toEqual([]);
});

test("the EU register page: Azerbaijan's crude by buyer per year, monthly rows behind it", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/datasets/eu-crude-imports");
  expect(await waitForCharts(page)).toBe(1);
  const chart = page.locator(".chart-box").first();
  const data = (await (await page.request.get("/datasets/eu-crude-imports/data.json")).json()) as {
    rows: Row[];
  };
  // The largest buyer over the years leads the legend.
  const byImporter = new Map<string, number>();
  for (const r of data.rows.filter((x) => x.origin === "Azerbaijan"))
    byImporter.set(
      String(r.importer),
      (byImporter.get(String(r.importer)) ?? 0) + Number(r.volume_kbbl),
    );
  const top = [...byImporter].sort((a, b) => b[1] - a[1])[0]![0];
  await expect(
    page.locator(".chart-figure").first().locator(".legend, [class*=legend]").first(),
  ).toContainText(top);
  await expect(chart).toBeVisible();
  // Confidential cells are empty in the table, never zero.
  const confidential = data.rows.find(
    (r) => r.confidential === "confidential" && r.value_kusd === undefined,
  )!;
  await page.goto(`/datasets/eu-crude-imports#row-${String(confidential.id)}`);
  const row = page.locator(`#row-${String(confidential.id)}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText("confidential");
  expect(consoleErrors).toEqual([]);
});

test("the ledger re-examines the Azerbaijan + Kazakhstan claim with the regional bound", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/claims#c-oil-kz-60");
  const claim = page.locator("#c-oil-kz-60");
  await expect(claim).toContainText("half supported");
  await expect(claim).toContainText("What the bound cannot show");
  await expect(
    claim.locator('a[href*="crude-trade-between-regions/crude-other-cis-to-middle-east-2023"]'),
  ).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});
