import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { gridWorkbook } from "@/tests/xlsx-grid";
import type { CellValue } from "../xlsx/workbook";
import { euCrudeImports } from "./datasets";
import { monthOfSheet, parseEuRegister, type EuImportRow } from "./eu-register";

type Row = (CellValue | undefined)[];
const HEADER: Row = [
  undefined,
  "Reporting Country",
  "Country of Origin",
  "Type of crude oil",
  "Volume (1000 bbl)",
  "Total Value ($ 1000)",
  "CIF price (2) ($/bbl)",
  "% of Total Imports",
];

/** A month sheet as the 2018–2019 workbooks lay it out (title lines, then blocks). */
function month(title: string | undefined, body: Row[]): Row[] {
  return [
    [],
    [
      undefined,
      undefined,
      "EUROPEAN COMMISSION_x000D_Directorate-General for Energy",
      undefined,
      undefined,
      undefined,
      title,
    ],
    [],
    HEADER,
    ...body,
    [undefined, "(1) Source: Council Regulation (EC) n°2964/95 of 20 December 1995."],
  ];
}

const JAN: Row[] = [
  [undefined, "Austria", "Azerbaijan", "Azerbaijan Crude", 1991.17, 124658.39, 62.6, 0.0055],
  [undefined, undefined, "Kazakhstan", "Kazakhstan Crude", 1360.23, "(3)", "(3)", 0.0038], // filled down: Austria
  [undefined, "Austria", undefined, "Sum:", 3351.4, 124658.39, 62.6, 0.0093],
  HEADER,
  [undefined, "Italy", "Azerbaijan", "Azeri Light", 5000, 300000, 60, 0.014],
  [undefined, undefined, undefined, "Sum:", 5000, 300000, 60, 0.014],
  [undefined, "World", undefined, undefined, 358000, 21000000, 60, 1],
];

function parse(
  sheets: Record<string, Row[]>,
  file = "Crude_Oil_Imports_Reporting_Country_2019.xlsx",
) {
  return parseEuRegister(gridWorkbook(file, sheets));
}
function rows(r: ReturnType<typeof parse>): EuImportRow[] {
  if ("problems" in r) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r.rows;
}

describe(parseEuRegister, () => {
  it("reads the month sheets only, filling the reporting country down its block", () => {
    const r = rows(
      parse({
        "Detailed Crude Oil Imports - cu": [
          [],
          HEADER,
          [undefined, "Austria", "Azerbaijan", "Azerbaijan Crude", 99999, 1, 1, 0.5],
        ],
        "EU COI - Jan": month("Jan - 2019", JAN),
        "EU COI - Sept": month("Sep - 2019", [
          [undefined, "Italy", "Azerbaijan", "Azeri Light", 10, 600, 60, 0.001],
        ]),
      }),
    );
    expect(
      r.map((x) => [x.year, x.month, x.importer, x.origin, x.grade, x.volumeKbbl, x.cell]),
    ).toEqual([
      [2019, 1, "Austria", "Azerbaijan", "Azerbaijan Crude", 1991.17, "E5"],
      [2019, 1, "Austria", "Kazakhstan", "Kazakhstan Crude", 1360.23, "E6"],
      [2019, 1, "Italy", "Azerbaijan", "Azeri Light", 5000, "E9"],
      [2019, 9, "Italy", "Azerbaijan", "Azeri Light", 10, "E5"],
    ]);
  });

  it("stores confidential (3) cells as missing, never as zero, and flags the row", () => {
    const kz = rows(parse({ "EU COI - Jan": month("Jan - 2019", JAN) })).find(
      (x) => x.origin === "Kazakhstan",
    )!;
    expect(kz.valueKusd).toBeUndefined();
    expect(kz.cifUsdPerBbl).toBeUndefined();
    expect(kz.confidential).toBe(true);
    expect(kz.shareOfEu).toBe(0.0038);
  });

  it("takes the year from the file name when the sheets have no title (2013–2017), and refuses a mismatch", () => {
    const untitled = rows(
      parse(
        { "EU COI - Feb": [[], HEADER, ...JAN.slice(0, 2)] },
        "Crude_Oil_Imports_Reporting_Country_2013.xlsx",
      ),
    );
    expect(untitled.map((x) => [x.year, x.month])).toEqual([
      [2013, 2],
      [2013, 2],
    ]);
    const wrong = parse({ "EU COI - Jan": month("Jan - 2018", JAN) });
    expect("problems" in wrong && wrong.problems.map((p) => p.message)).toEqual([
      "Crude_Oil_Imports_Reporting_Country_2019.xlsx: 'EU COI - Jan'!G2: the sheet says 2018 but the file name says 2019",
    ]);
  });

  it("locates text in a number cell, a confidential volume and a changed header", () => {
    const bad = parse({
      "EU COI - Jan": month("Jan - 2019", [
        [undefined, "Austria", "Azerbaijan", "Azerbaijan Crude", "about 2000", 1, 1, 0.1],
        [undefined, "Austria", "Libya", "Es Sider", "(3)", 1, 1, 0.1],
      ]),
      "EU COI - Feb": [[], [undefined, "Reporting Country", "Origin", "Grade"]],
    });
    expect("problems" in bad && bad.problems.map((p) => p.message)).toEqual([
      "Crude_Oil_Imports_Reporting_Country_2019.xlsx: 'EU COI - Jan'!E5: \"about 2000\" is not a number",
      "Crude_Oil_Imports_Reporting_Country_2019.xlsx: 'EU COI - Jan'!E6: a confidential volume: the register keeps volumes public, only values and prices are marked (3)",
      'Crude_Oil_Imports_Reporting_Country_2019.xlsx: \'EU COI - Feb\'!C2: expected the heading "Country of Origin", found "Origin": the layout changed',
    ]);
  });

  it("refuses a workbook with no month sheet", () => {
    const r = parse({ Sheet1: [["hello"]] }, "book.xlsx");
    expect("problems" in r && r.problems.map((p) => p.message)).toEqual([
      'book.xlsx: not a Crude Oil Import Register workbook: no month sheet ("EU COI - Jan" … "EU COI - Dec")',
    ]);
  });
});

describe(monthOfSheet, () => {
  it("knows every month's sheet name, September as Sept", () => {
    expect(
      ["EU COI - Jan", "EU COI - Sept", "eu coi - dec ", "Detailed Crude Oil Imports - cu"].map(
        monthOfSheet,
      ),
    ).toEqual([1, 9, 12, undefined]);
  });
});

describe(euCrudeImports, () => {
  it("writes % of Total Imports as the percentage its fraction is, and confidential cells empty", () => {
    const { csv } = euCrudeImports(rows(parse({ "EU COI - Jan": month("Jan - 2019", JAN) })));
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    const az = parsed.find((r) => r.importer === "Austria" && r.origin === "Azerbaijan")!;
    expect(az.share_of_eu_pct).toBe("0.55");
    const kz = parsed.find((r) => r.origin === "Kazakhstan")!;
    expect([kz.value_kusd, kz.cif_usd_per_bbl, kz.confidential]).toEqual(["", "", "confidential"]);
    expect(az.period).toBe("2019-01");
  });
});
