import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { partySlug } from "@/lib/sipri/world";
import { rowOf } from "./data";
import { expect, test } from "./fixtures";

type Row = Record<string, string>;

/** The committed yearly SIPRI totals, read independently of the app's code. */
async function transfers() {
  const text = await readFile("data/arms-transfers.csv", "utf8");
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data.map((r) => ({
    year: Number(r.year),
    supplier: r.supplier!,
    recipient: r.recipient!,
    tiv: Number(r.tiv_m),
  }));
}

function windowTotals(rows: Awaited<ReturnType<typeof transfers>>, from: number, to: number) {
  const exports = new Map<string, number>();
  let world = 0;
  for (const r of rows)
    if (r.year >= from && r.year <= to) {
      exports.set(r.supplier, (exports.get(r.supplier) ?? 0) + r.tiv);
      world += r.tiv;
    }
  return { exports, world };
}

const isState = (name: string) => !name.endsWith("*") && !/^unknown/i.test(name);

test("/countries lists every party, searches and sorts in the address, and downloads what it shows", async ({
  page,
}) => {
  const rows = await transfers();
  const names = new Set(rows.flatMap((r) => [r.supplier, r.recipient]));
  await page.goto("/countries");
  const table = page.locator("table#table-countries");
  await expect(table.locator("tbody tr")).toHaveCount(names.size);
  await expect(page.locator("table#table-countries[data-interactive]")).toBeAttached();
  await page.getByLabel("Find a supplier or recipient").fill("turk");
  await expect(page).toHaveURL(/q=turk/);
  const found = await table.locator("tbody tr td:first-child").allTextContents();
  expect(found).toEqual(
    [...names]
      .filter((n) => n.toLowerCase().includes("turk"))
      .map((n) => n.replace(/\*+$/, ""))
      .sort(),
  );
  await page.getByLabel("Find a supplier or recipient").fill("");
  // Largest exporter of the latest window first.
  const last = Math.max(...rows.map((r) => r.year));
  const { exports } = windowTotals(rows, last - 4, last);
  const top = [...exports].sort((a, b) => b[1] - a[1])[0]![0];
  await table.locator('th[data-key="exports"]').getByRole("button").click();
  await expect(table.locator('th[data-key="exports"]')).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort\.countries=exports%3Adesc/);
  await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText(
    top.replace(/\*+$/, ""),
  );
  await page.getByLabel("Find a supplier or recipient").fill("an");
  const shown = await table.locator("tbody tr td:first-child").allTextContents();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download this table (CSV)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("countries.csv");
  const csv = Papa.parse<Row>(await readFile((await download.path())!, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(csv.map((r) => r["Supplier or recipient"])).toEqual(shown);
});

test("a country page: world rank and share recomputed from the register, beside SIPRI's published figure", async ({
  page,
}) => {
  const rows = await transfers();
  const { exports, world } = windowTotals(rows, 2014, 2018);
  const israel = exports.get("Israel")!;
  const rank = [...exports].filter(([n, v]) => isState(n) && v > israel).length + 1;
  await page.goto("/countries/israel");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Israel");
  const row = page.locator('table#table-positions tr[data-key="2014–18"]');
  await expect(row.locator("td").nth(5)).toHaveText(`${((israel / world) * 100).toFixed(1)}%`);
  await expect(row.locator("td").nth(6)).toContainText(`#${rank} of `);
  // SIPRI's own figure for the same window sits beside it.
  const compare = page.locator("section.comparison");
  await expect(compare).toContainText("2014–18");
  const published = compare.locator('tr[data-key="Israel|exports|world|2014|2018"]');
  await expect(published.locator("td").nth(2)).toHaveText(
    "% of world arms exports; rank among exporters",
  );
  // SIPRI's published share and rank for 2014–18, as the data holds them; the recomputed share
  // is the one computed above.
  const sipri = rowOf("azerbaijan-arms-imports-published", "p2014-18-israel-world-share");
  await expect(published.locator("td").nth(3)).toContainText(
    `${sipri.share_pct}% (#${sipri.rank})`,
  );
  await expect(published.locator("td").nth(5)).toContainText(
    `${((israel / world) * 100).toFixed(1)}% (#${rank})`,
  );
  // Both directions have charts and partners; the partners download has both.
  await expect(page.locator("#imports-heading")).toBeVisible();
  await expect(page.locator("table#table-exports-partners tbody tr").first()).toBeVisible();
  const csv = await (await page.request.get("/countries/israel/partners.csv")).text();
  const partners = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true }).data;
  const india = partners.find((p) => p.direction === "exports" && p.partner === "India")!;
  const all = rows
    .filter((r) => r.supplier === "Israel" && r.recipient === "India")
    .reduce((a, r) => a + r.tiv, 0);
  const allYears = Object.entries(india).find(([k]) => /^\d{4}–\d{4} \(TIV m\)$/.test(k))!;
  expect(Number(allYears[1])).toBeCloseTo(all, 6);
});

test("a recipient that never exported says so; a non-state actor is marked and unranked", async ({
  page,
}) => {
  const rows = await transfers();
  const suppliers = new Set(rows.map((r) => r.supplier));
  const neverExported = [...new Set(rows.map((r) => r.recipient))].find(
    (n) => isState(n) && !suppliers.has(n),
  )!;
  await page.goto(`/countries/${partySlug(neverExported)}`);
  await expect(page.locator("#exports-heading + p.empty")).toContainText(
    `records no arms exports from ${neverExported}`,
  );
  await expect(page.locator("table#table-exports-partners")).toHaveCount(0);

  const actor = [...new Set(rows.map((r) => r.recipient))].find(
    (n) => /\*$/.test(n) && !n.endsWith("**"),
  )!;
  await page.goto(`/countries/${partySlug(actor)}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(non-state actor)");
  await expect(page.locator("table#table-positions")).toContainText("unranked");
});

test("an unknown country slug is a 404, for the page and its download", async ({
  page,
  request,
}) => {
  const res = await page.goto("/countries/no-such-country");
  expect(res?.status()).toBe(404);
  expect((await request.get("/countries/no-such-country/partners.csv")).status()).toBe(404);
});
