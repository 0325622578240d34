import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { expect, test } from "./fixtures";

type Row = Record<string, string>;

/** SIPRI's yearly TIV from the committed transfers CSV, summed for a pair and window. */
async function tivSum(supplier: string, recipient: string, from: number, to: number) {
  const text = await readFile("data/arms-transfers.csv", "utf8");
  const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
  return rows
    .filter((r) => r.supplier === supplier && r.recipient === recipient)
    .filter((r) => Number(r.year) >= from && Number(r.year) <= to)
    .reduce((a, r) => a + Number(r.tiv_m), 0);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the map and the Sankeys are in the page's HTML, and the form chooses the window", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("#flow-corridor svg.flow-map")).toBeVisible();
    await expect(page.locator("#flow-corridor .map-arrow")).not.toHaveCount(0);
    await page.goto("/flows");
    await expect(page.locator("svg.flow-map")).toBeVisible();
    for (const id of ["arms-to-azerbaijan", "arms-from-israel", "eu-crude", "ei-crude"])
      await expect(page.locator(`#flow-${id} svg.sankey .flow-link`).first()).toBeVisible();
    // The plain form works without scripts: the choice lands in the address and in the figure.
    await page.getByLabel("Arms window").selectOption("2015-2019");
    await page.getByRole("button", { name: "Show these flows" }).click();
    await expect(page).toHaveURL(/window=2015-2019/);
    await expect(page.locator("#flow-arms-to-azerbaijan .chart-subtitle")).toContainText("2015–19");
  });
});

test("with JavaScript, a changed choice applies at once: the map and the Sankeys say the new window", async ({
  page,
}) => {
  await page.goto("/flows?layer=arms");
  await page.getByLabel("Arms window").selectOption("2012-2016");
  await expect(page).toHaveURL(/window=2012-2016/);
  await expect(page.locator("#flow-corridor .chart-subtitle")).toContainText("2012–16");
  await expect(page.locator("#flow-arms-to-azerbaijan .chart-subtitle")).toContainText("2012–16");
  await expect(page.getByLabel("Arms window")).toHaveValue("2012-2016");
});

test("each Sankey band is SIPRI's sum for its pair and window, and says so on focus", async ({
  page,
}) => {
  await page.goto("/flows?window=2015-2019&show=arms-to-azerbaijan");
  const figure = page.locator("#flow-arms-to-azerbaijan");
  const band = figure.locator('.flow-link[data-link-id="arms-to-azerbaijan-Israel"]');
  const expected = await tivSum("Israel", "Azerbaijan", 2015, 2019);
  const label = (await band.getAttribute("aria-label"))!;
  expect(label).toContain(
    `Israel → Azerbaijan: ${Math.round(expected).toLocaleString("en-US")} SIPRI TIV (millions), 2015–19`,
  );
  expect(label).toContain("Source: SIPRI Arms Transfers Database");
  // Keyboard: tab from the figure's last button to the first band; the readout shows its text.
  const readout = figure.locator(".flow-readout");
  await expect(figure.locator(".flow-tools[data-ready]")).toBeAttached();
  await figure.getByRole("button", { name: "Export SVG" }).focus();
  let focused = "";
  for (let i = 0; i < 8 && !focused.includes("→"); i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  }
  expect(focused).toContain("SIPRI TIV (millions), 2015–19");
  await expect(readout).toHaveText(focused);
});

test("pointing at an arrow or a band shows its readout without moving the figure", async ({
  page,
}) => {
  for (const width of [1366, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/flows");
    for (const id of ["corridor", "arms-to-azerbaijan"]) {
      const figure = page.locator(`#flow-${id}`);
      await expect(figure.locator(".flow-tools[data-ready]")).toBeAttached();
      const drawing = figure.locator(".flow-box svg");
      await drawing.scrollIntoViewIfNeeded();
      const before = (await drawing.boundingBox())!;
      // The pointer on the middle of the first link's shape, as a reader points at it.
      const at = await figure
        .locator("[data-tip] path")
        .first()
        .evaluate((path: SVGPathElement) => {
          const p = path.getPointAtLength(path.getTotalLength() / 2);
          const m = path.getScreenCTM()!;
          return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
        });
      await page.mouse.move(at.x, at.y);
      await expect(figure.locator(".flow-readout")).not.toHaveAttribute("data-empty");
      const after = (await drawing.boundingBox())!;
      expect(after.y, `${id} at ${width} px`).toBeCloseTo(before.y, 0);
      expect(after.height, `${id} at ${width} px`).toBeCloseTo(before.height, 0);
    }
  }
});

test("the flows download holds exactly the links drawn, with the reader's choices", async ({
  page,
}) => {
  await page.goto("/flows?window=2010-2014&eu=2015&show=arms-from-israel,eu-crude");
  await expect(page.locator("svg.flow-map")).toHaveCount(0);
  const drawn = await page
    .locator("svg.sankey .flow-link")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-link-id")));
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these flows (CSV)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe("flows.csv");
  const text = await readFile((await download.path())!, "utf8");
  const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
  expect(rows.map((r) => r.link_id)).toEqual(drawn);
  // Each row's value is the band's value, which is SIPRI's sum for a named pair.
  const india = rows.find((r) => r.link_id === "arms-from-israel-India")!;
  expect(Number(india.value)).toBeCloseTo(await tivSum("Israel", "India", 2010, 2014), 6);
  expect(india.unit).toBe("SIPRI TIV (millions)");
  expect(india.source_ids).toContain("sipri-at-db");
  for (const r of rows.filter((x) => x.figure === "eu-crude")) {
    expect(r.unit).toBe("thousand barrels");
    expect(r.period).toBe("2015");
  }
  // The table below lists the same links.
  const tableIds = await page
    .locator("table.flows-table tbody tr")
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-link-id")));
  expect(tableIds).toEqual(drawn);
});

test("the crude arrow to Israel lists every independent estimate, by denominator, and leads to the disagreement", async ({
  page,
}) => {
  await page.goto("/flows?show=corridor");
  const arrow = page.locator('.map-arrow[data-link-id="crude-tanker"]');
  const text = (await arrow.getAttribute("aria-label"))!;
  const groups = page
    .locator("#flow-crude-to-israel .oil-link-quantity")
    .first()
    .locator(".sleeve-row");
  const n = await groups.count();
  expect(n).toBeGreaterThan(1);
  for (let i = 0; i < n; i++) {
    const label = (await groups.nth(i).locator(".sleeve-label").textContent())!;
    expect(text).toContain(label);
  }
  expect(text).toMatch(/Width: [\d.]+%, the median of the \d+ independent estimates/);
  await expect(page.locator("#flow-crude-to-israel")).toContainText(
    "Shown apart, a published statistic that does not reconcile with these",
  );
  await page
    .locator("#flow-crude-to-israel")
    .getByRole("link", { name: /Where sources disagree/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/datasets\/israel-oil-imports#disagreement-azerbaijan-oil-share$/);
});

test("the map's and a Sankey's SVG exports keep every label, in place, haloed under its fill", async ({
  page,
}) => {
  await page.goto("/flows");
  for (const id of ["corridor", "arms-to-azerbaijan"]) {
    const figure = page.locator(`#flow-${id}`);
    await expect(figure.locator(".flow-tools[data-ready]")).toBeAttached();
    const onPage = await figure
      .locator(".flow-box svg text")
      .evaluateAll((ts) =>
        ts.map((t) => `${t.textContent}@${t.getAttribute("x")},${t.getAttribute("y")}`),
      );
    expect(onPage.length, id).toBeGreaterThan(0);
    const pending = page.waitForEvent("download");
    await figure.getByRole("button", { name: "Export SVG" }).click();
    const file = await readFile((await (await pending).path())!, "utf8");
    // The file, opened on its own: every label of the page, at the same place in the drawing,
    // and every haloed label draws its halo (stroke) first, so its letters stay crisp.
    const exported = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const texts = [...doc.querySelectorAll("text")];
      return {
        labels: texts.map((t) => `${t.textContent}@${t.getAttribute("x")},${t.getAttribute("y")}`),
        smudged: texts
          .filter((t) => (t.getAttribute("stroke") ?? "none") !== "none")
          .filter((t) => Number.parseFloat(t.getAttribute("stroke-width") ?? "0") > 0)
          .filter((t) => !/^stroke/.test(t.getAttribute("paint-order") ?? ""))
          .map((t) => t.textContent),
      };
    }, file);
    for (const label of onPage) expect(exported.labels, id).toContain(label);
    expect(exported.smudged, id).toEqual([]);
  }
});

test("the map shows one unit at a time: a reader switches layers by link, kept in the address", async ({
  page,
}) => {
  await page.goto("/");
  const map = page.locator("#flow-corridor");
  // The front page leads with crude; arms is one click away.
  await expect(map.locator('.map-layers a[aria-current="true"]')).toHaveAttribute(
    "data-layer",
    "oil",
  );
  await expect(map.locator(".map-arrow.arms")).toHaveCount(0);
  await map.locator('.map-layers a[data-layer="arms"]').click();
  await expect(page).toHaveURL(/\/flows\?layer=arms#flow-corridor$/);
  const arms = page.locator("#flow-corridor");
  await expect(arms.locator(".map-arrow.arms")).not.toHaveCount(0);
  await expect(arms.locator('.map-arrow[data-link-id="crude-tanker"]')).toHaveCount(0);
  // One unit: every valued arrow of the layer says TIV.
  const units = await page
    .locator('#flows-table-title ~ div tr[data-figure="corridor"] td:nth-child(4)')
    .allTextContents();
  expect(new Set(units.filter((u) => u !== "route"))).toEqual(new Set(["SIPRI TIV (millions)"]));
});

test("no text of the map or a Sankey overlaps another or is under 11 px, at 1366, 800 and 360 px", async ({
  page,
}) => {
  for (const width of [1366, 800, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/flows");
    for (const figure of await page.locator("figure.flow-figure").all()) {
      const id = await figure.getAttribute("id");
      const boxes = await figure
        .locator(".flow-box svg text")
        .evaluateAll((texts: SVGTextElement[]) =>
          texts
            .filter((t) => getComputedStyle(t).display !== "none" && t.textContent?.trim())
            .map((t) => {
              const r = t.getBoundingClientRect();
              const svg = t.ownerSVGElement!;
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              const px = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
              return { text: t.textContent!, px, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
            }),
        );
      const small = boxes.filter((b) => b.px < 11).map((b) => `"${b.text}" ${b.px.toFixed(1)} px`);
      expect(small, `${id} at ${width} px`).toEqual([]);
      expect(boxes.length, `${id} at ${width} px`).toBeGreaterThan(0);
      const clashes: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
          const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
          // A pixel of antialiasing is not an overlap.
          if (w > 1 && h > 1) clashes.push(`"${a.text}" × "${b.text}"`);
        }),
      );
      expect(clashes, `${id} at ${width} px`).toEqual([]);
    }
  }
});
