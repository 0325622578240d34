import { type CellValue, type Workbook } from "@/lib/xlsx/workbook";

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
