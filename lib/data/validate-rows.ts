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

/**
 * Checks one non-empty cell of a column and returns its typed value, or records why not in
 * `issues` (and returns undefined). Plain functions over the cell readers: validation runs on
 * every cell of every dataset at every build and import, so it allocates as little as it can.
 */
type CellCheck = (s: string, issues: string[]) => Cell | undefined;

function fromReader<T extends Cell>(read: (s: string) => CellResult<T>): CellCheck {
  return (s, issues) => {
    const r = read(s);
    if (r.ok) return r.value;
    issues.push(r.message);
    return undefined;
  };
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

function cellCheck(col: ColumnSpec, knownSourceIds: ReadonlySet<string>): CellCheck {
  switch (col.type) {
    case "id":
      return (s, issues) =>
        ID.test(s) ? s : void issues.push("ids use lower-case letters, digits and hyphens only");
    case "text":
      return (s) => s;
    case "category": {
      const values = col.values;
      if (!values) return (s) => s;
      const allowed = new Set(values);
      const list = values.map((v) => `"${v}"`).join(", ");
      return (s, issues) =>
        allowed.has(s) ? s : void issues.push(`"${truncate(s)}" is not one of: ${list}`);
    }
    case "number":
    case "percent":
    case "integer": {
      const read = col.type === "integer" ? readInteger : readNumber;
      const min = col.type === "percent" ? (col.min ?? 0) : col.min;
      const max = col.type === "percent" ? (col.max ?? 100) : col.max;
      return (s, issues) => {
        const r = read(s);
        if (!r.ok) return void issues.push(r.message);
        const n = r.value;
        const before = issues.length;
        if (min !== undefined && n < min) issues.push(`${n} is below the minimum ${min}`);
        if (max !== undefined && n > max) issues.push(`${n} is above the maximum ${max}`);
        return issues.length === before ? n : undefined;
      };
    }
    case "date":
      return fromReader(readPartialDate);
    case "url":
      return fromReader(readHttpUrl);
    case "evidence":
      return (s, issues) => {
        const refs = s.split(";").map((r) => r.trim());
        for (const ref of refs)
          if (!EVIDENCE_REF.test(ref))
            issues.push(
              `"${truncate(ref)}" is not an evidence reference (write dataset-slug#row-id or source:source-id)`,
            );
        return refs;
      };
    case "sources":
      return (s, issues) => {
        const ids = s.split(";").map((id) => id.trim());
        for (const id of ids) {
          if (id === "") issues.push("empty source id (stray `;`)");
          else if (!knownSourceIds.has(id))
            issues.push(`unknown source id "${truncate(id)}" (not in data/sources.csv)`);
        }
        return ids;
      };
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
  const checks = meta.columns.map((c) => ({
    key: c.key,
    at: indexOf.get(c.key)!,
    optional: c.optional === true,
    check: cellCheck(c, knownSourceIds),
  }));
  const idColumn = meta.columns.find((c) => c.type === "id")?.key;

  const rows: DataRow[] = [];
  const lines: number[] = [];
  const lineById = new Map<string, number>();
  const lineByContent = new Map<string, number>();
  const contentKeys =
    meta.uniqueBy ?? meta.columns.filter((c) => c.type !== "id").map((c) => c.key);
  // Worked out once, not per row: which columns need extra checks.
  const shareChecked = meta.columns.filter((c) => c.type === "number");
  const periodChecked = meta.columns.filter((c) => c.notBefore);
  const issues: string[] = [];

  for (const record of csv.records) {
    const row: DataRow = {};
    let failed = false;
    for (const { key, at, optional, check } of checks) {
      const raw = record.cells[at]!.trim();
      if (raw === "") {
        if (!optional) issues.push("required value is empty");
      } else {
        const v = check(raw, issues);
        if (v !== undefined) row[key] = v;
      }
      if (issues.length > 0) {
        for (const message of issues)
          problems.push({ file: csvFile, line: record.line, column: key, message });
        issues.length = 0;
        failed = true;
      }
    }
    if (failed) continue;

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
