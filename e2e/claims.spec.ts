import { expect, test, waitForCharts } from "./fixtures";

interface LedgerJson {
  rowCount: number;
  rows: { id: string; verdict: string; evidence?: string[] }[];
}

test("the claims ledger lists every claim, each with an anchor, a verdict and a download", async ({
  page,
  consoleErrors,
}) => {
  const ledger = (await (await page.request.get("/claims/data.json")).json()) as LedgerJson;
  expect(ledger.rowCount).toBe(23);
  await page.goto("/claims");
  const rows = page.locator("table.claims-table tbody tr");
  await expect(rows).toHaveCount(ledger.rowCount);
  await expect(page.locator(".count")).toHaveText(
    `Showing ${ledger.rowCount} of ${ledger.rowCount} claims`,
  );
  for (const claim of ledger.rows) {
    await expect(page.locator(`tr[id="${claim.id}"]`)).toHaveAttribute(
      "data-verdict",
      claim.verdict,
    );
  }
  const csv = await page.request.get("/claims/data.csv");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="claims.csv"');
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^id,source_id,topic,quote,/);
  expect(consoleErrors).toEqual([]);
});

test("filtering by verdict and sorting by date work, and the view survives a reload", async ({
  page,
  consoleErrors,
}) => {
  const ledger = (await (await page.request.get("/claims/data.json")).json()) as LedgerJson;
  const expected = ledger.rows.filter((r) => r.verdict === "not supported").map((r) => r.id);
  await page.goto("/claims");
  await page.getByLabel("Verdict").selectOption("not supported");
  const rows = page.locator("table.claims-table tbody tr");
  await expect(rows).toHaveCount(expected.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.id).sort())).toEqual(
    [...expected].sort(),
  );
  await expect(page.locator(".count")).toHaveText(
    `Showing ${expected.length} of ${ledger.rowCount} claims`,
  );
  await expect(page).toHaveURL(/\?verdict=not\+supported$/);
  await page.reload();
  await expect(rows).toHaveCount(expected.length);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(ledger.rowCount);

  const dateHeader = page.locator('th[data-key="date"]');
  await dateHeader.getByRole("button").click();
  await expect(dateHeader).toHaveAttribute("aria-sort", "ascending");
  const dates = (
    await page
      .locator("table.claims-table tbody td[data-value]")
      .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-value") ?? ""))
  ).filter((d) => d !== "");
  expect(dates.length).toBeGreaterThan(10);
  expect(dates).toEqual([...dates].sort());
  // The sort is in the address, like the dataset tables': a reload or a shared link keeps it.
  await expect(page).toHaveURL(/[?&]sort=date%3Aasc/);
  await page.reload();
  await expect(dateHeader).toHaveAttribute("aria-sort", "ascending");
  expect(consoleErrors).toEqual([]);
});

test("a claim's evidence link lands on the highlighted row it rests on", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/claims#c-arms-69");
  const claim = page.locator('tr[id="c-arms-69"]');
  await expect(claim).toBeInViewport();
  const link = claim.locator("td.evidence a").first();
  const href = await link.getAttribute("href");
  expect(href).toBe(
    "/datasets/azerbaijan-arms-imports-published#row-p2016-20-israel-azerbaijan-courrier",
  );
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[#/]/g, "\\$&")}$`));
  const row = page.locator("#row-p2016-20-israel-azerbaijan-courrier");
  await expect(row).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(
    "row-p2016-20-israel-azerbaijan-courrier",
  );
  const background = await row.evaluate((tr) => getComputedStyle(tr).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  await expect(row.locator("td").nth(3)).toHaveText("69%");
  expect(consoleErrors).toEqual([]);
});

test("the disagreement chart for Azerbaijan's oil share draws one point per estimate in the data", async ({
  page,
  consoleErrors,
}) => {
  const json = await (await page.request.get("/datasets/israel-oil-imports/data.json")).json();
  const spec = json.sections
    .flatMap((s: { views?: { id: string }[] }) => s.views ?? [])
    .find((d: { id: string }) => d.id === "azerbaijan-oil-share");
  const expected = (json.rows as Record<string, unknown>[])
    .filter((r) =>
      Object.entries(spec.where as Record<string, string[]>).every(([k, vals]) =>
        vals.includes(String(r[k])),
      ),
    )
    .map((r) => String(r.id))
    .sort();
  expect(expected.length).toBe(9);

  await page.goto("/datasets/israel-oil-imports");
  await waitForCharts(page);
  const chart = page.locator("#disagreement-azerbaijan-oil-share");
  const estimates = chart.locator('[data-row-id]:not([data-series="Claim checked in the ledger"])');
  expect(
    (
      await estimates.evaluateAll((gs) => gs.map((g) => g.getAttribute("data-row-id") ?? ""))
    ).sort(),
  ).toEqual(expected);
  const claimIds = await chart
    .locator('[data-series="Claim checked in the ledger"]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-row-id")));
  expect(claimIds.length).toBeGreaterThan(0);
  for (const id of claimIds) expect(spec.claims).toContain(id);
  // Estimates with a method and figures without one are drawn as different series.
  await expect(
    chart.locator('[data-series="Estimate with a stated method"]').first(),
  ).toBeVisible();
  await expect(
    chart.locator('[data-series="Figure stated without a method"]').first(),
  ).toBeVisible();

  // Every mark names its value and source, in the drawn SVG already…
  await expect(
    chart.locator('svg.static-chart [data-row-id="f1-36-azerbaijan-share-2025"] title'),
  ).toHaveText(/46\.4%.*Source: messageofwisdom\.blogspot\.com/);
  // …and in the interactive chart's tooltip, which replaces it when the reader points at it.
  await chart.locator(".chart-box").hover();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  expect(
    (
      await chart
        .locator("[data-row-id]:not([data-series='Claim checked in the ledger'])")
        .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-row-id") ?? ""))
    ).sort(),
  ).toEqual(expected);
  await chart.locator('svg.recharts-surface [data-row-id="f1-36-azerbaijan-share-2025"]').hover();
  await expect(chart.locator(".chart-tooltip")).toContainText("46.4%");
  await expect(chart.locator(".chart-tooltip")).toContainText("messageofwisdom.blogspot.com");
  // The claims about it are listed beside the chart, linked to the ledger.
  await expect(chart.locator(".claims-about a[href='/claims#c-oil-40']")).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
