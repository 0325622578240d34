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

/** Read when present (SIPRI's own export always has them). */
const OPTIONAL_COLUMNS = [
  "Order date",
  "Order date is estimate",
  "Numbers delivered is estimate",
  "Delivery year is estimate",
  "Status",
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
  orderYear?: number;
  orderYearEstimate: boolean;
  numbersDelivered?: number;
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
  rows: DeliveryRow[];
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

/** A `?` before or after a value marks it as uncertain in SIPRI's registers. */
function uncertain(raw: string): { text: string; uncertain: boolean } {
  const t = raw.trim();
  if (!t.includes("?")) return { text: t, uncertain: false };
  return { text: t.replace(/^\?+|\?+$/g, "").trim(), uncertain: true };
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Exact decimal → integer millionths, so sums never pick up floating-point noise. */
export function toMicro(decimal: string): number {
  const [whole, frac = ""] = decimal.split(".");
  if (frac.length > 6) return Math.round(Number(decimal) * 1e6);
  return Number(whole) * 1e6 + Number(frac.padEnd(6, "0"));
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
  return (s ?? "").trim().toLowerCase() === "yes";
}

const MAX_PROBLEMS = 100;

/**
 * Parses a trade-register export. Any malformed data row makes the whole import fail with
 * every problem located (`file:line: column: message`): no partial import.
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

  const parsed = Papa.parse<string[]>(text.slice(headerAt), {
    header: false,
    delimiter: ",",
    skipEmptyLines: false,
  });
  const rows = parsed.data;
  const lineOf: number[] = new Array(rows.length);
  let line = headerLine;
  for (let i = 0; i < rows.length; i++) {
    lineOf[i] = line;
    line += 1;
    const row = rows[i]!;
    for (let j = 0; j < row.length; j++) {
      const cell = row[j]!;
      if (cell.includes("\n") || cell.includes("\r")) line += countLineBreaks(cell);
    }
  }
  const problems: Problem[] = [];
  for (const err of parsed.errors) {
    const at = err.row !== undefined && err.row >= 0 ? (lineOf[err.row] ?? headerLine) : headerLine;
    problems.push({
      file,
      line: at,
      column: FILE_LEVEL,
      message: err.code === "MissingQuotes" ? "unterminated quoted field" : err.message,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const header = rows[0]!.map((h, i, all) =>
    (i === all.length - 1 ? stripTerminator(h) : h).trim(),
  );
  if (header[header.length - 1] === "") header.pop(); // a `,;` style terminator leaves an empty last name
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return fail(
      headerLine,
      FILE_LEVEL,
      `not a SIPRI trade register: the header row lacks ${missing.map((m) => `"${m}"`).join(", ")}`,
    );
  }
  const col = Object.fromEntries(
    [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((c) => [c, header.indexOf(c)]),
  ) as Record<(typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number], number>;
  const width = header.length;

  const out: DeliveryRow[] = [];
  const add = (l: number, column: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line: l, column, message });
    else if (problems.length === MAX_PROBLEMS)
      problems.push({ file, line: l, column: FILE_LEVEL, message: "… more problems not shown" });
  };
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const l = lineOf[i]!;
    if (cells.length === 1 && stripTerminator(cells[0]!).trim() === "") continue; // blank line (or a lone `;`)
    let n = cells.length;
    if (n > 0) cells[n - 1] = stripTerminator(cells[n - 1]!);
    if (n === width + 1 && cells[n - 1] === "") n -= 1; // `…,;` terminator
    if (n !== width) {
      add(
        l,
        FILE_LEVEL,
        `row has ${n} fields, the header has ${width} (truncated or malformed row)`,
      );
      continue;
    }
    const get = (c: number) => (c === -1 ? "" : cells[c]!);
    const supplier = get(col.Supplier).trim();
    const recipient = get(col.Recipient).trim();
    const sipriId = get(col[SIPRI_ID_COLUMN]).trim();
    if (!sipriId) add(l, SIPRI_ID_COLUMN, "empty");
    if (!supplier) add(l, "Supplier", "empty");
    if (!recipient) add(l, "Recipient", "empty");

    const yearCell = uncertain(get(col["Delivery year"]));
    const year = Number(yearCell.text);
    if (!/^\d{4}$/.test(yearCell.text) || year < 1950 || year > 2100) {
      add(l, "Delivery year", `"${yearCell.text}" is not a year`);
      continue;
    }
    const tivCell = uncertain(get(col["TIV delivery values"]));
    if (tivCell.text !== "" && !DECIMAL.test(tivCell.text)) {
      add(l, "TIV delivery values", `"${tivCell.text}" is not a number`);
      continue;
    }
    const numbersCell = uncertain(get(col["Numbers delivered"]));
    if (numbersCell.text !== "" && !DECIMAL.test(numbersCell.text)) {
      add(l, "Numbers delivered", `"${numbersCell.text}" is not a number`);
      continue;
    }
    const orderCell = uncertain(get(col["Order date"]));
    const orderYear = /^\d{4}$/.test(orderCell.text) ? Number(orderCell.text) : undefined;
    out.push({
      line: l,
      sipriId,
      supplier,
      recipient,
      designation: get(col.Designation).trim(),
      description: get(col.Description).trim(),
      category: get(col["Armament category"]).trim(),
      ...(orderYear !== undefined ? { orderYear } : {}),
      orderYearEstimate: orderCell.uncertain || isYes(get(col["Order date is estimate"])),
      ...(numbersCell.text !== "" ? { numbersDelivered: Number(numbersCell.text) } : {}),
      numbersEstimate: numbersCell.uncertain || isYes(get(col["Numbers delivered is estimate"])),
      year,
      yearEstimate: yearCell.uncertain || isYes(get(col["Delivery year is estimate"])),
      status: get(col.Status).trim(),
      tivMicro: tivCell.text === "" ? 0 : toMicro(tivCell.text),
      tivMissing: tivCell.text === "",
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, register: { vintage, selection, rows: out } };
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

/** One row per (delivery year, supplier, recipient): summed TIV and the number of deal rows. */
export function aggregateTransfers(rows: readonly DeliveryRow[]): TransferTotal[] {
  const byKey = new Map<string, TransferTotal>();
  for (const r of rows) {
    const key = `${r.year}\u0000${r.supplier}\u0000${r.recipient}`;
    const t = byKey.get(key);
    if (t) {
      t.tivMicro += r.tivMicro;
      t.dealRows += 1;
    } else
      byKey.set(key, {
        year: r.year,
        supplier: r.supplier,
        recipient: r.recipient,
        tivMicro: r.tivMicro,
        dealRows: 1,
      });
  }
  return [...byKey.values()].sort(
    (a, b) => a.year - b.year || cmp(a.supplier, b.supplier) || cmp(a.recipient, b.recipient),
  );
}

/** Code-unit order: the same on every machine and locale (deterministic output). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
