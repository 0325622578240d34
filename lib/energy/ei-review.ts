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
 * The Energy Institute Statistical Review of World Energy, read from the workbook as the
 * Institute publishes it. Sheets are found by their title rows, never by name (names change
 * between editions). Everything read keeps its edition and its cell, so each figure can be
 * traced back to `sheet!cell` of the named edition.
 */

/** Where a figure came from: the sheet's name in that edition and the cell, e.g. `BH71`. */
export interface CellOrigin {
  sheet: string;
  cell: string;
}

/** A cell that is not a number but one of the sheet's markers, as its notes define them. */
export type EiMarker = "less than 0.05" | "n/a" | "-";

export type EntityKind = "country" | "country group" | "region total";

export interface EiCountryValue extends CellOrigin {
  entity: string;
  kind: EntityKind;
  /** The region whose "Total …" row closes the entity's block ("" for world-level rows). */
  region: string;
  year: number;
  value?: number;
  marker?: EiMarker;
}

export interface EiCountryTable {
  measure: "consumption" | "production";
  unit: "thousand barrels daily" | "million tonnes";
  sheet: string;
  values: EiCountryValue[];
  /** Zeros that stand for "included in the USSR" (CIS members before 1985): not stored. */
  ussrZerosSkipped: number;
}

export interface EiMatrixValue extends CellOrigin {
  kind: "crude" | "product";
  from: string;
  to: string;
  year: number;
  value?: number;
  marker?: EiMarker;
}

export interface EiTradeValue extends CellOrigin {
  region: string;
  year: number;
  kind: "crude" | "product";
  flow: "imports" | "exports";
  unit: "million tonnes" | "thousand barrels daily";
  value?: number;
  marker?: EiMarker;
}

export interface EiConversionFactor extends CellOrigin {
  id:
    | "crude-tonnes-to-barrels"
    | "crude-barrels-to-tonnes"
    | "crude-barrels-per-day-to-tonnes-per-year";
  from: string;
  to: string;
  factor: number;
  basis: string;
}

export interface EiReview {
  file: string;
  /** Edition year as the workbook names itself, e.g. "2024". */
  edition: string;
  tables: EiCountryTable[];
  matrix: { sheet: string; year: number; values: EiMatrixValue[] };
  /** "Oil trade in 2022 and 2023": each region's crude and product imports and exports. */
  trade: EiTradeValue[];
  conversion: EiConversionFactor[];
}

/** Collects located problems instead of stopping at the first. */
class Problems {
  readonly list: WorkbookProblem[] = [];
  constructor(readonly file: string) {}
  add(sheet: string | undefined, row: number, column: number, message: string) {
    this.list.push(
      new WorkbookProblem(this.file, sheet ? cellRef(sheet, row, column) : undefined, message),
    );
  }
  whole(message: string) {
    this.list.push(new WorkbookProblem(this.file, undefined, message));
  }
}

const text = (v: CellValue) => (typeof v === "string" ? v.trim() : "");
/** Footnote marks and stray spaces after a name: "Other Europe ", "European Union #". */
const cleanName = (s: string) => s.replace(/[\s*#^†‡]+$/u, "").replace(/^\s+/, "");

/** The edition, from the line "2024 Energy Institute Statistical Review of World Energy". */
export function findEdition(wb: Workbook): string | undefined {
  for (const sheet of wb.sheets.slice(0, 3)) {
    // The line can wrap over rows: "…presented in the 2023" / "Energy Institute Statistical Review…".
    const lines: string[] = [];
    for (let r = 1; r <= Math.min(sheet.rowCount, 12); r++)
      for (let c = 1; c <= Math.min(sheet.columnCount, 4); c++) lines.push(text(sheet.cell(r, c)));
    const m = /\b((?:19|20)\d\d)\s+(?:Energy Institute|bp)\s+Statistical Review/i.exec(
      lines.join(" "),
    );
    if (m) return m[1];
  }
  return undefined;
}

/** Sheets whose column A has a title matching `title` in their first five rows. */
export function sheetsTitled(
  wb: Workbook,
  title: RegExp,
): { sheet: Sheet; row: number; match: RegExpExecArray }[] {
  const found = [];
  for (const sheet of wb.sheets)
    for (let r = 1; r <= Math.min(sheet.rowCount, 5); r++) {
      const match = title.exec(text(sheet.cell(r, 1)));
      if (match) {
        found.push({ sheet, row: r, match });
        break;
      }
    }
  return found;
}

const COUNTRY_TABLES = [
  {
    measure: "consumption",
    unit: "thousand barrels daily",
    title: /^oil:\s*consumption\s*\*?$/i,
    unitRow: /^thousand barrels daily$/i,
  },
  {
    measure: "consumption",
    unit: "million tonnes",
    title: /^oil:\s*consumption\s*\*?$/i,
    unitRow: /^million tonnes$/i,
  },
  {
    measure: "production",
    unit: "thousand barrels daily",
    title: /^oil:\s*production\s*\*?$/i,
    unitRow: /^thousand barrels daily$/i,
  },
  {
    measure: "production",
    unit: "million tonnes",
    title: /^oil:\s*production\s*\*?$/i,
    unitRow: /^million tonnes$/i,
  },
] as const;

/** Reads the whole review; throws the list of located problems if anything does not fit. */
export function parseEiReview(wb: Workbook): EiReview | { problems: WorkbookProblem[] } {
  const problems = new Problems(wb.file);
  const edition = findEdition(wb);
  if (!edition) {
    problems.whole(
      'not an Energy Institute Statistical Review workbook: no sheet names its edition (a line such as "2024 Energy Institute Statistical Review of World Energy" in its first rows)',
    );
    return { problems: problems.list };
  }
  const tables: EiCountryTable[] = [];
  for (const spec of COUNTRY_TABLES) {
    const candidates = sheetsTitled(wb, spec.title)
      .map((t) => ({ ...t, unitAt: unitRow(t.sheet, t.row, spec.unitRow) }))
      .filter((t) => t.unitAt !== undefined);
    if (candidates.length !== 1) {
      problems.whole(
        candidates.length === 0
          ? `no sheet titled "${spec.title.source.replace(/\\s\*|\\|\^|\$|\?/g, "").replace(/:/, ": ")}" with a "${spec.unit}" unit row: the layout changed`
          : `${candidates.length} sheets titled like oil ${spec.measure} in ${spec.unit}: ${candidates.map((c) => c.sheet.name).join(", ")}`,
      );
      continue;
    }
    const { sheet, unitAt } = candidates[0]!;
    const table = readCountryTable(sheet, unitAt!, problems);
    if (table) tables.push({ measure: spec.measure, unit: spec.unit, sheet: sheet.name, ...table });
  }
  const matrix = readMatrix(wb, problems);
  const trade = readTradeTable(wb, problems);
  const conversion = readConversionFactors(wb, problems);
  if (problems.list.length > 0 || !matrix) return { problems: problems.list };
  return { file: wb.file, edition, tables, matrix, trade, conversion };
}

function unitRow(sheet: Sheet, titleRow: number, unit: RegExp): number | undefined {
  for (let r = titleRow + 1; r <= Math.min(sheet.rowCount, titleRow + 4); r++)
    if (unit.test(text(sheet.cell(r, 1)))) return r;
  return undefined;
}

/**
 * The year columns: consecutive years from column B. The growth-rate and share columns that
 * follow (headed "2023", "2013-23" under "Growth rate per annum"/"Share") break the sequence
 * and are never read.
 */
function yearColumns(
  sheet: Sheet,
  headerRow: number,
  problems: Problems,
): { column: number; year: number }[] {
  const years: { column: number; year: number }[] = [];
  for (let c = 2; c <= sheet.columnCount; c++) {
    const v = sheet.cell(headerRow, c);
    const above = text(sheet.cell(headerRow - 1, c));
    const expected = years.length ? years[years.length - 1]!.year + 1 : undefined;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1900 || v > 2100) break;
    if (expected !== undefined && v !== expected) break;
    if (/growth|share/i.test(above)) break;
    years.push({ column: c, year: v });
  }
  if (years.length < 2)
    problems.add(
      sheet.name,
      headerRow,
      2,
      "expected the years as column headings from here (at least two consecutive years): the layout changed",
    );
  return years;
}

/** A data cell: a number, a marker the sheet's notes define, or a located problem. */
function readValue(
  sheet: Sheet,
  row: number,
  column: number,
  problems: Problems,
): { value?: number; marker?: EiMarker } | undefined {
  const v = sheet.cell(row, column);
  if (typeof v === "number") return { value: v };
  if (isMerged(v)) {
    problems.add(
      sheet.name,
      row,
      column,
      `a merged cell (part of ${v.mergedInto}) inside the table: the layout changed`,
    );
    return undefined;
  }
  const s = typeof v === "string" ? v.trim() : "";
  if (s === "^" || s === "†") return { marker: "less than 0.05" };
  if (/^n\/a$/i.test(s)) return { marker: "n/a" };
  if (s === "-" || s === "–") return { marker: "-" };
  if (v === null || s === "") {
    problems.add(
      sheet.name,
      row,
      column,
      "an empty cell inside the table (expected a number, ^, n/a or -)",
    );
    return undefined;
  }
  problems.add(
    sheet.name,
    row,
    column,
    `${JSON.stringify(v)} is not a number (expected a number, ^, n/a or -)`,
  );
  return undefined;
}

/** Rows that sum several countries without being a region's total ("Other Europe", "Central America"). */
const COUNTRY_GROUP =
  /^(other\b|central america$|(eastern|middle|western|northern|southern) africa$)/i;
const REGION_TOTAL = /^(total\b|of which\b|non-oecd\b|european union\b|opec\b|non-opec\b)/i;

function readCountryTable(sheet: Sheet, headerRow: number, problems: Problems) {
  const years = yearColumns(sheet, headerRow, problems);
  if (years.length < 2) return undefined;
  const rows: { row: number; entity: string; kind: EntityKind }[] = [];
  let sawWorld = false;
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const name = cleanName(text(sheet.cell(r, 1)));
    if (!name) {
      if (sawWorld) break; // the blank line before the footnotes
      continue;
    }
    // Below "Total World" and its "of which" rows come the footnotes, with or without a blank line.
    if (sawWorld && sheet.cell(r, years[0]!.column) === null) break;
    const kind: EntityKind = REGION_TOTAL.test(name)
      ? "region total"
      : COUNTRY_GROUP.test(name)
        ? "country group"
        : "country";
    rows.push({ row: r, entity: name, kind });
    if (/^total world$/i.test(name)) sawWorld = true;
  }
  if (!sawWorld) {
    problems.add(
      sheet.name,
      headerRow + 1,
      1,
      'no "Total World" row below the table heading: the layout changed',
    );
    return undefined;
  }
  // Each block of countries is closed by its "Total <region>" row.
  const regions = new Map<number, string>();
  let block: number[] = [];
  for (const r of rows) {
    if (/^total /i.test(r.entity)) {
      const region = r.entity.replace(/^total /i, "");
      for (const b of block) regions.set(b, /^world$/i.test(region) ? "" : region);
      block = [];
    } else block.push(r.row);
  }
  const values: EiCountryValue[] = [];
  for (const r of rows)
    for (const { column, year } of years) {
      const read = readValue(sheet, r.row, column, problems);
      if (!read) continue;
      values.push({
        entity: r.entity,
        kind: r.kind,
        region: regions.get(r.row) ?? "",
        year,
        ...read,
        sheet: sheet.name,
        cell: cellAddress(r.row, column),
      });
    }
  // Before 1985 the CIS members are zeros and their oil is in the USSR row; from 1985 the USSR
  // row is zero and its successors have the figures. Those zeros mean "reported elsewhere".
  const total = (entity: RegExp) =>
    new Map(values.filter((v) => entity.test(v.entity)).map((v) => [v.year, v.value ?? 0]));
  const ussr = total(/^ussr$/i);
  const kept = values.filter((v) => {
    if (v.region !== "CIS" || v.kind === "region total" || v.value !== 0) return true;
    return /^ussr$/i.test(v.entity)
      ? (ussr.get(v.year) ?? 0) > 0 || !sumsOfMembers(values, v.year)
      : !((ussr.get(v.year) ?? 0) > 0);
  });
  return { values: kept, ussrZerosSkipped: values.length - kept.length };
}

/** Whether any CIS member other than the USSR has a non-zero figure that year. */
const sumsOfMembers = (values: EiCountryValue[], year: number) =>
  values.some(
    (v) => v.year === year && v.region === "CIS" && !/^ussr$/i.test(v.entity) && (v.value ?? 0) > 0,
  );

/** "Oil: Inter-area movements 2023": the crude block, then the product block, exporters × importing regions. */
function readMatrix(wb: Workbook, problems: Problems): EiReview["matrix"] | undefined {
  const found = sheetsTitled(wb, /^oil:\s*inter-area movements\s+((?:19|20)\d\d)$/i);
  if (found.length !== 1) {
    problems.whole(
      found.length === 0
        ? 'no sheet titled "Oil: Inter-area movements <year>": the layout changed'
        : `${found.length} sheets titled "Oil: Inter-area movements"`,
    );
    return undefined;
  }
  const { sheet, match } = found[0]!;
  const year = Number(match[1]);
  const blockRow = (label: RegExp) => {
    for (let r = 1; r <= sheet.rowCount; r++) if (label.test(text(sheet.cell(r, 1)))) return r;
    return undefined;
  };
  const crudeRow = blockRow(/^crude \(million tonnes\)$/i);
  const productRow = blockRow(/^product \(million tonnes\)$/i);
  if (!crudeRow || !productRow) {
    problems.add(
      sheet.name,
      1,
      1,
      'expected a "Crude (million tonnes)" block and a "Product (million tonnes)" block below the title: the layout changed',
    );
    return undefined;
  }
  // Importing regions: the crude block's heading row, up to its "Total" column.
  const importers: { column: number; name: string }[] = [];
  for (let c = 2; c <= sheet.columnCount; c++) {
    const name = cleanName(text(sheet.cell(crudeRow, c)));
    if (/^total$/i.test(name)) break;
    if (!name) {
      problems.add(
        sheet.name,
        crudeRow,
        c,
        "an empty importing-region heading before the Total column",
      );
      return undefined;
    }
    importers.push({ column: c, name });
  }
  const values: EiMatrixValue[] = [];
  for (const [kind, start] of [
    ["crude", crudeRow],
    ["product", productRow],
  ] as const) {
    let closed = false;
    for (let r = start + 1; r <= sheet.rowCount; r++) {
      const from = cleanName(text(sheet.cell(r, 1)));
      if (/^from$/i.test(from)) continue;
      if (/^total imports$/i.test(from)) {
        closed = true;
        break;
      }
      if (!from) {
        problems.add(sheet.name, r, 1, `the ${kind} block ends without its "Total imports" row`);
        break;
      }
      for (const { column, name } of importers) {
        const read = readValue(sheet, r, column, problems);
        if (read)
          values.push({
            kind,
            from,
            to: name,
            year,
            ...read,
            sheet: sheet.name,
            cell: cellAddress(r, column),
          });
      }
    }
    if (!closed && values.length === 0) return undefined;
  }
  return { sheet: sheet.name, year, values };
}

/**
 * "Oil trade in 2022 and 2023": two blocks of rows (million tonnes, then thousand barrels
 * daily), each region's crude and product imports and exports, columns B–E for the first year
 * and F–I for the second (the row above names each block's year).
 */
function readTradeTable(wb: Workbook, problems: Problems): EiTradeValue[] {
  const found = sheetsTitled(wb, /^oil trade in ((?:19|20)\d\d) and ((?:19|20)\d\d)$/i);
  if (found.length !== 1) {
    problems.whole(
      found.length === 0
        ? 'no sheet titled "Oil trade in <year> and <year>": the layout changed'
        : `${found.length} sheets titled "Oil trade in …"`,
    );
    return [];
  }
  const { sheet, row: titleRow, match } = found[0]!;
  const years = [Number(match[1]), Number(match[2])];
  const yearRow = titleRow + 1;
  const kindRow = titleRow + 2;
  const columns: {
    column: number;
    year: number;
    kind: "crude" | "product";
    flow: "imports" | "exports";
  }[] = [];
  for (let c = 2; c <= 9; c++) {
    const kind = text(sheet.cell(kindRow, c)).toLowerCase();
    const flow = text(sheet.cell(kindRow + 1, c)).toLowerCase();
    if ((kind !== "crude" && kind !== "product") || (flow !== "imports" && flow !== "exports")) {
      problems.add(
        sheet.name,
        kindRow,
        c,
        'expected "Crude" or "Product" over "Imports" or "Exports": the layout changed',
      );
      return [];
    }
    columns.push({ column: c, year: years[c < 6 ? 0 : 1]!, kind, flow });
  }
  // Each year's label sits somewhere over its own four columns.
  for (const [i, year] of years.entries()) {
    const over = [0, 1, 2, 3].map((k) => sheet.cell(yearRow, 2 + i * 4 + k));
    if (!over.includes(year)) {
      problems.add(
        sheet.name,
        yearRow,
        2 + i * 4,
        `expected the year ${year} over columns ${i === 0 ? "B–E" : "F–I"}: the layout changed`,
      );
      return [];
    }
  }
  const values: EiTradeValue[] = [];
  let unit: EiTradeValue["unit"] | undefined;
  for (let r = kindRow + 1; r <= sheet.rowCount; r++) {
    const name = cleanName(text(sheet.cell(r, 1)));
    if (/^million tonnes$/i.test(name)) {
      unit = "million tonnes";
      continue;
    }
    if (/^thousand barrels daily$/i.test(name)) {
      unit = "thousand barrels daily";
      continue;
    }
    if (!name || !unit) continue;
    if (sheet.cell(r, 2) === null) break; // the footnotes
    for (const col of columns) {
      const read = readValue(sheet, r, col.column, problems);
      if (read)
        values.push({
          region: name,
          year: col.year,
          kind: col.kind,
          flow: col.flow,
          unit,
          ...read,
          sheet: sheet.name,
          cell: cellAddress(r, col.column),
        });
    }
  }
  if (
    !values.some((v) => v.unit === "thousand barrels daily") ||
    !values.some((v) => v.unit === "million tonnes")
  )
    problems.add(
      sheet.name,
      kindRow + 1,
      1,
      'expected a "Million tonnes" block and a "Thousand barrels daily" block: the layout changed',
    );
  return values;
}

/** The crude-oil part of "Approximate conversion factors" (based on worldwide average gravity). */
function readConversionFactors(wb: Workbook, problems: Problems): EiConversionFactor[] {
  const found = sheetsTitled(wb, /^approximate conversion factors$/i);
  if (found.length !== 1) {
    problems.whole('no sheet titled "Approximate conversion factors": the layout changed');
    return [];
  }
  const { sheet } = found[0]!;
  let crude: number | undefined;
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r++)
    if (/^crude oil\*?$/i.test(text(sheet.cell(r, 1)))) crude = r;
  if (!crude) {
    problems.add(sheet.name, 1, 1, 'no "Crude oil" table in its first 20 rows');
    return [];
  }
  // A column's unit is written over two rows ("tonnes" / "(metric)", "tonnes/" / "year").
  const unitOf = (c: number) =>
    [crude - 1, crude]
      .map((r) => text(sheet.cell(r, c)))
      .join(" ")
      .replace(/\s+/g, " ")
      .replace(/\/ /, "/")
      .trim()
      .toLowerCase();
  const rowOf = (label: RegExp) => {
    for (let r = crude + 1; r <= crude + 10; r++) if (label.test(text(sheet.cell(r, 1)))) return r;
    return undefined;
  };
  const columnOf = (unit: string) => {
    for (let c = 2; c <= 10; c++) if (unitOf(c) === unit) return c;
    return undefined;
  };
  const basis = /based on worldwide average gravity/i.test(
    [crude + 7, crude + 8, crude + 9].map((r) => text(sheet.cell(r, 1))).join(" "),
  )
    ? "based on worldwide average gravity"
    : "as the sheet gives it";
  const wanted = [
    {
      id: "crude-tonnes-to-barrels",
      from: "tonnes",
      to: "barrels",
      row: /^tonnes \(metric\)$/i,
      column: "barrels",
    },
    {
      id: "crude-barrels-to-tonnes",
      from: "barrels",
      to: "tonnes",
      row: /^barrels$/i,
      column: "tonnes (metric)",
    },
    {
      id: "crude-barrels-per-day-to-tonnes-per-year",
      from: "barrels per day",
      to: "tonnes per year",
      row: /^barrels\/day$/i,
      column: "tonnes/year",
    },
  ] as const;
  const factors: EiConversionFactor[] = [];
  for (const w of wanted) {
    const r = rowOf(w.row);
    const c = columnOf(w.column);
    if (!r || !c) {
      problems.add(
        sheet.name,
        crude,
        1,
        `no "${w.from} → ${w.to}" factor in the crude oil table: the layout changed`,
      );
      continue;
    }
    const v = sheet.cell(r, c);
    if (typeof v !== "number" || !(v > 0)) {
      problems.add(sheet.name, r, c, `${JSON.stringify(v)} is not a positive conversion factor`);
      continue;
    }
    factors.push({
      id: w.id,
      from: w.from,
      to: w.to,
      factor: v,
      basis,
      sheet: sheet.name,
      cell: cellAddress(r, c),
    });
  }
  return factors;
}
