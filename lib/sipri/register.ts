/**
 * SIPRI arms data: reading SIPRI's trade-register export (register.ts), turning it into the
 * arms datasets (datasets.ts), shares and ranks over windows (shares.ts), published beside
 * recomputed figures (comparison.ts), and the import as a whole (import.ts, server-only).
 */
import { countLineBreaks, parseCsv } from "../data/csv-parse";
import { FILE_LEVEL, type Problem } from "../data/problems";

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

/** One row of the register: one deal's deliveries in one year. */
export interface DeliveryRow {
  /** Physical line in the export. */
  line: number;
  sipriId: string;
  supplier: string;
  recipient: string;
  designation: string;
  description: string;
  category: string;
  orderYear?: number;
  orderYearEstimate: boolean;
  numbersDelivered?: number;
  numbersEstimate: boolean;
  year: number;
  yearEstimate: boolean;
  status: string;
  /** TIV (millions) of this year's deliveries; undefined when the cell is empty ("none identified"). */
  tiv?: number;
}

/** TIV summed per delivery year, supplier and recipient, with the number of deal rows. */
export interface TransferTotal {
  year: number;
  supplier: string;
  recipient: string;
  tiv: number;
  dealRows: number;
}

export interface SipriRegister {
  /** "Data generated" date of the export, ISO (YYYY-MM-DD). */
  vintage: string;
  /** The selection line SIPRI writes first, e.g. "Transfers … from All countries to All countries …". */
  selection: string;
  rows: DeliveryRow[];
}

export type SipriParseResult =
  { ok: true; register: SipriRegister } | { ok: false; problems: Problem[] };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "12 Feb 2026 12:26:12 PM" → "2026-02-12"; also accepts ISO dates. */
export function parseGeneratedDate(s: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return undefined;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** SIPRI ends every line with `;`: the field before it is the real last cell. */
function stripTerminator(cell: string): string {
  return cell.endsWith(";") ? cell.slice(0, -1) : cell;
}

/** A cell with SIPRI's `?` uncertainty marks (before or after the value) taken off. */
function unmark(cell: string): { text: string; marked: boolean } {
  const m = /^\s*(\?*)\s*(.*?)\s*(\?*)\s*$/.exec(cell)!;
  return { text: m[2]!, marked: m[1] !== "" || m[3] !== "" };
}

const DECIMAL = /^\d+(?:\.\d+)?$/;
const YEAR = /^\d{4}$/;
const MAX_PROBLEMS = 100;

/** Sums to millionths: enough for SIPRI's few decimals, and free of floating-point noise. */
export function roundTiv(tiv: number): number {
  return Math.round(tiv * 1e6) / 1e6;
}

/**
 * Parses a trade-register export: preamble lines of notes (one of them "Data generated: <date>"),
 * the header row, then one row per deal per delivery year, every line ending in `;`, CRLF or LF,
 * `?` marking uncertain values. Any malformed row makes the whole import fail with every
 * problem located (`file:line: column: message`); nothing is thrown.
 */
export function parseSipriRegister(
  input: string,
  file: string,
  opts: { vintage?: string } = {},
): SipriParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const fail = (line: number, column: string, message: string): SipriParseResult => ({
    ok: false,
    problems: [{ file, line, column, message }],
  });

  // The header row is the first line whose first cell names the SIPRI id column.
  const header = /(^|\r\n|\n|\r)"?SIPRI AT Database ID"?\s*[,;]/.exec(text);
  if (!header) {
    const hint = /TIV of arms (?:exports|imports)/i.test(text.slice(0, 2000))
      ? ' (this looks like a SIPRI TIV table; export the "trade register" instead)'
      : "";
    return fail(
      1,
      FILE_LEVEL,
      `not a SIPRI trade register: no header row with "${SIPRI_ID_COLUMN}"${hint}`,
    );
  }
  const headerAt = header.index + header[1]!.length;
  const preamble = text.slice(0, headerAt).split(/\r\n|\n|\r/);
  // Lines before the header: the body's line 1 is the file's line 1 + offset.
  const offset = countLineBreaks(text.slice(0, headerAt));
  const vintage =
    opts.vintage ?? parseGeneratedDate(preamble.find((l) => /data generated/i.test(l)) ?? "");
  if (!vintage)
    return fail(
      1,
      FILE_LEVEL,
      'no "Data generated: <date>" line before the header, so the data cannot be dated (pass --vintage YYYY-MM-DD)',
    );

  const csv = parseCsv(text.slice(headerAt), file);
  const at = (line: number) => line + offset;
  if (csv.problems.length > 0)
    return { ok: false, problems: csv.problems.map((p) => ({ ...p, line: at(p.line) })) };
  const columns = csv.header.map((h, i, all) =>
    i === all.length - 1 ? stripTerminator(h).trim() : h,
  );
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    return fail(
      at(csv.headerLine),
      FILE_LEVEL,
      `not a SIPRI trade register: the header row lacks ${missing.map((m) => `"${m}"`).join(", ")}`,
    );

  const problems: Problem[] = [];
  const add = (line: number, column: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line, column, message });
  };
  const rows: DeliveryRow[] = [];
  for (const record of csv.records) {
    const line = at(record.line);
    const cells = record.cells.map((c, i, all) => (i === all.length - 1 ? stripTerminator(c) : c));
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      return i === -1 ? "" : cells[i]!.trim();
    };
    const yes = (name: string) => cell(name).toLowerCase() === "yes";
    const decimal = (name: string): { value?: number; marked: boolean } | undefined => {
      const { text, marked } = unmark(cell(name));
      if (text === "") return { marked };
      if (DECIMAL.test(text)) return { value: Number(text), marked };
      add(line, name, `"${text}" is not a number`);
      return undefined;
    };

    for (const name of [SIPRI_ID_COLUMN, "Supplier", "Recipient"])
      if (cell(name) === "") add(line, name, "empty");
    const year = unmark(cell("Delivery year"));
    if (!YEAR.test(year.text) || Number(year.text) < 1950 || Number(year.text) > 2100) {
      add(line, "Delivery year", `"${year.text}" is not a year`);
      continue;
    }
    const tiv = decimal("TIV delivery values");
    const numbers = decimal("Numbers delivered");
    if (!tiv || !numbers) continue;
    const order = unmark(cell("Order date"));
    rows.push({
      line,
      sipriId: cell(SIPRI_ID_COLUMN),
      supplier: cell("Supplier"),
      recipient: cell("Recipient"),
      designation: cell("Designation"),
      description: cell("Description"),
      category: cell("Armament category"),
      ...(YEAR.test(order.text) ? { orderYear: Number(order.text) } : {}),
      orderYearEstimate: order.marked || yes("Order date is estimate"),
      ...(numbers.value !== undefined ? { numbersDelivered: numbers.value } : {}),
      numbersEstimate: numbers.marked || yes("Numbers delivered is estimate"),
      year: Number(year.text),
      yearEstimate: year.marked || yes("Delivery year is estimate"),
      status: cell("Status"),
      ...(tiv.value !== undefined ? { tiv: tiv.value } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const selection = stripTerminator(preamble[0]?.trim() ?? "").trim();
  return { ok: true, register: { vintage, selection, rows } };
}

/** One total per (delivery year, supplier, recipient) over every row, sorted. */
export function totalTransfers(rows: readonly DeliveryRow[]): TransferTotal[] {
  const totals = new Map<string, TransferTotal>();
  for (const r of rows) {
    const key = `${r.year}\u0000${r.supplier}\u0000${r.recipient}`;
    const t = totals.get(key);
    if (t) {
      t.tiv += r.tiv ?? 0;
      t.dealRows += 1;
    } else
      totals.set(key, {
        year: r.year,
        supplier: r.supplier,
        recipient: r.recipient,
        tiv: r.tiv ?? 0,
        dealRows: 1,
      });
  }
  return [...totals.values()]
    .map((t) => ({ ...t, tiv: roundTiv(t.tiv) }))
    .sort(
      (a, b) => a.year - b.year || cmp(a.supplier, b.supplier) || cmp(a.recipient, b.recipient),
    );
}

/** Code-unit order: the same on every machine and locale (deterministic output). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
