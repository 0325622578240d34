import ExcelJS from "exceljs";
import { isMerged, type CellValue, type Workbook } from "@/lib/xlsx/workbook";

/**
 * A workbook held in memory for unit tests: each sheet is a grid of rows (index 0 is row 1,
 * column A). `undefined` and missing cells read as empty.
 */
export function gridWorkbook(
  file: string,
  sheets: Record<string, (CellValue | undefined)[][]>,
): Workbook {
  return {
    file,
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      rowCount: rows.length,
      columnCount: Math.max(0, ...rows.map((r) => r.length)),
      cell: (row: number, column: number) => rows[row - 1]?.[column - 1] ?? null,
    })),
  };
}

/** The same grids written as a real xlsx file with exceljs; `edit` can add formulas, merges… */
export async function xlsxBytes(
  sheets: Record<string, (CellValue | undefined)[][]>,
  edit?: (book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== undefined && v !== null && !isMerged(v)) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  edit?.(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
