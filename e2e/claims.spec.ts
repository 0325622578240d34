import { rowOf } from "./data";
import { expect, test, waitForCharts } from "./fixtures";

interface LedgerJson {
  rowCount: number;
  rows: { id: string; verdict: string; evidence?: string[] }[];
}

test("the claims ledger lists every claim, each with an anchor, a verdict and a download", async ({
  page,
}) => {
  const ledger = (await (await page.request.get("/claims/data.json")).json()) as LedgerJson;
  await page.goto("/claims");
  const blocks = page.locator("article.claim-block");
  await expect(blocks).toHaveCount(ledger.rowCount);
  await expect(page.locator(".claims .count")).toHaveText(
    `Showing ${ledger.rowCount} of ${ledger.rowCount} claims`,
  );
  for (const claim of ledger.rows) {
    await expect(page.locator(`article[id="${claim.id}"]`)).toHaveAttribute(
      "data-verdict",
      claim.verdict,
    );
  }
  const csv = await page.request.get("/claims/data.csv");
  expect(csv.headers()["content-disposition"]).toBe('attachment; filename="claims.csv"');
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^id,source_id,topic,quote,/);
});

test("the ledger reads as blocks: no scroll box inside it, a strip of estimates beside a claimed share", async ({
  page,
}) => {
  await page.goto("/claims");
  const nested = await page.locator(".claims *").evaluateAll((els) =>
    els
      .filter((el) => {
        const s = getComputedStyle(el);
        return (
          /(auto|scroll)/.test(`${s.overflowY}${s.overflowX}`) &&
          (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        );
      })
      .map((el) => el.className),
  );
  expect(nested).toEqual([]);
  // The claimed 69% sits among SIPRI's published share for 2016–20 (reported by two outlets).
  const claim = page.locator('article[id="c-arms-69"]');
  await expect(claim.locator("svg.claim-strip")).toBeVisible();
  const estimates = claim.locator(".claim-estimates").first();
  await expect(estimates).toContainText("share of Azerbaijan's arms imports");
  await expect(estimates).toContainText("reported by 2 outlets");
  await expect(estimates.getByRole("link").first()).toHaveAttribute(
    "href",
    /^\/datasets\/azerbaijan-arms-imports-published\/p[\w-]+$/,
  );
});

test("filtering by verdict and ordering by date work, and the view survives a reload", async ({
  page,
}) => {
  const ledger = (await (await page.request.get("/claims/data.json")).json()) as LedgerJson;
  const expected = ledger.rows.filter((r) => r.verdict === "not supported").map((r) => r.id);
  await page.goto("/claims");
  await page.getByLabel("Verdict").selectOption("not supported");
  const blocks = page.locator("article.claim-block");
  await expect(blocks).toHaveCount(expected.length);
  expect(await blocks.evaluateAll((els) => els.map((el) => el.id).sort())).toEqual(
    [...expected].sort(),
  );
  await expect(page.locator(".claims .count")).toHaveText(
    `Showing ${expected.length} of ${ledger.rowCount} claims`,
  );
  await expect(page).toHaveURL(/\?verdict=not\+supported$/);
  await page.reload();
  await expect(blocks).toHaveCount(expected.length);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(blocks).toHaveCount(ledger.rowCount);

  await page.getByLabel("Order").selectOption("date:asc");
  const dates = async () =>
    (
      await page
        .locator("article.claim-block [data-date]")
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-date") ?? ""))
    ).filter((d) => d !== "");
  expect((await dates()).length).toBeGreaterThan(10);
  expect(await dates()).toEqual([...(await dates())].sort());
  // The order is in the address, like the dataset tables' sort: a reload keeps it.
  await expect(page).toHaveURL(/[?&]sort=date%3Aasc/);
  await page.reload();
  await expect(page.getByLabel("Order")).toHaveValue("date:asc");
  expect(await dates()).toEqual([...(await dates())].sort());
});

test("a claim's evidence link opens the figure it rests on, whose row is highlighted in its table", async ({
  page,
}) => {
  await page.goto("/claims#c-arms-69");
  const claim = page.locator('article[id="c-arms-69"]');
  await expect(claim).toBeInViewport();
  await claim.locator(".claim-evidence summary").click();
  const link = claim.locator(".claim-evidence a").first();
  const href = await link.getAttribute("href");
  expect(href).toBe(
    "/datasets/azerbaijan-arms-imports-published/p2016-20-israel-azerbaijan-courrier",
  );
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/]/g, "\\$&")}$`));
  const published = rowOf("azerbaijan-arms-imports-published", href!.split("/").pop()!);
  await expect(page.locator(".figure-value strong")).toHaveText(`${published.share_pct}%`);
  await page.getByRole("link", { name: "This row in its table" }).click();
  const row = page.locator("#row-p2016-20-israel-azerbaijan-courrier");
  await expect(row).toBeInViewport();
  await expect(row).toHaveClass(/targeted/);
  const background = await row.evaluate((tr) => getComputedStyle(tr).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  await expect(row.locator('td[data-key="share_pct"]')).toHaveText(`${published.share_pct}%`);
});

test("the disagreement chart for Azerbaijan's oil share draws one mark per independent estimate, one series per denominator", async ({
  page,
}) => {
  const json = await (await page.request.get("/datasets/israel-oil-imports/data.json")).json();
  const spec = json.sections
    .flatMap((s: { views?: { id: string }[] }) => s.views ?? [])
    .find((d: { id: string }) => d.id === "azerbaijan-oil-share");
  const rows = (json.rows as Record<string, string>[]).filter((r) =>
    Object.entries(spec.where as Record<string, string[]>).every(([k, vals]) =>
      vals.includes(String(r[k])),
    ),
  );
  // Marks: one per denominator and original. Independent estimates: one per original, however
  // many wholes a repeated figure was stated against.
  const keys = new Set(rows.map((r) => `${r.denominator}|${r.original || r.id}`));
  const measurements = new Set(rows.map((r) => r.original || r.id));
  expect(keys.size).toBeGreaterThan(5);

  await page.goto("/datasets/israel-oil-imports");
  await waitForCharts(page);
  const chart = page.locator("#disagreement-azerbaijan-oil-share");
  const estimates = chart.locator('svg.static-chart [data-row-id]:not([data-series^="Claim"])');
  await expect(estimates).toHaveCount(keys.size);
  await expect(chart.locator(".chart-summary")).toContainText(
    `${measurements.size} independent estimates from`,
  );
  // Each series is one denominator, and says so in the legend.
  const denominators = new Set(rows.map((r) => r.denominator));
  for (const d of denominators) await expect(chart.locator(".legend")).toContainText(`% of ${d}`);
  // An undated or as-of figure is drawn as its kind, not as a span.
  await expect(chart.locator('[data-period-kind="as-of"]').first()).toBeVisible();
  const claimIds = await chart
    .locator('[data-series^="Claim"]')
    .evaluateAll((gs) => gs.map((g) => g.getAttribute("data-row-id")));
  expect(claimIds.length).toBeGreaterThan(0);
  for (const id of claimIds) expect(spec.claims).toContain(id);
  // Every mark names its value with its denominator, period and source…
  const share = rowOf("israel-oil-imports", "f1-36-azerbaijan-share-2025");
  const publisher = rowOf("sources", share.source_ids!.split("|")[0]!).publisher!;
  const title = chart.locator(`svg.static-chart [data-row-id="${share.id}"] title`);
  await expect(title).toContainText(`% of ${share.denominator}`);
  await expect(title).toContainText(`${share.value}%`);
  await expect(title).toContainText(share.period_label!);
  await expect(title).toContainText(`Source: ${publisher}`);
  // …and in the interactive chart's tooltip, which replaces it when the reader points at it.
  await chart.locator(".chart-box").hover();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await chart.locator(`svg.recharts-surface [data-row-id="${share.id}"]`).hover();
  await expect(chart.locator(".chart-tooltip")).toContainText(`${share.value}%`);
  await expect(chart.locator(".chart-tooltip")).toContainText(publisher);
  await expect(chart.locator(".claims-about a[href='/claims#c-oil-40']")).toBeVisible();
});

test("a measurement reported by several outlets is one mark, and the reader can open its reports", async ({
  page,
}) => {
  await page.goto("/datasets/israel-oil-imports");
  const figure = page.locator("#chart-azerbaijan-crude-volumes");
  await waitForCharts(page);
  const folded = figure.locator(".folded-reports details").first();
  await expect(folded.locator("summary")).toContainText("reported by 2 outlets");
  const rowId = await folded.getAttribute("data-row-id");
  await expect(figure.locator(`svg [data-row-id="${rowId}"]`)).toHaveCount(1);
  await folded.locator("summary").click();
  const reports = folded.locator("li");
  await expect(reports).toHaveCount(2);
  await expect(reports.first().locator("blockquote")).not.toBeEmpty();
  await expect(reports.nth(1).getByRole("link")).toHaveAttribute(
    "href",
    /^\/datasets\/israel-oil-imports\/f1-3[57]-azerbaijan-bd-2025$/,
  );
});

test("on a 360 px phone the table keeps period, supplier and value in view without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/datasets/israel-oil-imports");
  const row = page.locator("table.dataset-rows tbody tr").first();
  for (const key of ["period_start", "supplier", "value"]) {
    const box = (await row.locator(`td[data-key="${key}"]`).boundingBox())!;
    expect(box.x, key).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, key).toBeLessThanOrEqual(360);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
