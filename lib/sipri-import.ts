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
  let rowCount = 0;
  const add = (l: number, column: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line: l, column, message });
    else if (problems.length === MAX_PROBLEMS)
      problems.push({ file, line: l, column: FILE_LEVEL, message: "… more problems not shown" });
  };
  // Rows of one deal follow each other, so the names and the keep() answer of the row before
  // are usually this row's too: reusing them saves a string and a lookup per row.
  let supplier = "";
  let recipient = "";
  let keepPair = true;
  let keptSupplier: string | undefined;
  let keptRecipient: string | undefined;

  // The hot loop of an import (25,000 rows and more): values are read from the row's offsets,
  // and only the kept deal rows become strings and objects.
  const processRow = (f: RowFields): void => {
    const l = f.line;
    let n = f.n;
    if (n === width + 1 && f.sep[n - 2]! + 1 === f.rowEnd) n -= 1; // `…,;` terminator
    if (n !== width) {
      add(
        l,
        FILE_LEVEL,
        `row has ${n} fields, the header has ${width} (truncated or malformed row)`,
      );
      return;
    }
    if (f.trim(cId) === 0) add(l, SIPRI_ID_COLUMN, "empty");
    if (f.trim(cSupplier) === 0) add(l, "Supplier", "empty");
    else if (!f.is(supplier)) supplier = f.value();
    if (f.trim(cRecipient) === 0) add(l, "Recipient", "empty");
    else if (!f.is(recipient)) recipient = f.value();

    f.unmark(cYear);
    const yearEstimate = f.marked;
    const year = readYear(f.src, f.s, f.e);
    if (!(year >= 1950 && year <= 2100)) {
      add(l, "Delivery year", `"${f.value()}" is not a year`);
      return;
    }
    const tivMissing = f.unmark(cTiv) === 0;
    const tivMicro = tivMissing ? 0 : readMicro(f.src, f.s, f.e);
    if (Number.isNaN(tivMicro)) {
      add(l, "TIV delivery values", `"${f.value()}" is not a number`);
      return;
    }
    const numbersMissing = f.unmark(cNumbers) === 0;
    const numbersEstimate = f.marked;
    const numbersMicro = numbersMissing ? 0 : readMicro(f.src, f.s, f.e);
    if (Number.isNaN(numbersMicro)) {
      add(l, "Numbers delivered", `"${f.value()}" is not a number`);
      return;
    }
    if (problems.length > 0) return; // an empty name above: nothing more to total or keep
    rowCount++;
    totals.add(year, supplier, recipient, tivMicro);
    if (supplier !== keptSupplier || recipient !== keptRecipient) {
      keptSupplier = supplier;
      keptRecipient = recipient;
      keepPair = !opts.keep || opts.keep(supplier, recipient);
    }
    if (!keepPair) return;
    const orderYear = cOrder === -1 || f.unmark(cOrder) === 0 ? NaN : readYear(f.src, f.s, f.e);
    const orderMarked = cOrder !== -1 && f.marked;
    out.push({
      line: l,
      sipriId: f.text(cId),
      supplier,
      recipient,
      designation: f.text(cDesignation),
      description: f.text(cDescription),
      category: f.text(cCategory),
      orderYear: Number.isNaN(orderYear) ? undefined : orderYear,
      orderYearEstimate: orderMarked || (cOrderEst !== -1 && isYes(f.text(cOrderEst))),
      numbersDelivered: numbersMissing ? undefined : numbersMicro / 1e6,
      numbersEstimate: numbersEstimate || (cNumbersEst !== -1 && isYes(f.text(cNumbersEst))),
      year,
      yearEstimate: yearEstimate || (cYearEst !== -1 && isYes(f.text(cYearEst))),
      status: cStatus === -1 ? "" : f.text(cStatus),
      tivMicro,
      tivMissing,
    });
  };

  if (headerEnd !== -1) {
    const dataStart = headerEnd + (body.startsWith("\r\n", headerEnd) ? 2 : 1);
    const fields = new RowFields(width + 2);
    // Lines end as the header's does (SIPRI writes CRLF; a copy may have LF). Old-Mac lone CR
    // endings and quoted cells go through papaparse.
    const loneCr = body.charCodeAt(headerEnd) === 13 && body.charCodeAt(headerEnd + 1) !== 10;
    if (!loneCr && !body.includes('"'))
      scanUnquoted(body, dataStart, headerLine + 1, fields, processRow);
    else parseQuoted(body.slice(dataStart), headerLine + 1, fields, processRow, add);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    register: { vintage, selection, rowCount, totals: totals.sorted(), rows: out },
  };
}

/**
 * One data row as offsets into a string: the row is `src.slice(rowStart, rowEnd)` and its
 * fields are separated by commas at `sep[0]`, `sep[1]`, … Numbers and names are read straight
 * from the offsets, so a row costs no string per cell.
 */
class RowFields {
  src = "";
  /** Number of fields in the row (separators are kept for the first `sep.length`). */
  n = 0;
  line = 0;
  rowStart = 0;
  rowEnd = 0;
  readonly sep: Int32Array;
  /** Bounds of the field last trimmed or unmarked, and whether it carried a `?` mark. */
  s = 0;
  e = 0;
  marked = false;

  constructor(capacity: number) {
    this.sep = new Int32Array(capacity);
  }

  /** Field i without surrounding white space; returns its length. */
  trim(i: number): number {
    const src = this.src;
    let s = i === 0 ? this.rowStart : this.sep[i - 1]! + 1;
    let e = i === this.n - 1 ? this.rowEnd : this.sep[i]!;
    while (s < e && src.charCodeAt(s) <= 32) s++;
    while (e > s && src.charCodeAt(e - 1) <= 32) e--;
    this.s = s;
    this.e = e;
    return e - s;
  }

  /** Field i without white space or SIPRI's `?` uncertainty marks around it; returns its length. */
  unmark(i: number): number {
    this.trim(i);
    const src = this.src;
    let s = this.s;
    let e = this.e;
    this.marked = false;
    if (s < e && (src.charCodeAt(s) === 63 || src.charCodeAt(e - 1) === 63)) {
      this.marked = true;
      while (s < e && src.charCodeAt(s) === 63) s++;
      while (e > s && src.charCodeAt(e - 1) === 63) e--;
      while (s < e && src.charCodeAt(s) <= 32) s++;
      while (e > s && src.charCodeAt(e - 1) <= 32) e--;
    }
    this.s = s;
    this.e = e;
    return e - s;
  }

  /** The field last trimmed or unmarked, as a string. */
  value(): string {
    return this.src.slice(this.s, this.e);
  }

  /** Whether the field last trimmed or unmarked reads exactly `s`. */
  is(s: string): boolean {
    return this.e - this.s === s.length && this.src.startsWith(s, this.s);
  }

  /** Field i, trimmed, as a string. */
  text(i: number): string {
    this.trim(i);
    return this.value();
  }
}

/** Four digits → the year; anything else → NaN. */
function readYear(src: string, s: number, e: number): number {
  if (e - s !== 4) return NaN;
  let year = 0;
  for (let i = s; i < e; i++) {
    const d = src.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    year = year * 10 + d;
  }
  return year;
}

/**
 * A plain decimal (digits, optionally `.` and digits) → integer millionths, exactly; anything
 * else → NaN. Long values go through toMicro, which rounds beyond the sixth decimal.
 */
function readMicro(src: string, s: number, e: number): number {
  let whole = 0;
  let i = s;
  for (; i < e; i++) {
    const d = src.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === s) return NaN;
  if (e - s > 15) return slowMicro(src.slice(s, e));
  if (i === e) return whole * 1e6;
  if (src.charCodeAt(i) !== 46 || i + 1 === e) return NaN;
  let frac = 0;
  let scale = 1e6;
  for (i++; i < e; i++) {
    const d = src.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    if (scale === 1) return slowMicro(src.slice(s, e));
    frac = frac * 10 + d;
    scale /= 10;
  }
  return whole * 1e6 + frac * scale;
}

/** readMicro for values too long for its exact path: checked by regex, converted by toMicro. */
function slowMicro(text: string): number {
  return DECIMAL.test(text) ? toMicro(text) : NaN;
}

/**
 * Rows of a file without quote characters. With no quotes a row is exactly its line split on
 * commas (what papaparse's own fast mode does with String.split); finding the commas with
 * indexOf and keeping only their offsets avoids building 17 strings per row.
 */
function scanUnquoted(
  text: string,
  from: number,
  firstLine: number,
  f: RowFields,
  onRow: (f: RowFields) => void,
): void {
  f.src = text;
  const capacity = f.sep.length;
  let line = firstLine;
  for (let pos = from; pos < text.length; line++) {
    let eol = text.indexOf("\n", pos);
    if (eol === -1) eol = text.length;
    let end = eol;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--; // CRLF
    if (end > pos && text.charCodeAt(end - 1) === 59) end--; // SIPRI's `;` terminator
    const start = pos;
    pos = eol + 1;
    // Blank line (only whitespace): checked cheaply, rows start with a digit.
    if (end === start || (text.charCodeAt(start) <= 32 && text.slice(start, end).trim() === ""))
      continue;
    let n = 0;
    for (let comma = text.indexOf(",", start); comma !== -1 && comma < end; n++) {
      if (n < capacity) f.sep[n] = comma;
      comma = text.indexOf(",", comma + 1);
    }
    f.n = n + 1;
    f.rowStart = start;
    f.rowEnd = end;
    f.line = line;
    onRow(f);
  }
}

/** Rows of a file with quoted cells (which may hold commas and line breaks), via papaparse. */
function parseQuoted(
  body: string,
  firstLine: number,
  f: RowFields,
  onRow: (f: RowFields) => void,
  add: (line: number, column: string, message: string) => void,
): void {
  let line = firstLine;
  const capacity = f.sep.length;
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
        const cells = rows[i]!;
        const n = cells.length;
        if (n > 0) cells[n - 1] = stripTerminator(cells[n - 1]!);
        if (n === 1 && cells[0]!.trim() === "") continue; // blank line (or a lone `;`)
        // The row's cells end to end, with the offsets of the commas between them, as
        // scanUnquoted gives them (a comma inside a cell is simply not one of those offsets).
        let at = -1;
        for (let c = 0; c < n - 1 && c < capacity; c++) f.sep[c] = at += cells[c]!.length + 1;
        f.src = cells.join(",");
        f.rowStart = 0;
        f.rowEnd = f.src.length;
        f.n = n;
        f.line = lines[i]!;
        onRow(f);
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
  /** Slot of each (supplier, recipient, year) in the arrays below. */
  private readonly slots = new Map<string, Map<string, Map<number, number>>>();
  private readonly keys: { year: number; supplier: string; recipient: string }[] = [];
  // Sums live in typed arrays, not in objects: a sum outgrowing a small integer would change an
  // object's shape mid-import and make the engine discard the row loop's optimised code.
  private tivMicro = new Float64Array(1024);
  private dealRows = new Int32Array(1024);

  // The pair of the row before: consecutive rows (one deal's deliveries) share it.
  private lastSupplier: string | undefined;
  private lastRecipient: string | undefined;
  private lastByYear = new Map<number, number>();

  add(year: number, supplier: string, recipient: string, tivMicro: number): void {
    let byYear = this.lastByYear;
    if (supplier !== this.lastSupplier || recipient !== this.lastRecipient) {
      let byRecipient = this.slots.get(supplier);
      if (!byRecipient) this.slots.set(supplier, (byRecipient = new Map()));
      byYear = byRecipient.get(recipient)!;
      if (!byYear) byRecipient.set(recipient, (byYear = new Map()));
      this.lastSupplier = supplier;
      this.lastRecipient = recipient;
      this.lastByYear = byYear;
    }
    let slot = byYear.get(year);
    if (slot === undefined) slot = this.newSlot(byYear, year, supplier, recipient);
    this.tivMicro[slot]! += tivMicro;
    this.dealRows[slot]! += 1;
  }

  private newSlot(byYear: Map<number, number>, year: number, supplier: string, recipient: string) {
    const slot = this.keys.length;
    byYear.set(year, slot);
    this.keys.push({ year, supplier, recipient });
    if (slot === this.tivMicro.length) {
      const [tiv, rows] = [new Float64Array(slot * 2), new Int32Array(slot * 2)];
      tiv.set(this.tivMicro);
      rows.set(this.dealRows);
      this.tivMicro = tiv;
      this.dealRows = rows;
    }
    return slot;
  }

  sorted(): TransferTotal[] {
    return this.keys
      .map((k, i) => ({ ...k, tivMicro: this.tivMicro[i]!, dealRows: this.dealRows[i]! }))
      .sort(
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
