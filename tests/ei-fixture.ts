import type { CellValue } from "@/lib/xlsx/workbook";
import { gridWorkbook } from "./xlsx-grid";

/**
 * A small Energy Institute Statistical Review as a workbook in memory: the sheets the importer
 * reads, laid out as the real workbooks lay them out (titles, unit rows, growth columns, region
 * totals, footnotes), with each edition's sheet names.
 */
export type Row = (CellValue | undefined)[];

/** A country sheet as the review lays it out: title, growth headings, unit row with years. */
export function countrySheet(
  title: string,
  unit: string,
  body: Row[],
  years = [2020, 2021, 2022],
): Row[] {
  const n = years.length;
  return [
    [title],
    [undefined, ...Array(n).fill(undefined), "Growth rate per annum", "Share"],
    [unit, ...years, years[n - 1], `${years[0]}-${String(years[n - 1]).slice(2)}`],
    [],
    ...body,
  ];
}

export const BODY: Row[] = [
  ["Israel", 199.4, 208.5, 226, 0.08, 0.002],
  ["Other Middle East ", 10, "^", "n/a", 0.1, 0.001],
  ["Total Middle East", 209.4, 208.5, 226, 0.07, 0.1],
  [],
  ["Azerbaijan", 0, 0, 90, -0.01, 0.001],
  ["USSR", 8000, 7000, 0, 0, 0],
  ["Total CIS", 8000, 7000, 90, 0, 0],
  [],
  ["Total World", 9000, 9100, 9300, 0.02, 1],
  ["of which: OECD", 5000, 5000, 5100, 0, 0.5],
  ["                 European Union #", 1000, 1000, 1000, 0, 0.1],
  ["* Inland demand plus international aviation and marine bunkers."],
  ["^ Less than 0.05."],
];

export const MATRIX: Row[] = [
  ["Oil: Inter-area movements 2023"],
  [undefined, undefined, "To"],
  ["Crude (million tonnes)", "Europe", "Middle East", "Total"],
  ["From"],
  ["Russian Federation", 32.4, 0, 32.4],
  ["Other CIS", 72.7, 2.399984039, 75.1],
  ["Total imports", 105.1, 2.4, 107.5],
  [],
  ["Product (million tonnes)"],
  ["From"],
  ["Other CIS", 12.8, "†", 12.9],
  ["Total imports", 12.8, 0, 12.9],
  [],
  ["† Less than 0.05."],
];

export const CONVERSION: Row[] = [
  ["Approximate conversion factors"],
  [],
  [undefined, undefined, undefined, "To"],
  [undefined, undefined, undefined, "tonnes", undefined, undefined, "US", "tonnes/"],
  ["Crude oil*", undefined, undefined, "(metric)", "kilolitres", "barrels", "gallons", "year"],
  [],
  ["From", undefined, undefined, undefined, undefined, "Multiply by"],
  ["Tonnes (metric)", undefined, undefined, 1, 1.165, 7.33, 307.86, "–"],
  ["Kilolitres", undefined, undefined, 0.8581, 1, 6.2898, 264.17, "–"],
  ["Barrels", undefined, undefined, 0.1364, 0.159, 1, 42, "–"],
  ["US gallons", undefined, undefined, 0.00325, 0.0038, 0.0238, 1, "–"],
  ["Barrels/day", undefined, undefined, "–", "–", "–", "–", 49.8],
  [" *Based on worldwide average gravity."],
];

export const TRADE: Row[] = [
  ["Oil trade in 2022 and 2023"],
  [undefined, undefined, 2022, undefined, undefined, undefined, 2023],
  [undefined, "Crude", "Product", "Crude", "Product", "Crude", "Product", "Crude", "Product"],
  [
    "Million tonnes",
    "Imports",
    "Imports",
    "Exports",
    "Exports",
    "Imports",
    "Imports",
    "Exports",
    "Exports",
  ],
  ["Other CIS", 16.2, 7.6, 90.2, 12.3, 18, 9, 91.4, 15.9],
  ["Other Middle East", 15.1, 25.2, 93.3, 62, 14.6, 23.5, 90, 63.3],
  ["Total World", 2135.2, 1220.7, 2135.2, 1220.7, 2127.1, 1215.5, 2127.1, 1215.5],
  [],
  ["Thousand barrels daily"],
  ["Other CIS", 324.7, 159.8, 1811.9, 257.4, 361.1, 188.7, 1836.3, 333.3],
  ["Other Middle East", 303.9, 526.9, 1873.9, 1295.7, 294.1, 490.3, 1806.5, 1323.9],
  ["Total World", 42879.3, 25518.1, 42879.3, 25518.1, 42715.9, 25408.2, 42715.9, 25408.2],
  ["† Less than 0.05."],
];

/** The sheets of a minimal review with the 2024 edition's sheet names (or the 2023 edition's capitals). */
export function reviewSheets(
  names: "2023" | "2024",
  overrides: Record<string, Row[]> = {},
): Record<string, Row[]> {
  const cap = names === "2023";
  return {
    Contents: [
      [],
      ["Energy Institute Statistical Review of World Energy"],
      [],
      [`This workbook contains information presented in the ${names}`],
      ["Energy Institute Statistical Review of World Energy, which can be found on the"],
    ],
    [cap ? "Oil Production - Barrels" : "Oil Production - barrels"]: countrySheet(
      "Oil: Production*",
      "Thousand barrels daily",
      BODY,
    ),
    [cap ? "Oil Production - Tonnes" : "Oil Production - tonnes"]: countrySheet(
      "Oil: Production*",
      "Million tonnes",
      BODY,
    ),
    [cap ? "Oil Consumption - Barrels" : "Oil Consumption - barrels"]: countrySheet(
      "Oil: Consumption*",
      "Thousand barrels daily",
      BODY,
    ),
    "Oil Consumption - Tonnes": countrySheet("Oil: Consumption*", "Million tonnes", BODY),
    "Oil Consumption - EJ": countrySheet("Oil: Consumption*", "Exajoules", BODY),
    "Oil - Inter-area movements": MATRIX,
    [cap ? "Oil - Trade 2021 and 2022" : "Oil - Trade movements in 22-23"]: TRADE,
    "Approximate conversion factors": CONVERSION,
    ...overrides,
  };
}

export function review(names: "2023" | "2024", overrides: Record<string, Row[]> = {}) {
  return gridWorkbook(`EI-${names}.xlsx`, reviewSheets(names, overrides));
}
