import {
  cellAddress,
  cellRef,
  isMerged,
  WorkbookProblem,
  type CellValue,
  type Sheet,
  type Workbook,
} from "../xlsx/workbook";

/**
 * The European Commission's Crude Oil Import Register (EU28), one workbook per year: a sheet
 * per month ("EU COI - Jan" … "EU COI - Dec", September as "Sept"), each a list of blocks per
 * reporting country. The cumulative "Detailed Crude Oil Imports" sheet repeats the months and
 * is never read.
 */

export interface EuImportRow {
  year: number;
  month: number;
  importer: string;
  origin: string;
  grade: string;
  /** Thousand barrels. */
  volumeKbbl: number;
  /** Thousand US dollars, CIF; missing when the register marks it confidential "(3)". */
  valueKusd?: number;
  /** US dollars per barrel, CIF; missing when confidential. */
  cifUsdPerBbl?: number;
  /** Fraction of the EU's total imports that month (0.0056 = 0.56 %). */
  shareOfEu?: number;
  confidential: boolean;
  sheet: string;
  /** The row's volume cell, e.g. `E8`. */
  cell: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The headings as the register writes them, footnote marks such as "(2)" aside. */
const HEADER = [
  "Reporting Country",
  "Country of Origin",
  "Type of crude oil",
  "Volume (1000 bbl)",
  "Total Value ($ 1000)",
  "CIF price ($/bbl)",
  "% of Total Imports",
];
/** "CIF price (2) ($/bbl)" → "cif price ($/bbl)": compared without case or footnote marks. */
const heading = (v: CellValue) =>
  text(v)
    .replace(/\s*\(\d\)/g, "")
    .toLowerCase();
const isHeading = (v: CellValue, i: number) => heading(v) === HEADER[i]!.toLowerCase();
const CONFIDENTIAL = "(3)";
const MAX_PROBLEMS = 50;

const text = (v: CellValue) => (typeof v === "string" ? v.trim() : "");

/** "EU COI - Sept" → 9; anything else → undefined. */
export function monthOfSheet(name: string): number | undefined {
  const m = /^eu coi\s*-\s*([a-z]+)\s*$/i.exec(name.trim());
  if (!m) return undefined;
  const i = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
  return i === -1 ? undefined : i + 1;
}

/**
 * Reads every month sheet. The year comes from a sheet's title cell ("Jan - 2019") where the
 * workbook has one, else from the file name (the 2013–2017 workbooks have no title lines);
 * the two must agree.
 */
export function parseEuRegister(
  wb: Workbook,
): { rows: EuImportRow[] } | { problems: WorkbookProblem[] } {
  const problems: WorkbookProblem[] = [];
  let more = 0;
  const add = (sheet: string | undefined, row: number, column: number, message: string) => {
    if (problems.length >= MAX_PROBLEMS) return void more++;
    problems.push(
      new WorkbookProblem(wb.file, sheet ? cellRef(sheet, row, column) : undefined, message),
    );
  };
  const fromName = /(?:19|20)\d\d(?=\D*$)/.exec(wb.file.split(/[\\/]/).pop() ?? "")?.[0];
  const months = wb.sheets
    .map((sheet) => ({ sheet, month: monthOfSheet(sheet.name) }))
    .filter((s): s is { sheet: Sheet; month: number } => s.month !== undefined);
  if (months.length === 0) {
    add(
      undefined,
      0,
      0,
      'not a Crude Oil Import Register workbook: no month sheet ("EU COI - Jan" … "EU COI - Dec")',
    );
    return { problems };
  }
  const seen = new Map<number, string>();
  const rows: EuImportRow[] = [];
  for (const { sheet, month } of months) {
    if (seen.has(month))
      add(
        sheet.name,
        1,
        1,
        `a second sheet for month ${month} (the first is "${seen.get(month)}")`,
      );
    seen.set(month, sheet.name);
    const read = readMonth(sheet, month, fromName, add);
    if (read) rows.push(...read);
  }
  if (more > 0)
    problems.push(
      new WorkbookProblem(wb.file, undefined, `… and ${more} more problems like these`),
    );
  return problems.length > 0 ? { problems } : { rows };
}

type Add = (sheet: string | undefined, row: number, column: number, message: string) => void;

function readMonth(
  sheet: Sheet,
  month: number,
  fromName: string | undefined,
  add: Add,
): EuImportRow[] | undefined {
  // The header row: "Reporting Country | Country of Origin | …", wherever the table starts.
  let headerRow: number | undefined;
  let first = 0;
  for (let r = 1; r <= Math.min(sheet.rowCount, 30) && !headerRow; r++)
    for (let c = 1; c <= 3; c++)
      if (isHeading(sheet.cell(r, c), 0)) {
        headerRow = r;
        first = c;
        break;
      }
  if (!headerRow) {
    add(
      sheet.name,
      1,
      1,
      'no "Reporting Country" header row in the first 30 rows: the layout changed',
    );
    return undefined;
  }
  for (let i = 1; i < HEADER.length; i++)
    if (!isHeading(sheet.cell(headerRow, first + i), i)) {
      add(
        sheet.name,
        headerRow,
        first + i,
        `expected the heading "${HEADER[i]}", found ${JSON.stringify(sheet.cell(headerRow, first + i))}: the layout changed`,
      );
      return undefined;
    }
  // The year: a title cell "Jan - 2019" above the header, or the file name.
  let year: number | undefined;
  for (let r = 1; r < headerRow && year === undefined; r++)
    for (let c = 1; c <= sheet.columnCount; c++) {
      const m = /^([a-z]{3,4})\s*-\s*((?:19|20)\d\d)$/i.exec(text(sheet.cell(r, c)));
      if (m) {
        year = Number(m[2]);
        if (fromName && Number(fromName) !== year)
          add(sheet.name, r, c, `the sheet says ${year} but the file name says ${fromName}`);
        break;
      }
    }
  year ??= fromName ? Number(fromName) : undefined;
  if (year === undefined) {
    add(
      sheet.name,
      1,
      1,
      'no year: neither a title cell such as "Jan - 2019" nor a year in the file name',
    );
    return undefined;
  }

  const rows: EuImportRow[] = [];
  let importer = "";
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const at = (i: number) => sheet.cell(r, first + i);
    const reporting = text(at(0));
    const origin = text(at(1));
    const grade = text(at(2));
    if (isHeading(at(0), 0)) continue; // the header repeated before each block
    if (/^sum:?$/i.test(grade) || /^sum:?$/i.test(origin)) continue; // a block's total
    if (/^world$/i.test(reporting) && !origin) continue; // the month's EU total
    if (!reporting && !origin && !grade && at(3) === null) continue; // blank lines, footnotes
    if (/^\(\d\)/.test(reporting)) break; // the footnotes "(1) Source: …" close the sheet
    if (reporting) importer = reporting; // the country is written on its block's first row only
    if (!importer) {
      add(sheet.name, r, first, "a row before any reporting country");
      continue;
    }
    if (!origin) {
      add(sheet.name, r, first + 1, "no country of origin");
      continue;
    }
    const volume = numberAt(sheet, r, first + 3, add, false);
    const value = numberAt(sheet, r, first + 4, add, true);
    const price = numberAt(sheet, r, first + 5, add, true);
    const share = numberAt(sheet, r, first + 6, add, true);
    if (volume === undefined || volume === CONFIDENTIAL) continue;
    rows.push({
      year,
      month,
      importer,
      origin,
      grade,
      volumeKbbl: volume,
      ...(typeof value === "number" ? { valueKusd: value } : {}),
      ...(typeof price === "number" ? { cifUsdPerBbl: price } : {}),
      ...(typeof share === "number" ? { shareOfEu: share } : {}),
      confidential: value === CONFIDENTIAL || price === CONFIDENTIAL || share === CONFIDENTIAL,
      sheet: sheet.name,
      cell: cellAddress(r, first + 3),
    });
  }
  return rows;
}

/** A number, the confidentiality mark `(3)` where it is allowed, or a located problem. */
function numberAt(sheet: Sheet, row: number, column: number, add: Add, mayBeConfidential: boolean) {
  const v = sheet.cell(row, column);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (isMerged(v)) {
    add(
      sheet.name,
      row,
      column,
      `a merged cell (part of ${v.mergedInto}) inside the table: the layout changed`,
    );
    return undefined;
  }
  if (text(v) === CONFIDENTIAL) {
    if (mayBeConfidential) return CONFIDENTIAL;
    add(
      sheet.name,
      row,
      column,
      "a confidential volume: the register keeps volumes public, only values and prices are marked (3)",
    );
    return undefined;
  }
  add(
    sheet.name,
    row,
    column,
    v === null
      ? "an empty cell where a number was expected"
      : `${JSON.stringify(v)} is not a number`,
  );
  return undefined;
}
