import Papa from "papaparse";
import { FILE_LEVEL, type Problem } from "./problems";

/** One CSV record with the physical line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  /** Physical line of the header row. */
  headerLine: number;
  records: CsvRecord[];
  problems: Problem[];
}

/** Limits that keep a hostile file from costing unbounded time or memory downstream. */
export const CSV_LIMITS = {
  maxColumns: 500,
  maxFieldLength: 100_000,
  maxProblemsPerFile: 100,
} as const;

/**
 * Decodes file bytes as UTF-8 (dropping a BOM). Bytes that are not UTF-8 (e.g. Latin-1 `é`)
 * are a problem, located at the line where they start, not silently replaced.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const at = lenient.indexOf("\uFFFD");
    const line = countLineBreaks(lenient.slice(0, Math.max(at, 0))) + 1;
    return {
      text: lenient,
      problems: [
        {
          file,
          line,
          column: FILE_LEVEL,
          message: "file is not valid UTF-8 (e.g. saved as Latin-1/Windows-1252); save it as UTF-8",
        },
      ],
    };
  }
}

/** Counts physical line breaks: CRLF, LF and lone CR each count once. */
export function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && s.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

function hasLineBreak(s: string): boolean {
  return s.includes("\n") || s.includes("\r");
}

/**
 * Parses CSV text (RFC 4180: comma, double quotes) into a header and records, each with the
 * physical line it starts on. Structural problems (unterminated quote, ragged rows, duplicate
 * or empty header names, NUL bytes, oversized fields) come back located; nothing is thrown.
 * Cells are returned as strings: typing is the validator's job.
 */
export function parseCsv(input: string, file: string): ParsedCsv {
  const problems: Problem[] = [];
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;

  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    problems.push({
      file,
      line: countLineBreaks(text.slice(0, nul)) + 1,
      column: FILE_LEVEL,
      message: "contains a NUL byte: this is not a text CSV file",
    });
    return { header: [], headerLine: 1, records: [], problems };
  }
  if (text.trim() === "") {
    problems.push({
      file,
      line: 1,
      column: FILE_LEVEL,
      message: "file is empty: expected a header row",
    });
    return { header: [], headerLine: 1, records: [], problems };
  }

  // No dynamicTyping: every cell stays a string so `007` stays `007` and zod types each column.
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: ",",
  });
  const rows = result.data;

  // Physical start line of each parsed row: one line per row plus any line breaks inside quoted cells.
  const lineOf: number[] = new Array(rows.length);
  let line = 1;
  for (let i = 0; i < rows.length; i++) {
    lineOf[i] = line;
    line += 1;
    const row = rows[i]!;
    for (let j = 0; j < row.length; j++) {
      const cell = row[j]!;
      if (hasLineBreak(cell)) line += countLineBreaks(cell);
    }
  }

  for (const err of result.errors) {
    // Delimiter auto-detection is off, so "UndetectableDelimiter" cannot occur; the rest are real.
    const at =
      err.row !== undefined && err.row >= 0 && err.row < rows.length ? lineOf[err.row]! : 1;
    const message =
      err.code === "MissingQuotes"
        ? 'unterminated quoted field (a " opens a cell that is never closed)'
        : err.code === "InvalidQuotes"
          ? 'stray quote inside a quoted cell (write "" for a literal quote)'
          : err.message;
    problems.push({ file, line: at, column: FILE_LEVEL, message });
  }
  if (problems.length > 0) return { header: [], headerLine: 1, records: [], problems };

  const isBlank = (row: string[]) => row.every((c) => c.trim() === "");
  let first = 0;
  while (first < rows.length && isBlank(rows[first]!)) first++;
  const header = (rows[first] ?? []).map((h) => h.trim());
  const headerLine = lineOf[first] ?? 1;

  if (header.length > CSV_LIMITS.maxColumns) {
    problems.push({
      file,
      line: headerLine,
      column: FILE_LEVEL,
      message: `header has ${header.length} columns (limit ${CSV_LIMITS.maxColumns})`,
    });
    return { header: [], headerLine: 1, records: [], problems };
  }
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === "") {
      problems.push({
        file,
        line: headerLine,
        column: `#${i + 1}`,
        message: "header cell is empty",
      });
    } else if (seen.has(name)) {
      problems.push({
        file,
        line: headerLine,
        column: name,
        message: `duplicate column name (also column ${seen.get(name)! + 1})`,
      });
    } else seen.set(name, i);
  });

  const records: CsvRecord[] = [];
  for (let i = first + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (isBlank(cells)) continue;
    const at = lineOf[i]!;
    if (cells.length !== header.length) {
      problems.push({
        file,
        line: at,
        column: FILE_LEVEL,
        message: `row has ${cells.length} field${cells.length === 1 ? "" : "s"}, header has ${header.length}`,
      });
      continue;
    }
    const long = cells.findIndex((c) => c.length > CSV_LIMITS.maxFieldLength);
    if (long !== -1) {
      problems.push({
        file,
        line: at,
        column: header[long]!,
        message: `cell is ${cells[long]!.length} characters long (limit ${CSV_LIMITS.maxFieldLength})`,
      });
      continue;
    }
    records.push({ line: at, cells });
  }
  return { header, headerLine, records, problems };
}
