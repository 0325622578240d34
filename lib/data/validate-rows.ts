import { z } from "zod";
import {
  readHttpUrl,
  readInteger,
  readNumber,
  readPartialDate,
  truncate,
  type CellResult,
} from "./cell-parsers";
import type { ParsedCsv } from "./csv-parse";
import { FILE_LEVEL, type Problem } from "./problems";
import { EVIDENCE_REF, type Cell, type ColumnSpec, type DataRow, type DatasetMeta } from "./schema";

/** A `% of …` unit names a share of a whole, so its value must lie in 0–100. */
export function isShareUnit(unit: string | undefined): boolean {
  return unit !== undefined && /^%\s*of\b/.test(unit.trim());
}

function fromReader<T>(read: (s: string) => CellResult<T>) {
  return (s: string, ctx: z.RefinementCtx) => {
    const r = read(s);
    if (r.ok) return r.value;
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  };
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The zod schema for one non-empty cell of a column. */
function cellSchema(col: ColumnSpec, knownSourceIds: ReadonlySet<string>): z.ZodType<Cell, string> {
  const text = z.string();
  switch (col.type) {
    case "id":
      return text.regex(ID, "ids use lower-case letters, digits and hyphens only");
    case "text":
      return text;
    case "category": {
      const values = col.values;
      if (!values) return text;
      return text.refine((v) => values.includes(v), {
        error: (iss) =>
          `"${truncate(String(iss.input))}" is not one of: ${values.map((v) => `"${v}"`).join(", ")}`,
      });
    }
    case "number":
    case "percent":
    case "integer": {
      const read = col.type === "integer" ? readInteger : readNumber;
      const min = col.type === "percent" ? (col.min ?? 0) : col.min;
      const max = col.type === "percent" ? (col.max ?? 100) : col.max;
      return text.transform(fromReader(read)).superRefine((n, ctx) => {
        if (min !== undefined && n < min)
          ctx.addIssue({ code: "custom", message: `${n} is below the minimum ${min}` });
        if (max !== undefined && n > max)
          ctx.addIssue({ code: "custom", message: `${n} is above the maximum ${max}` });
      });
    }
    case "date":
      return text.transform(fromReader(readPartialDate));
    case "url":
      return text.transform(fromReader(readHttpUrl));
    case "evidence":
      return text.transform((s, ctx) => {
        const refs = s.split(";").map((r) => r.trim());
        for (const ref of refs) {
          if (!EVIDENCE_REF.test(ref))
            ctx.addIssue({
              code: "custom",
              message: `"${truncate(ref)}" is not an evidence reference (write dataset-slug#row-id or source:source-id)`,
            });
        }
        return refs;
      });
    case "sources":
      return text.transform((s, ctx) => {
        const ids = s.split(";").map((id) => id.trim());
        for (const id of ids) {
          if (id === "") ctx.addIssue({ code: "custom", message: "empty source id (stray `;`)" });
          else if (!knownSourceIds.has(id))
            ctx.addIssue({
              code: "custom",
              message: `unknown source id "${truncate(id)}" (not in data/sources.csv)`,
            });
        }
        return ids;
      });
  }
}

export interface ValidatedRows {
  rows: DataRow[];
  /** Physical CSV line of each row, parallel to `rows` (for messages from later checks). */
  lines: number[];
  problems: Problem[];
}

/**
 * Types and checks every row of a parsed CSV against its metadata. Returns rows only for the
 * records that passed; callers must treat any problem as "this dataset is not valid".
 */
export function validateRows(
  meta: DatasetMeta,
  csv: ParsedCsv,
  csvFile: string,
  metaFile: string,
  knownSourceIds: ReadonlySet<string>,
): ValidatedRows {
  const problems: Problem[] = [];
  const headerLine = csv.headerLine;
  const declared = new Map(meta.columns.map((c) => [c.key, c]));
  const present = new Set(csv.header);
  for (const c of meta.columns) {
    if (!present.has(c.key))
      problems.push({
        file: csvFile,
        line: headerLine,
        column: c.key,
        message: `missing column (declared in ${metaFile})`,
      });
  }
  for (const h of csv.header) {
    if (!declared.has(h))
      problems.push({
        file: csvFile,
        line: headerLine,
        column: h,
        message: `unexpected column (not declared in ${metaFile})`,
      });
  }
  if (problems.length > 0) return { rows: [], lines: [], problems };

  const indexOf = new Map(csv.header.map((h, i) => [h, i]));
  const shape: Record<string, z.ZodType<Cell | undefined, unknown>> = {};
  for (const c of meta.columns) {
    const cell = cellSchema(c, knownSourceIds);
    shape[c.key] = c.optional
      ? z.preprocess((v) => (v === "" ? undefined : v), cell.optional())
      : z.string().min(1, "required value is empty").pipe(cell);
  }
  const rowSchema = z.object(shape);
  const idColumn = meta.columns.find((c) => c.type === "id")?.key;

  const rows: DataRow[] = [];
  const lines: number[] = [];
  const lineById = new Map<string, number>();
  const lineByContent = new Map<string, number>();
  const contentKeys =
    meta.uniqueBy ?? meta.columns.filter((c) => c.type !== "id").map((c) => c.key);
  // Worked out once, not per row: where each column is in the CSV, and which need extra checks.
  const cellIndex = meta.columns.map((c) => indexOf.get(c.key)!);
  const shareChecked = meta.columns.filter((c) => c.type === "number");
  const periodChecked = meta.columns.filter((c) => c.notBefore);

  for (const record of csv.records) {
    const input: Record<string, string> = {};
    meta.columns.forEach((c, i) => (input[c.key] = record.cells[cellIndex[i]!]!.trim()));
    const parsed = rowSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({
          file: csvFile,
          line: record.line,
          column: String(issue.path[0] ?? FILE_LEVEL),
          message: issue.message,
        });
      }
      continue;
    }
    const row: DataRow = {};
    for (const c of meta.columns) {
      const v = parsed.data[c.key];
      if (v !== undefined) row[c.key] = v;
    }

    const before = problems.length;
    for (const c of shareChecked) {
      const v = row[c.key];
      if (typeof v === "number") {
        const unit = c.unitColumn ? (row[c.unitColumn] as string | undefined) : c.unit;
        if (isShareUnit(unit) && (v < 0 || v > 100))
          problems.push({
            file: csvFile,
            line: record.line,
            column: c.key,
            message: `${v} is outside 0–100 for a percentage ("${unit}")`,
          });
      }
    }
    for (const c of periodChecked) {
      const v = row[c.key];
      if (typeof v === "string") {
        const start = row[c.notBefore!];
        if (typeof start === "string" && v < start && !start.startsWith(v))
          problems.push({
            file: csvFile,
            line: record.line,
            column: c.key,
            message: `${v} is before ${c.notBefore} ${start}`,
          });
      }
    }
    for (const group of meta.requireOneOf ?? []) {
      if (group.every((k) => row[k] === undefined))
        problems.push({
          file: csvFile,
          line: record.line,
          column: group.join("|"),
          message: `one of ${group.join(", ")} must have a value`,
        });
    }
    if (idColumn) {
      const id = row[idColumn] as string;
      const seen = lineById.get(id);
      if (seen !== undefined)
        problems.push({
          file: csvFile,
          line: record.line,
          column: idColumn,
          message: `duplicate id "${id}" (also on line ${seen})`,
        });
      else lineById.set(id, record.line);
    }
    let content = "";
    for (const k of contentKeys) content += `${String(row[k] ?? "")}\u0000`;
    const same = lineByContent.get(content);
    if (same !== undefined)
      problems.push({
        file: csvFile,
        line: record.line,
        column: FILE_LEVEL,
        message: `duplicate row: same values as line ${same}`,
      });
    else lineByContent.set(content, record.line);

    if (problems.length === before) {
      rows.push(row);
      lines.push(record.line);
    }
  }
  return { rows, lines, problems };
}
