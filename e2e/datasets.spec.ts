import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import Papa from "papaparse";
import { csvHeader } from "@/lib/data/export";
import { rowsOf } from "./data";
import { catalog, expect, test, waitForCharts } from "./fixtures";

test("the catalog lists the datasets and the overview links every one", async ({ page }) => {
  const datasets = await catalog(page);
  expect(datasets.length).toBeGreaterThanOrEqual(3);
  await page.goto("/");
  for (const d of datasets) {
    const link = page.locator(`a[href="/datasets/${d.slug}"]`);
    await expect(link).toHaveText(d.title);
    // A card says "No rows yet." only when the dataset has none (not when it lacks a key figure).
    const card = page.locator("article.dataset-card", { has: link });
    if (d.rowCount > 0) await expect(card).not.toContainText("No rows yet.");
  }
});

test("the header's Datasets leads to /datasets, which lists every dataset with its size and its CSV", async ({
  page,
}) => {
  const datasets = await catalog(page);
  await page.goto("/flows");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Datasets" })
    .click();
  await expect(page).toHaveURL(/\/datasets$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datasets");
  const rows = page.locator("table.datasets-table tbody tr");
  await expect(rows).toHaveCount(datasets.length);
  for (const d of datasets) {
    const row = page.locator(`tr[data-slug="${d.slug}"]`);
    await expect(row.getByRole("link", { name: d.title })).toHaveAttribute(
      "href",
      `/datasets/${d.slug}`,
    );
    await expect(row.locator('td[data-label="Rows"]')).toHaveText(
      d.rowCount.toLocaleString("en-US"),
    );
    await expect(row.getByRole("link", { name: "CSV" })).toHaveAttribute("href", d.csv);
  }
});

test("every dataset page: chart, sorting both ways, footnote, CSV download matching the table", async ({
  page,
}) => {
  const datasets = await catalog(page);
  for (const d of datasets) {
    await test.step(d.slug, async () => {
      await page.goto(d.page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(d.title);
      const json = await (await page.request.get(d.json)).json();
      // Every chart the metadata declares is drawn (a table of conversion factors declares none).
      const charts = await waitForCharts(page);
      if (json.charts.length > 0)
        expect(charts, `${d.slug} has its charts`).toBeGreaterThanOrEqual(json.charts.length);
      else expect(charts, `${d.slug} draws no chart it does not declare`).toBe(0);

      const table = page.locator("table.dataset-rows");
      const rows = table.locator("tbody tr:not(.unit-group)");
      // Tables show pages of 50 rows by default; the count says how many rows the dataset has.
      await expect(rows).toHaveCount(Math.min(d.rowCount, 50));
      await expect(page.locator(".count")).toContainText(
        `Showing ${d.rowCount.toLocaleString("en-US")} of ${d.rowCount.toLocaleString("en-US")} rows`,
      );

      // Sort by the first numeric column: descending first, then ascending. A value column whose
      // rows carry different units sorts within each unit, under a heading naming the unit.
      const numHeader = table.locator("thead th.num").first();
      const index = await numHeader.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
      const key = (await numHeader.getAttribute("data-key"))!;
      const unitKey = (json.columns as { key: string; unitColumn?: string }[]).find(
        (c) => c.key === key,
      )!.unitColumn;
      // The rows on screen read in one pass in the page (a round trip per row took seconds).
      const shownValues = () =>
        table.locator("tbody tr").evaluateAll((trs, column) => {
          const out: { unit?: string; value: number }[] = [];
          let unit: string | undefined;
          for (const tr of trs) {
            if (tr.classList.contains("unit-group")) {
              unit = (tr.textContent ?? "").replace(/^In /, "");
              continue;
            }
            const v = (tr as HTMLTableRowElement).cells[column]?.getAttribute("data-value");
            if (v) out.push({ ...(unit !== undefined ? { unit } : {}), value: Number(v) });
          }
          return out;
        }, index);
      // The whole dataset's extremes (within the first unit shown): sorting is global, not
      // within the page on screen.
      const all = (first: { unit?: string }) =>
        (json.rows as Record<string, unknown>[])
          .filter((r) => !unitKey || String(r[unitKey] ?? "") === first.unit)
          .map((r) => r[key])
          .filter((v): v is number => typeof v === "number");
      const sortedWithinUnits = (list: { unit?: string; value: number }[], dir: 1 | -1) => {
        const units = list.map((x) => x.unit ?? "");
        // Each unit's rows form one run, and values are ordered within the run.
        expect(new Set(units).size).toBe(units.filter((u, i) => u !== units[i - 1]).length);
        list.forEach((x, i) => {
          const prev = list[i - 1];
          if (prev && prev.unit === x.unit)
            expect(dir * (x.value - prev.value)).toBeGreaterThanOrEqual(0);
        });
      };
      const present = (await shownValues()).length;
      expect(present).toBeGreaterThan(1);
      await numHeader.getByRole("button").click();
      await expect(numHeader).toHaveAttribute("aria-sort", "descending");
      const desc = await shownValues();
      if (unitKey) expect(desc[0]!.unit, "grouped by unit").toBeDefined();
      sortedWithinUnits(desc, -1);
      expect(desc).toHaveLength(present);
      expect(desc[0]!.value).toBe(Math.max(...all(desc[0]!)));
      await numHeader.getByRole("button").click();
      await expect(numHeader).toHaveAttribute("aria-sort", "ascending");
      const asc = await shownValues();
      sortedWithinUnits(asc, 1);
      expect(asc).not.toEqual(desc);
      expect(asc[0]!.value).toBe(Math.min(...all(asc[0]!)));
      // Missing values stay at the bottom in both directions.
      const lastCell = rows.last().locator(`td:nth-child(${index + 1})`);
      if (present < d.rowCount && d.rowCount <= 50)
        await expect(lastCell).toHaveAttribute("data-value", "");

      // A footnote marker leads to its numbered source, with a link and the quoted words.
      const marker = rows.first().locator("a.footnote-ref").first();
      const href = await marker.getAttribute("href");
      expect(href).toMatch(/^#source-\d+$/);
      await marker.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      const note = page.locator(href!);
      await expect(note).toBeInViewport();
      await expect(note.locator("cite a")).toHaveAttribute("href", /^https?:\/\//);
      await expect(note.locator("cite a")).toHaveAttribute("rel", "noopener noreferrer");
      // Figures quoted from a text show the quoted words; figures from a database name it.
      if (d.columns.some((c) => c.key === "quote"))
        await expect(note.locator("blockquote").first()).not.toBeEmpty();
      else await expect(note.locator(".kind")).toHaveText("database");

      // The downloaded CSV is the table: same rows, same values, file named after the dataset.
      const downloadPromise = page.waitForEvent("download");
      await page.getByRole("link", { name: /Download CSV/ }).click();
      const download = await downloadPromise;
      expect(download.suggestedFilename()).toBe(`${d.slug}.csv`);
      const text = await readFile((await download.path())!, "utf8");
      const parsed = Papa.parse<Record<string, string>>(text, {
        header: true,
        skipEmptyLines: "greedy",
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(csvHeader(d.columns));
      expect(parsed.data).toHaveLength(d.rowCount);
      const shown = await table.evaluate((t) => {
        const keys = [...t.querySelectorAll("thead th")].map(
          (th) => th.getAttribute("data-key") ?? "",
        );
        return [...t.querySelectorAll("tbody tr:not(.unit-group)")].map((tr) => ({
          id: tr.id.replace(/^row-/, ""),
          cells: Object.fromEntries<string | null>(
            [...tr.querySelectorAll("td")].map((td, i) => [
              keys[i]!,
              td.getAttribute("data-value"),
            ]),
          ),
        }));
      });
      const byId = new Map(parsed.data.map((r) => [r.id, r]));
      for (const row of shown) {
        const csvRow = byId.get(row.id);
        expect(csvRow, `CSV has row ${row.id}`).toBeDefined();
        for (const [key, value] of Object.entries(row.cells)) {
          if (value === null) continue; // the sources cell shows footnote numbers, not ids
          const column = d.columns.find((c) => c.key === key);
          if (column?.type === "date" && value !== "") {
            // A spreadsheet gets the date in full, with the precision the table shows it in.
            const precision = ({ 4: "year", 7: "month", 10: "day" } as Record<number, string>)[
              value.length
            ];
            expect(csvRow![key], `${d.slug} ${row.id} ${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(csvRow![key]!.startsWith(value), `${d.slug} ${row.id} ${key}`).toBe(true);
            expect(csvRow![`${key}_precision`]).toBe(precision);
          } else expect(csvRow![key], `${d.slug} ${row.id} ${key}`).toBe(value);
        }
      }
    });
  }
});

test("downloads are served with the right type and name", async ({ request }) => {
  const res = await request.get("/datasets/israel-oil-imports/data.csv");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toBe(
    'attachment; filename="israel-oil-imports.csv"',
  );
  const json = await (await request.get("/datasets/israel-oil-imports/data.json")).json();
  expect(json.rows.length).toBe(json.rowCount);
  const cited = new Set(json.rows.flatMap((r: { source_ids: string[] }) => r.source_ids));
  expect(new Set(json.sources.map((s: { id: string }) => s.id))).toEqual(cited);
});

test("every dataset's package, taken from its page, holds the CSV, Excel's copy, a README and the metadata", async ({
  page,
}) => {
  for (const d of await catalog(page)) {
    await page.goto(d.page);
    const pending = page.waitForEvent("download");
    await page.getByRole("link", { name: "Package (ZIP)" }).click();
    const download = await pending;
    expect(download.suggestedFilename()).toBe(`${d.slug}.zip`);
    const files = unzipSync(await readFile((await download.path())!));
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(files[`${d.slug}.csv`]!);
    const excel = files[`${d.slug}.excel.csv`]!;
    // Scripts get no byte-order mark; Excel's copy has one and is otherwise the same file.
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(excel)).toBe(csv);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(csvHeader(d.columns));
    expect(parsed.data).toHaveLength(d.rowCount);
    const readme = new TextDecoder().decode(files["README.md"]!);
    for (const key of csvHeader(d.columns)) expect(readme).toContain(`| \`${key}\` |`);
    const meta = JSON.parse(new TextDecoder().decode(files["metadata.json"]!));
    for (const s of meta.sources as { publisher: string }[]) expect(readme).toContain(s.publisher);
  }
});

test("a row's quote button shows the exact quoted words and source without leaving the table", async ({
  page,
}) => {
  const json = await (await page.request.get("/datasets/israel-oil-imports/data.json")).json();
  const row = json.rows.find((r: { id: string }) => r.id === "f1-8-azerbaijan-share-2018");
  const source = json.sources.find((s: { id: string }) => s.id === row.source_ids[0]);
  await page.goto("/datasets/israel-oil-imports");
  const tr = page.locator("#row-f1-8-azerbaijan-share-2018");
  await tr.locator(".quote-button").click();
  const popover = page.locator("#row-quote");
  await expect(popover).toBeVisible();
  await expect(popover.locator("blockquote")).toHaveText(row.quote);
  await expect(popover.getByRole("link", { name: source.title })).toHaveAttribute(
    "href",
    source.url,
  );
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(page).toHaveURL(/\/datasets\/israel-oil-imports$/);
});

test("a row's Quote and Cite are labelled, in view at 1366 px and at least 24 px; the quote offers the citation", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto("/datasets/israel-oil-imports");
  const tr = page.locator("table.dataset-rows tbody tr[id^='row-']").first();
  const id = (await tr.getAttribute("id"))!.slice("row-".length);
  const quote = tr.getByRole("button", { name: /^Quote/ });
  const cite = tr.getByRole("link", { name: /^Cite/ });
  await expect(quote).toHaveText("Quote");
  await expect(cite).toHaveText("Cite");
  const region = (await page.locator(".table-panel .table-scroll").boundingBox())!;
  for (const control of [quote, cite]) {
    const box = (await control.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    // Inside the visible part of the table, without scrolling it sideways.
    expect(box.x).toBeGreaterThanOrEqual(region.x);
    expect(box.x + box.width).toBeLessThanOrEqual(region.x + region.width + 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
  }
  await quote.click();
  const popover = page.locator("#row-quote");
  await popover.getByRole("link", { name: "Cite this figure" }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/israel-oil-imports/${id}#figure-cite$`));
  await expect(page.getByRole("heading", { name: "Cite this figure" })).toBeVisible();
});

test("the corridor's places are drawn on a map on their dataset's page, one point per row", async ({
  page,
}) => {
  const rows = rowsOf("corridor-places");
  await page.goto("/datasets/corridor-places");
  const map = page.locator("svg.flow-map").first();
  await expect(map).toBeVisible();
  await expect(map.locator(".map-place circle")).toHaveCount(rows.length);
  // Each place named beside its point: four places leave room for every name.
  expect((await map.locator(".map-place text").allTextContents()).sort()).toEqual(
    rows.map((r) => r.name!).sort(),
  );
});
