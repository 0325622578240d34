import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The committed energy data against the publishers' own workbooks in ../shared/energy, read
 * here independently of the importer (exceljs cells by address, the register's own cumulative
 * sheet). Skipped, with a message, where ../shared is not beside the project.
 */
const root = path.resolve(import.meta.dirname, "..");
const ENERGY = path.resolve(root, "../shared/energy");
const EI = (edition: string) =>
  path.join(ENERGY, `ei-statistical-review/EI-Statistical-Review-${edition}-edition.xlsx`);
const EU = (year: number) =>
  path.join(
    ENERGY,
    `eu-crude-oil-import-register/Crude_Oil_Imports_Reporting_Country_${year}.xlsx`,
  );
const present = existsSync(EI("2024"));
if (!present)
  console.warn(
    `energy-workbooks.test.ts: skipped, ${ENERGY} is not there (the publishers' workbooks live in ../shared)`,
  );

type Row = Record<string, string>;
async function rowsOf(slug: string): Promise<Row[]> {
  const text = await readFile(path.join(root, "data", `${slug}.csv`), "utf8");
  return Papa.parse<Row>(text.trim(), { header: true }).data;
}

const books = new Map<string, ExcelJS.Workbook>();
async function book(file: string) {
  if (!books.has(file)) {
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(file);
    books.set(file, b);
  }
  return books.get(file)!;
}
/** A cell's value by sheet name and address, formulas through their cached result. */
async function cellValue(file: string, sheet: string, address: string): Promise<unknown> {
  const v = (await book(file)).getWorksheet(sheet)!.getCell(address).value;
  return v && typeof v === "object" && "result" in v ? v.result : v;
}
const editionFile = (edition: string) => EI(edition.replace(" edition", ""));

/** Every nth row: a spread-out sample, the same on every run. */
const sample = <T>(rows: T[], n: number) =>
  rows.filter((_, i) => i % Math.ceil(rows.length / n) === 0);

describe.skipIf(!present)("energy data against the publishers' workbooks", () => {
  beforeAll(async () => {
    await Promise.all([book(EI("2023")), book(EI("2024")), book(EU(2019))]);
  }, 60_000);

  it("Israel's 2023 oil consumption in the 2024 edition is the workbook's cell", async () => {
    const ws = (await book(EI("2024"))).worksheets.find(
      (w) => w.name.toLowerCase() === "oil consumption - barrels",
    )!;
    let israel = 0;
    ws.eachRow((r, i) => {
      if (r.getCell(1).value === "Israel") israel = i;
    });
    let col2023 = 0;
    ws.getRow(3).eachCell((c, i) => {
      if (c.value === 2023 && !col2023) col2023 = i;
    });
    const expected = ws.getCell(israel, col2023).value;
    const row = (await rowsOf("oil-consumption-production")).find(
      (r) =>
        r.entity === "Israel" &&
        r.measure === "consumption" &&
        r.unit === "thousand b/d" &&
        r.year === "2023" &&
        r.edition === "2024 edition",
    )!;
    expect(Number(row.value)).toBe(expected);
    expect(Number(row.value)).toBeCloseTo(223.3, 1);
  });

  it('the 2023 "Other CIS → Middle East" crude cell is the dataset\'s', async () => {
    const ws = (await book(EI("2024"))).getWorksheet("Oil - Inter-area movements")!;
    let header = 0;
    let otherCis = 0;
    ws.eachRow((r, i) => {
      if (!header && r.getCell(1).value === "Crude (million tonnes)") header = i;
      if (header && !otherCis && r.getCell(1).value === "Other CIS") otherCis = i;
    });
    let middleEast = 0;
    ws.getRow(header).eachCell((c, i) => {
      if (c.value === "Middle East") middleEast = i;
    });
    const row = (await rowsOf("crude-trade-between-regions")).find(
      (r) =>
        r.kind === "crude" && r.from === "Other CIS" && r.to === "Middle East" && r.year === "2023",
    )!;
    expect(Number(row.value_mt)).toBe(ws.getCell(otherCis, middleEast).value);
  });

  it("Azerbaijan → Italy in 2019, summed over the month rows, equals the register's own cumulative sheet", async () => {
    const months = (await rowsOf("eu-crude-imports")).filter(
      (r) => r.year === "2019" && r.importer === "Italy" && r.origin === "Azerbaijan",
    );
    const summed = months.reduce((s, r) => s + Number(r.volume_kbbl), 0);
    const detailed = (await book(EU(2019))).worksheets.find((w) => /^detailed/i.test(w.name))!;
    let cumulative = 0;
    detailed.eachRow((r) => {
      if (r.getCell(2).value === "Italy" && r.getCell(3).value === "Azerbaijan")
        cumulative += Number(r.getCell(5).value);
    });
    expect(new Set(months.map((r) => r.period)).size).toBe(12); // every month of the year
    expect(summed).toBeCloseTo(cumulative, 3);
  });

  it("a sample of every dataset's rows reads back from the sheet and cell each names, in its edition", async () => {
    const checks: [string, string, string, string, number][] = [];
    for (const r of sample(await rowsOf("oil-consumption-production"), 40))
      if (r.value !== "")
        checks.push([r.id!, editionFile(r.edition!), r.sheet!, r.cell!, Number(r.value)]);
    for (const r of sample(await rowsOf("crude-trade-between-regions"), 20))
      if (r.value_mt !== "")
        checks.push([r.id!, editionFile(r.edition!), r.sheet!, r.cell!, Number(r.value_mt)]);
    for (const r of sample(await rowsOf("oil-trade-by-region"), 20))
      if (r.value !== "")
        checks.push([r.id!, editionFile(r.edition!), r.sheet!, r.cell!, Number(r.value)]);
    for (const r of await rowsOf("oil-conversion-factors"))
      checks.push([r.id!, editionFile(r.edition!), r.sheet!, r.cell!, Number(r.multiply_by)]);
    for (const r of sample(await rowsOf("eu-crude-imports"), 30))
      checks.push([r.id!, EU(Number(r.year)), r.sheet!, r.cell!, Number(r.volume_kbbl)]);
    expect(checks.length).toBeGreaterThan(80);
    for (const [id, file, sheet, cell, value] of checks)
      expect([id, await cellValue(file, sheet, cell)]).toEqual([id, value]);
  }, 120_000);

  it("the committed files are exactly what the importers make of the workbooks today", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "flowledger-energy-"));
    await cp(path.join(root, "data"), out, { recursive: true });
    const r = spawnSync("bash", ["scripts/import-shared-energy.sh"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, FLOWLEDGER_DATA: out },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const name of [
      "oil-consumption-production.csv",
      "oil-consumption-production.meta.json",
      "crude-trade-between-regions.csv",
      "crude-trade-between-regions.meta.json",
      "oil-conversion-factors.csv",
      "oil-trade-by-region.csv",
      "oil-trade-by-region.meta.json",
      "eu-crude-imports.csv",
      "eu-crude-imports.meta.json",
      "sources.csv",
    ])
      expect([name, await readFile(path.join(out, name), "utf8")]).toEqual([
        name,
        await readFile(path.join(root, "data", name), "utf8"),
      ]);
  }, 180_000);
});
