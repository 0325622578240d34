import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test, waitForCharts } from "./fixtures";

type Row = Record<string, unknown>;
const OIL = "/datasets/israel-oil-imports";
const EI = "/datasets/oil-consumption-production";

test("the regional statistic is shown apart, one year per year the data give, each figure leading to its row", async ({
  page,
}) => {
  await page.goto("/questions/azerbaijan-oil-to-israel");
  const section = page.locator(".regional-statistic");
  await expect(section.getByRole("heading", { level: 2 })).toContainText(
    "a published statistic that does not reconcile",
  );
  const trade = (await (
    await page.request.get("/datasets/crude-trade-between-regions/data.json")
  ).json()) as { rows: Row[] };
  const flows = trade.rows.filter(
    (r) => r.from === "Other CIS" && r.to === "Middle East" && r.kind === "crude",
  );
  await expect(section.locator(".regional-year h3")).toHaveText(
    flows.map((r) => String(r.year)).sort(),
  );
  for (const r of flows)
    await expect(section).toContainText(
      `${Number(r.value_mt).toFixed(2)} million tonnes of crude, Other CIS → Middle East, ${String(r.year)}`,
    );
  expect(await section.innerText()).not.toMatch(/bound|at most|ceiling/i);

  // Each published figure leads to its row, with the edition and the cell it names.
  const latest = flows.sort((a, b) => Number(b.year) - Number(a.year))[0]!;
  await section
    .getByRole("link", { name: new RegExp(`Other CIS → Middle East, ${String(latest.year)}$`) })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/datasets/crude-trade-between-regions/${String(latest.id)}$`),
  );
  await expect(page.locator(".figure-page")).toContainText(String(latest.edition));
  await expect(page.locator(".figure-page")).toContainText(String(latest.cell));

  // The oil page leads to the question instead of a table of its own; no bound anywhere.
  await page.goto(OIL);
  await expect(page.locator(".question-summary")).toContainText("customs recorded");
  expect(await page.locator("main").innerText()).not.toMatch(
    /upper bound|regional bound|\bat most\b|ceiling/i,
  );
});

test("the Energy Institute page shows both editions where they differ, and downloads what it shows", async ({
  page,
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
});

test("the EU register page: Azerbaijan's crude by buyer per year, monthly rows behind it", async ({
  page,
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
});

test("the ledger re-examines the Azerbaijan + Kazakhstan claim on the trackers' own totals, without the regional statistic", async ({
  page,
}) => {
  const ledger = (await (await page.request.get("/claims/data.json")).json()) as { rows: Row[] };
  const row = ledger.rows.find((r) => r.id === "c-oil-kz-60")!;
  await page.goto("/claims#c-oil-kz-60");
  const claim = page.locator("#c-oil-kz-60");
  await expect(claim.locator(".verdict").first()).toHaveText(String(row.verdict));
  await expect(claim).toContainText("as the ledger defines it");
  await expect(claim.locator('a[href*="crude-trade-between-regions"]')).toHaveCount(0);
  await expect(claim.locator('a[href="/questions/azerbaijan-oil-to-israel"]')).toHaveCount(1);
  expect(await claim.innerText()).not.toMatch(/bound|ceiling/i);
});
