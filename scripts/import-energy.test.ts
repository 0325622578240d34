import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { BODY, countrySheet, reviewSheets } from "@/tests/ei-fixture";
import { snapshot, sourcesOnly } from "@/tests/helpers";
import { xlsxBytes } from "@/tests/xlsx-grid";
import { WORKBOOK_LIMITS } from "@/lib/xlsx/zip-guard";

/**
 * The hostile-workbook corpus, fed to both commands as a user runs them: each file gets its
 * exact outcome — a located error, exit code 1, nothing written, no stack trace — or, for a
 * workbook whose sheets were only renamed, a clean import.
 */
const root = path.resolve(import.meta.dirname, "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

function run(which: "ei" | "eu-crude", ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [tsx, "--conditions=react-server", "scripts/import-energy.ts", which, ...args],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const file = (name: string) => path.join(dir, name);
/** Paths in messages are relative to the working directory (the project). */
const shown = (name: string) => path.relative(root, file(name));

const HEADER = [
  undefined,
  "Reporting Country",
  "Country of Origin",
  "Type of crude oil",
  "Volume (1000 bbl)",
  "Total Value ($ 1000)",
  "CIF price (2) ($/bbl)",
  "% of Total Imports",
];
const EU_JAN = [
  [],
  HEADER,
  [undefined, "Italy", "Azerbaijan", "Azeri Light", 5000, 300000, 60, 0.014],
  [undefined, undefined, "Kazakhstan", "CPC Blend", 100, "(3)", "(3)", 0.001],
];

/** A zip with a workbook part and one sheet part of the given XML. */
function zipWith(sheetXml: string, extra: Record<string, Uint8Array> = {}) {
  return zipSync({
    "xl/workbook.xml": strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
    ...extra,
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "flowledger-hostile-"));
  const good = reviewSheets("2024");
  const renamed = Object.fromEntries(
    Object.entries(good).map(([name, rows], i) => [i === 0 ? name : `Sheet${i}`, rows]),
  );
  await writeFile(file("renamed.xlsx"), await xlsxBytes(renamed));
  await writeFile(file("not-a-zip.xlsx"), "Country,Year\nIsrael,2023\n");
  const real = await xlsxBytes(good);
  await writeFile(file("truncated.xlsx"), real.subarray(0, Math.floor(real.length / 2)));
  await writeFile(file("empty.xlsx"), await xlsxBytes({ Sheet1: [] }));
  await writeFile(
    file("formula.xlsx"),
    await xlsxBytes(good, (book) => {
      book.getWorksheet("Oil Consumption - barrels")!.getCell("C5").value = {
        formula: "B5*1.05",
      } as never;
    }),
  );
  await writeFile(
    file("merged.xlsx"),
    await xlsxBytes(good, (book) =>
      book.getWorksheet("Oil Consumption - Tonnes")!.mergeCells("B5:C5"),
    ),
  );
  const textBody = BODY.map((r) => (r[0] === "Israel" ? ["Israel", 199.4, "about 200", 226] : r));
  await writeFile(
    file("text.xlsx"),
    await xlsxBytes({
      ...good,
      "Oil Consumption - Tonnes": countrySheet("Oil: Consumption*", "Million tonnes", textBody),
    }),
  );
  // A million rows of one cell each: about 40 MB of XML, 200 KB zipped.
  const rows: string[] = [];
  for (let r = 1; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
  await writeFile(
    file("million-rows.xlsx"),
    zipWith(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`),
  );
  // Over the uncompressed limit in one part: a few hundred KB on disk.
  await writeFile(
    file("bomb.xlsx"),
    zipWith("<worksheet/>", {
      "xl/media/bomb.bin": new Uint8Array(WORKBOOK_LIMITS.uncompressedBytes + 1024 * 1024),
    }),
  );
  await writeFile(
    file("Crude_Oil_Imports_Reporting_Country_2019.xlsx"),
    await xlsxBytes({ "EU COI - Jan": EU_JAN }),
  );
  await writeFile(
    file("register-2018-text.xlsx"),
    await xlsxBytes({
      "EU COI - Jan": [
        [],
        HEADER,
        [undefined, "Italy", "Azerbaijan", "Azeri Light", "n/a", 1, 1, 0.1],
      ],
    }),
  );
}, 120_000);

describe("npm run import:ei and import:eu-crude on hostile workbooks", () => {
  const NOT_EI =
    'not an Energy Institute Statistical Review workbook: no sheet names its edition (a line such as "2024 Energy Institute Statistical Review of World Energy" in its first rows)';
  const cases: [string, "ei" | "eu-crude", string][] = [
    ["not-a-zip.xlsx", "ei", "not an xlsx workbook (not a zip file)"],
    ["truncated.xlsx", "ei", "the zip file is truncated (no end of central directory)"],
    ["bomb.xlsx", "ei", "more than 256 MB uncompressed (a zip bomb?)"],
    ["million-rows.xlsx", "ei", "Sheet1!: more than 100,000 rows (the limit for a sheet)"],
    ["empty.xlsx", "ei", NOT_EI],
    [
      "empty.xlsx",
      "eu-crude",
      'not a Crude Oil Import Register workbook: no month sheet ("EU COI - Jan" … "EU COI - Dec")',
    ],
    [
      "formula.xlsx",
      "ei",
      "'Oil Consumption - barrels'!C5: a formula without a cached value (open and save the workbook in a spreadsheet program to compute it)",
    ],
    [
      "merged.xlsx",
      "ei",
      "'Oil Consumption - Tonnes'!C5: a merged cell (part of B5) inside the table: the layout changed",
    ],
    [
      "text.xlsx",
      "ei",
      "'Oil Consumption - Tonnes'!C5: \"about 200\" is not a number (expected a number, ^, n/a or -)",
    ],
    ["register-2018-text.xlsx", "eu-crude", "'EU COI - Jan'!E3: \"n/a\" is not a number"],
    ["not-a-zip.xlsx", "eu-crude", "not an xlsx workbook (not a zip file)"],
  ];

  it.each(cases)(
    "%s (%s): a located error, exit 1, nothing written",
    async (name, which, message) => {
      const out = await sourcesOnly();
      const before = await snapshot(out);
      const r = run(which, file(name), "--out", out);
      expect(r.stderr.split("\n")[0]).toBe(`${shown(name)}: ${message}`);
      expect(r.stderr).toContain("nothing was imported; no file was changed.");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.status).toBe(1);
      expect(await snapshot(out)).toEqual(before);
    },
  );

  it("imports a review whose sheets were renamed: sheets are found by their titles", async () => {
    const out = await sourcesOnly();
    const r = run("ei", file("renamed.xlsx"), "--out", out, "--accessed", "2026-11-30");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const csv = await readFile(path.join(out, "oil-consumption-production.csv"), "utf8");
    // Israel's 2022 consumption in thousand b/d, read from the renamed sheet, cell D5.
    expect(csv).toMatch(
      /\r\nisrael-consumption-kbd-2022-2024,Israel,country,Middle East,consumption,2022,226,thousand b\/d,,2024 edition,,Sheet\d+,D5,ei-statistical-review-2024\r\n/,
    );
  });

  it("imports a register workbook: confidential cells empty, the share as a percentage", async () => {
    const out = await sourcesOnly();
    const r = run(
      "eu-crude",
      file("Crude_Oil_Imports_Reporting_Country_2019.xlsx"),
      "--out",
      out,
      "--accessed",
      "2026-11-30",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const csv = await readFile(path.join(out, "eu-crude-imports.csv"), "utf8");
    expect(csv.split("\r\n").slice(1, 3)).toEqual([
      "2019-01-italy-azerbaijan-azeri-light,2019-01,2019,Italy,Azerbaijan,Azeri Light,5000,300000,60,1.4,,EU COI - Jan,E3,ec-crude-oil-import-register",
      "2019-01-italy-kazakhstan-cpc-blend,2019-01,2019,Italy,Kazakhstan,CPC Blend,100,,,0.1,confidential,EU COI - Jan,E4,ec-crude-oil-import-register",
    ]);
  });

  it("refuses a data folder that does not exist, before writing anything", async () => {
    const missing = path.join(dir, "no-such-folder");
    const r = run(
      "eu-crude",
      file("Crude_Oil_Imports_Reporting_Country_2019.xlsx"),
      "--out",
      missing,
    );
    expect(r.stderr.split("\n")[0]).toBe(
      `${missing}: no such folder (give --out an existing data folder)`,
    );
    expect(r.status).toBe(1);
  });

  it("refuses the same edition given twice, writing nothing", async () => {
    const out = await sourcesOnly();
    const before = await snapshot(out);
    const r = run("ei", file("renamed.xlsx"), file("renamed.xlsx"), "--out", out);
    expect(r.stderr.split("\n")[0]).toBe(
      `${shown("renamed.xlsx")} and ${shown("renamed.xlsx")}: both are the 2024 edition; give each edition once`,
    );
    expect(r.status).toBe(1);
    expect(await snapshot(out)).toEqual(before);
  });
});
