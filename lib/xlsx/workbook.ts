import ExcelJS from "exceljs";
import { checkWorkbookZip } from "./zip-guard";

/**
 * xlsx workbooks as the importers see them: sheets of plain cell values, read with exceljs
 * (a maintained reader) after `checkWorkbookZip` has refused anything too large. Every problem
 * is located the same way: `file: sheet!cell: message`.
 */

/** A merged cell other than the top-left one of its range. */
export interface MergedCell {
  mergedInto: string;
}
export type CellValue = number | string | boolean | Date | MergedCell | null;

export interface Sheet {
  name: string;
  /** Last row and column holding anything (1-based). */
  rowCount: number;
  columnCount: number;
  /** The cell's value: rich text flattened, a formula read through its cached result. */
  cell(row: number, column: number): CellValue;
}

export interface Workbook {
  /** The file as shown in messages (relative path). */
  file: string;
  sheets: Sheet[];
}

/** A problem in a workbook: `file: sheet!cell: message` (or `file: message` for the whole file). */
export class WorkbookProblem extends Error {
  constructor(
    readonly file: string,
    readonly where: string | undefined,
    readonly problem: string,
  ) {
    super(`${file}: ${where ? `${where}: ` : ""}${problem}`);
    this.name = "WorkbookProblem";
    // The message says where; a stack trace would only hide it.
    this.stack = this.message;
  }
}

/** `sheet!A1` as Excel writes it (quoted when the name needs it). */
export function cellRef(sheet: string, row: number, column: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cellAddress(row, column)}`;
}

/** `B7`: a cell's address within its sheet. */
export const cellAddress = (row: number, column: number) => `${columnLetters(column)}${row}`;

export function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const isMerged = (v: CellValue): v is MergedCell =>
  typeof v === "object" && v !== null && "mergedInto" in v;

/** Reads a workbook's bytes; throws `WorkbookProblem` for anything that is not a readable xlsx. */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<Workbook> {
  const check = checkWorkbookZip(bytes);
  if (!check.ok) throw new WorkbookProblem(file, check.where, check.message);
  const book = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; it reads any array buffer view.
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookProblem(
      file,
      undefined,
      `not a readable xlsx workbook (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  return { file, sheets: book.worksheets.map((ws) => sheetOf(ws, file)) };
}

function sheetOf(ws: ExcelJS.Worksheet, file: string): Sheet {
  return {
    name: ws.name,
    rowCount: ws.rowCount,
    columnCount: ws.columnCount,
    cell(row, column) {
      const c = ws.findCell(row, column);
      if (!c) return null;
      if (c.type === ExcelJS.ValueType.Merge) return { mergedInto: c.master.address };
      return plainValue(
        c.value,
        () =>
          new WorkbookProblem(
            file,
            cellRef(ws.name, row, column),
            "a formula without a cached value (open and save the workbook in a spreadsheet program to compute it)",
          ),
      );
    },
  };
}

function plainValue(v: ExcelJS.CellValue, noCachedValue: () => WorkbookProblem): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "string") return cleanText(v);
  if ("richText" in v) return cleanText(v.richText.map((r) => r.text).join(""));
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) throw noCachedValue();
    if (typeof result === "object" && !(result instanceof Date)) return result.error;
    return typeof result === "string" ? cleanText(result) : result;
  }
  if ("error" in v) return v.error;
  if ("text" in v) return cleanText(String(v.text));
  return null;
}

/** Excel's escaped carriage return (`_x000D_`) and CR/LF become plain spaces. */
const cleanText = (s: string) => s.replace(/_x000D_/g, " ").replace(/[\r\n]+/g, " ");
