import Papa from "papaparse";
import { countLineBreaks } from "./csv-parse";
import { FILE_LEVEL, type Problem } from "./problems";

/**
 * Reads a SIPRI Arms Transfers Database trade register exactly as SIPRI's site writes it:
 * preamble lines of notes (one of them "Data generated: <date>"), then the header row, every
 * line ending in `;`, CRLF or LF, `?` marking uncertain values. Pure: text in, rows or located
 * problems out.
 */

export const SIPRI_ID_COLUMN = "SIPRI AT Database ID";

/** Columns the importer reads; a header without them is not a trade register. */
export const REQUIRED_COLUMNS = [
  SIPRI_ID_COLUMN,
  "Supplier",
  "Recipient",
  "Designation",
  "Description",
  "Armament category",
  "Numbers delivered",
  "Delivery year",
  "TIV delivery values",
] as const;

export interface DeliveryRow {
  /** Physical line in the export. */
  line: number;
  sipriId: string;
  supplier: string;
  recipient: string;
  designation: string;
  description: string;
  category: string;
  orderYear: number | undefined;
  orderYearEstimate: boolean;
  numbersDelivered: number | undefined;
  numbersEstimate: boolean;
  year: number;
  yearEstimate: boolean;
  status: string;
  /** TIV of this year's deliveries in millionths of a TIV million (exact integer arithmetic). */
  tivMicro: number;
  /** The TIV cell was empty ("no deliveries identified"). */
  tivMissing: boolean;
}

export interface SipriRegister {
  /** "Data generated" date of the export, ISO (YYYY-MM-DD). */
  vintage: string;
  /** The selection line SIPRI writes first, e.g. "Transfers … from All countries to All countries …". */
  selection: string;
  /** Number of data rows read. */
  rowCount: number;
  /** One total per (delivery year, supplier, recipient) over every row, sorted. */
  totals: TransferTotal[];
  /** The deal rows `keep` selected (all rows when no `keep` was given). */
  rows: DeliveryRow[];
}

export interface SipriParseOptions {
  /** Overrides (or supplies) the "Data generated" date. */
  vintage?: string;
  /** Which deal rows to keep in full; every row is still checked and totalled. */
  keep?: (supplier: string, recipient: string) => boolean;
}

export type SipriParseResult =
  { ok: true; register: SipriRegister } | { ok: false; problems: Problem[] };

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** "12 Feb 2026 12:26:12 PM" → "2026-02-12"; also accepts ISO dates. */
export function parseGeneratedDate(s: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  if (!m) return undefined;
  const month = MONTHS[m[2]!.toLowerCase()];
  if (!month) return undefined;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** SIPRI ends every line with `;`; the field before it is the real last cell. */
function stripTerminator(cell: string): string {
  return cell.endsWith(";") ? cell.slice(0, -1) : cell;
}

/** A `?` before or after a value marks it as uncertain in SIPRI's registers; this strips it. */
function unmark(raw: string): string {
  return raw
    .trim()
    .replace(/^\?+|\?+$/g, "")
    .trim();
}

const YEAR = /^\d{4}$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Decimal text → integer millionths, so sums never pick up floating-point noise. Rounding the
 * scaled double is exact for SIPRI's values (a few decimals, far below 2^53 / 1e6).
 */
export function toMicro(decimal: string): number {
  return Math.round(Number(decimal) * 1e6);
}

/** Integer millionths → shortest decimal text ("12.5", "0.03", "111.5"). */
export function fromMicro(micro: number): string {
  const sign = micro < 0 ? "-" : "";
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / 1e6);
  const frac = String(abs % 1e6)
    .padStart(6, "0")
    .replace(/0+$/, "");
  return `${sign}${whole}${frac ? `.${frac}` : ""}`;
}

function isYes(s: string | undefined): boolean {
  return s === "Yes" || (s !== undefined && s.trim().toLowerCase() === "yes");
}

const MAX_PROBLEMS = 100;

/**
 * Parses a trade-register export. Any malformed data row makes the whole import fail with
 * every problem located (`file:line: column: message`): no partial import.
 */
export function parseSipriRegister(
  input: string,
  file: string,
  opts: SipriParseOptions = {},
): SipriParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const fail = (line: number, column: string, message: string): SipriParseResult => ({
    ok: false,
    problems: [{ file, line, column, message }],
  });

  // Find the header row by its first column name; everything before it is preamble.
  const headerAt = findHeaderOffset(text);
  if (headerAt === -1) {
    const hint = /TIV of arms (?:exports|imports)/i.test(text.slice(0, 2000))
      ? ' (this looks like a SIPRI TIV table; export the "trade register" instead)'
      : "";
    return fail(
      1,
      FILE_LEVEL,
      `not a SIPRI trade register: no header row with "${SIPRI_ID_COLUMN}"${hint}`,
    );
  }
  const preamble = text.slice(0, headerAt).split(/\r\n|\n|\r/);
  const headerLine = preamble.length; // lines before the header, so the header is line preamble.length (1-based)
  const selection = stripTerminator(preamble[0]?.trim() ?? "").trim();
  const generatedLine = preamble.find((l) => /data generated/i.test(l));
  const vintage = opts.vintage ?? (generatedLine ? parseGeneratedDate(generatedLine) : undefined);
  if (!vintage) {
    return fail(
      1,
      FILE_LEVEL,
      'no "Data generated: <date>" line before the header, so the data cannot be dated (pass --vintage YYYY-MM-DD)',
    );
  }

  // The header row first (it never spans lines), then the data rows in chunks: each chunk's
  // rows are checked, totalled and dropped, so 25,000+ rows never sit in memory at once.
  const body = text.slice(headerAt);
  const headerEnd = body.search(/\r\n|\n|\r/);
  const headerText = headerEnd === -1 ? body : body.slice(0, headerEnd);
  const header = (
    Papa.parse<string[]>(headerText, { header: false, delimiter: "," }).data[0] ?? []
  ).map((h, i, all) => (i === all.length - 1 ? stripTerminator(h) : h).trim());
  if (header[header.length - 1] === "") header.pop(); // a `,;` style terminator leaves an empty last name
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return fail(
      headerLine,
      FILE_LEVEL,
      `not a SIPRI trade register: the header row lacks ${missing.map((m) => `"${m}"`).join(", ")}`,
    );
  }
  const at = (name: string) => header.indexOf(name);
  const cId = at(SIPRI_ID_COLUMN);
  const cSupplier = at("Supplier");
  const cRecipient = at("Recipient");
  const cDesignation = at("Designation");
  const cDescription = at("Description");
  const cCategory = at("Armament category");
  const cNumbers = at("Numbers delivered");
  const cYear = at("Delivery year");
  const cTiv = at("TIV delivery values");
  const cOrder = at("Order date");
  const cOrderEst = at("Order date is estimate");
  const cNumbersEst = at("Numbers delivered is estimate");
  const cYearEst = at("Delivery year is estimate");
  const cStatus = at("Status");
  const width = header.length;

  const problems: Problem[] = [];
  const out: DeliveryRow[] = [];
  const totals = new TotalsBuilder();
  const keep = opts.keep;
  let rowCount = 0;
  const add = (l: number, column: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line: l, column, message });
    else if (problems.length === MAX_PROBLEMS)
      problems.push({ file, line: l, column: FILE_LEVEL, message: "… more problems not shown" });
  };
  // The hot loop of an import (25,000 rows and more): plain indexing, no per-cell allocation
  // unless a cell carries a `?` marker.
  /** Checks and totals one row; `cell(i)` gives its i-th field, `n` its field count. */
  const processRow = (cell: (i: number) => string, n: number, l: number): void => {
    if (n === width + 1 && cell(n - 1) === "") n -= 1; // `…,;` terminator
    if (n !== width) {
      add(
        l,
        FILE_LEVEL,
        `row has ${n} fields, the header has ${width} (truncated or malformed row)`,
      );
      return;
    }
    const sipriId = cell(cId).trim();
    const supplier = cell(cSupplier).trim();
    const recipient = cell(cRecipient).trim();
    if (!sipriId) add(l, SIPRI_ID_COLUMN, "empty");
    if (!supplier) add(l, "Supplier", "empty");
    if (!recipient) add(l, "Recipient", "empty");

    let yearText = cell(cYear);
    let yearEstimate = false;
    if (yearText.includes("?")) [yearText, yearEstimate] = [unmark(yearText), true];
    const year = Number(yearText);
    if (!YEAR.test(yearText) || year < 1950 || year > 2100) {
      add(l, "Delivery year", `"${yearText.trim()}" is not a year`);
      return;
    }
    let tivText = cell(cTiv);
    if (tivText.includes("?")) tivText = unmark(tivText);
    if (tivText !== "" && !DECIMAL.test(tivText)) {
      add(l, "TIV delivery values", `"${tivText.trim()}" is not a number`);
      return;
    }
    let numbersText = cell(cNumbers);
    let numbersEstimate = false;
    if (numbersText.includes("?")) [numbersText, numbersEstimate] = [unmark(numbersText), true];
    if (numbersText !== "" && !DECIMAL.test(numbersText)) {
      add(l, "Numbers delivered", `"${numbersText.trim()}" is not a number`);
      return;
    }
    const tivMicro = tivText === "" ? 0 : toMicro(tivText);
    rowCount++;
    totals.add(year, supplier, recipient, tivMicro);
    if (keep && !keep(supplier, recipient)) return;
    let orderText = cOrder === -1 ? "" : cell(cOrder);
    let orderEstimate = false;
    if (orderText.includes("?")) [orderText, orderEstimate] = [unmark(orderText), true];
    out.push({
      line: l,
      sipriId,
      supplier,
      recipient,
      designation: cell(cDesignation).trim(),
      description: cell(cDescription).trim(),
      category: cell(cCategory).trim(),
      orderYear: YEAR.test(orderText) ? Number(orderText) : undefined,
      orderYearEstimate: orderEstimate || (cOrderEst !== -1 && isYes(cell(cOrderEst))),
      numbersDelivered: numbersText === "" ? undefined : Number(numbersText),
      numbersEstimate: numbersEstimate || (cNumbersEst !== -1 && isYes(cell(cNumbersEst))),
      year,
      yearEstimate: yearEstimate || (cYearEst !== -1 && isYes(cell(cYearEst))),
      status: cStatus === -1 ? "" : cell(cStatus).trim(),
      tivMicro,
      tivMissing: tivText === "",
    });
  };

  if (headerEnd !== -1) {
    const dataStart = headerEnd + (body.startsWith("\r\n", headerEnd) ? 2 : 1);
    // Lines end as the header's does (SIPRI writes CRLF; a copy may have LF). Old-Mac lone CR
    // endings and quoted cells go through papaparse.
    const loneCr = body.charCodeAt(headerEnd) === 13 && body.charCodeAt(headerEnd + 1) !== 10;
    if (!loneCr && !body.includes('"'))
      scanUnquoted(body, dataStart, headerLine + 1, width, processRow);
    else parseQuoted(body.slice(dataStart), headerLine + 1, processRow, add);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    register: { vintage, selection, rowCount, totals: totals.sorted(), rows: out },
  };
}

type RowHandler = (cell: (i: number) => string, n: number, line: number) => void;

/**
 * Rows of a file without quote characters. With no quotes a row is exactly its line split on
 * commas (what papaparse's own fast mode does with String.split); finding the commas with
 * indexOf and cutting out only the fields asked for avoids building 17 strings per row, which
 * keeps a 25,000-row import close to the time of a bare parse.
 */
function scanUnquoted(
  text: string,
  from: number,
  firstLine: number,
  width: number,
  onRow: RowHandler,
): void {
  const starts = new Int32Array(width + 2);
  let n = 0;
  let end = 0;
  const cell = (i: number) => text.slice(starts[i]!, i + 1 < n ? starts[i + 1]! - 1 : end);
  let line = firstLine;
  for (let pos = from; pos < text.length; line++) {
    let eol = text.indexOf("\n", pos);
    if (eol === -1) eol = text.length;
    end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--; // CRLF
    if (end > pos && text.charCodeAt(end - 1) === 59) end--; // SIPRI's `;` terminator
    const start = pos;
    pos = eol + 1;
    // Blank line (only whitespace): checked cheaply, rows start with a digit.
    if (end === start || (text.charCodeAt(start) <= 32 && text.slice(start, end).trim() === ""))
      continue;
    n = 0;
    for (let s = start; ;) {
      const comma = text.indexOf(",", s);
      if (n < starts.length) starts[n] = s;
      n++;
      if (comma === -1 || comma >= end) break;
      s = comma + 1;
    }
    onRow(cell, n, line);
  }
}

/** Rows of a file with quoted cells (which may hold commas and line breaks), via papaparse. */
function parseQuoted(
  body: string,
  firstLine: number,
  onRow: RowHandler,
  add: (line: number, column: string, message: string) => void,
): void {
  let line = firstLine;
  let cells: string[] = [];
  const cell = (i: number) => cells[i]!;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter: ",",
    skipEmptyLines: false,
    // In chunks: each chunk's rows are checked, totalled and dropped, never all held at once.
    chunkSize: 256 * 1024,
    // Parsing a string is synchronous even in chunks; `complete` only satisfies the types.
    complete: () => undefined,
    chunk: (results: Papa.ParseResult<string[]>) => {
      const rows = results.data;
      const lines = new Array<number>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        lines[i] = line;
        line += 1;
        for (const c of rows[i]!)
          if (c.includes("\n") || c.includes("\r")) line += countLineBreaks(c);
      }
      for (const err of results.errors) {
        const at =
          err.row !== undefined && err.row >= 0 && err.row < rows.length ? lines[err.row]! : line;
        add(
          at,
          FILE_LEVEL,
          err.code === "MissingQuotes" ? "unterminated quoted field" : err.message,
        );
      }
      if (results.errors.length > 0) return;
      for (let i = 0; i < rows.length; i++) {
        cells = rows[i]!;
        const n = cells.length;
        if (n > 0) cells[n - 1] = stripTerminator(cells[n - 1]!);
        if (n === 1 && cells[0]!.trim() === "") continue; // blank line (or a lone `;`)
        onRow(cell, n, lines[i]!);
      }
    },
  });
}

/** Offset of the header row: the first line whose first cell is the SIPRI id column name. */
function findHeaderOffset(text: string): number {
  const re = /(^|\r\n|\n|\r)"?SIPRI AT Database ID"?\s*[,;]/g;
  const m = re.exec(text);
  return m ? m.index + m[1]!.length : -1;
}

export interface TransferTotal {
  year: number;
  supplier: string;
  recipient: string;
  tivMicro: number;
  dealRows: number;
}

/**
 * Sums TIV and counts deal rows per (delivery year, supplier, recipient). Nested maps instead of
 * a joined string key: no allocation per row, which matters at 25,000 rows.
 */
class TotalsBuilder {
  private readonly bySupplier = new Map<string, Map<string, Map<number, TransferTotal>>>();

  add(year: number, supplier: string, recipient: string, tivMicro: number): void {
    let byRecipient = this.bySupplier.get(supplier);
    if (!byRecipient) this.bySupplier.set(supplier, (byRecipient = new Map()));
    let byYear = byRecipient.get(recipient);
    if (!byYear) byRecipient.set(recipient, (byYear = new Map()));
    const t = byYear.get(year);
    if (t) {
      t.tivMicro += tivMicro;
      t.dealRows += 1;
    } else byYear.set(year, { year, supplier, recipient, tivMicro, dealRows: 1 });
  }

  sorted(): TransferTotal[] {
    const all: TransferTotal[] = [];
    for (const byRecipient of this.bySupplier.values())
      for (const byYear of byRecipient.values()) for (const t of byYear.values()) all.push(t);
    return all.sort(
      (a, b) => a.year - b.year || cmp(a.supplier, b.supplier) || cmp(a.recipient, b.recipient),
    );
  }
}

/** One row per (delivery year, supplier, recipient): summed TIV and the number of deal rows. */
export function aggregateTransfers(rows: readonly DeliveryRow[]): TransferTotal[] {
  const totals = new TotalsBuilder();
  for (const r of rows) totals.add(r.year, r.supplier, r.recipient, r.tivMicro);
  return totals.sorted();
}

/** Code-unit order: the same on every machine and locale (deterministic output). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
