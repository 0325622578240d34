import { PERIOD_KINDS } from "./period-kinds";
import type { ColumnSpec, DatasetMeta, DataRow, RolesSpec } from "./schema";

export type RoleName = keyof RolesSpec;

/**
 * How a value column is shown: its unit (fixed or per row), the hedge before it ("about"), the
 * high end of a stated range, and whether it is a bare year. Serialisable, so the browser's
 * table formats cells with the same function as the server.
 */
export interface ValueFormat {
  key: string;
  unit?: string;
  unitColumn?: string;
  qualifierColumn?: string;
  rangeEndColumn?: string;
  /** Whole years are shown as written (2016, not 2,016). */
  plain?: boolean;
  /** Decimals shown (the stored figure is unrounded). */
  digits?: number;
}

/** A dataset's column roles, resolved once when the catalog is built. */
export interface ColumnRoles {
  id: string;
  sources: string;
  evidence?: string;
  value?: ValueFormat;
  rank?: string;
  /** Period columns; `label` is the start column's "as stated" text column, when it has one. */
  period?: { start: string; end: string; label?: string };
  labels: string[];
  periodKind?: string;
  denominator?: string;
  measure?: string;
  derivedFrom?: string;
  original?: string;
  reportedAs?: string;
  quote?: string;
  note?: string;
  estimator?: string;
  vintage?: string;
  location?: string[];
  from?: string;
  to?: string;
  topic?: string;
  compare?: string;
  statedDenominator?: string;
  verdict?: string;
  explanation?: string;
}

const NUMERIC = new Set<ColumnSpec["type"]>(["number", "percent", "integer"]);

export function isNumeric(col: ColumnSpec): boolean {
  return NUMERIC.has(col.type);
}

/** The format of a numeric column, from its spec. */
export function valueFormat(col: ColumnSpec): ValueFormat {
  return {
    key: col.key,
    ...(col.unit ? { unit: col.unit } : {}),
    ...(col.unitColumn ? { unitColumn: col.unitColumn } : {}),
    ...(col.display?.prefixColumn ? { qualifierColumn: col.display.prefixColumn } : {}),
    ...(col.display?.rangeEndColumn ? { rangeEndColumn: col.display.rangeEndColumn } : {}),
    ...(col.display?.plain ? { plain: true } : {}),
    ...(col.display?.digits !== undefined ? { digits: col.display.digits } : {}),
  };
}

/**
 * Resolves the roles a dataset's metadata declares. Call only on metadata that passed
 * `checkRoles` (every named column exists; one id and one sources column).
 */
export function resolveRoles(meta: DatasetMeta): ColumnRoles {
  const byKey = new Map(meta.columns.map((c) => [c.key, c]));
  const r = meta.roles;
  const period = r.period
    ? {
        start: r.period.start,
        end: r.period.end ?? r.period.start,
        ...(byKey.get(r.period.start)?.display?.labelColumn
          ? { label: byKey.get(r.period.start)!.display!.labelColumn! }
          : {}),
      }
    : undefined;
  const evidence = meta.columns.find((c) => c.type === "evidence")?.key;
  return {
    id: meta.columns.find((c) => c.type === "id")!.key,
    sources: meta.columns.find((c) => c.type === "sources")!.key,
    ...(evidence ? { evidence } : {}),
    ...(r.value ? { value: valueFormat(byKey.get(r.value)!) } : {}),
    ...(r.rank ? { rank: r.rank } : {}),
    ...(period ? { period } : {}),
    labels: r.labels ?? [],
    ...(r.periodKind ? { periodKind: r.periodKind } : {}),
    ...(r.denominator ? { denominator: r.denominator } : {}),
    ...(r.measure ? { measure: r.measure } : {}),
    ...(r.derivedFrom ? { derivedFrom: r.derivedFrom } : {}),
    ...(r.original ? { original: r.original } : {}),
    ...(r.reportedAs ? { reportedAs: r.reportedAs } : {}),
    ...(r.quote ? { quote: r.quote } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(r.estimator ? { estimator: r.estimator } : {}),
    ...(r.vintage ? { vintage: r.vintage } : {}),
    ...(r.location ? { location: r.location } : {}),
    ...(r.from ? { from: r.from } : {}),
    ...(r.to ? { to: r.to } : {}),
    ...(r.topic ? { topic: r.topic } : {}),
    ...(r.compare ? { compare: r.compare } : {}),
    ...(r.statedDenominator ? { statedDenominator: r.statedDenominator } : {}),
    ...(r.verdict ? { verdict: r.verdict } : {}),
    ...(r.explanation ? { explanation: r.explanation } : {}),
  };
}

/** Problems with the declared roles, as `[path, message]` pairs. */
export function checkRoles(meta: DatasetMeta): [string, string][] {
  const problems: [string, string][] = [];
  const byKey = new Map(meta.columns.map((c) => [c.key, c]));
  const ofType = (t: ColumnSpec["type"]) => meta.columns.filter((c) => c.type === t);
  if (ofType("id").length !== 1)
    problems.push(["columns", 'needs exactly one column of type "id" (row anchors and links use it)']);
  if (ofType("sources").length !== 1)
    problems.push([
      "columns",
      'needs exactly one column of type "sources": every row carries its source',
    ]);
  const r = meta.roles;
  const need = (path: string, key: string | undefined, ok?: (c: ColumnSpec) => boolean, what?: string) => {
    if (key === undefined) return;
    const col = byKey.get(key);
    if (!col)
      problems.push([path, `refers to column "${key}", which is not declared in "columns"`]);
    else if (ok && !ok(col)) problems.push([path, `column "${key}" must be ${what}`]);
  };
  const text = (c: ColumnSpec) => c.type === "text" || c.type === "category";
  need("roles.value", r.value, isNumeric, "a number, percent or integer column");
  need("roles.rank", r.rank, (c) => c.type === "integer", "an integer column");
  need(
    "roles.period.start",
    r.period?.start,
    (c) => c.type === "date" || c.type === "integer",
    "a date or integer (year) column",
  );
  need(
    "roles.period.end",
    r.period?.end,
    (c) => c.type === byKey.get(r.period!.start)?.type,
    "of the same type as the period start",
  );
  r.labels?.forEach((k, i) => need(`roles.labels.${i}`, k, text, "a text or category column"));
  for (const role of [
    "quote",
    "note",
    "estimator",
    "from",
    "to",
    "topic",
    "verdict",
    "explanation",
    "derivedFrom",
    "original",
    "compare",
    "statedDenominator",
    "vintage",
  ] as const)
    need(`roles.${role}`, r[role], text, "a text or category column");
  r.location?.forEach((k, i) => need(`roles.location.${i}`, k, text, "a text or category column"));
  const category = (c: ColumnSpec) => c.type === "category" && c.values !== undefined;
  need("roles.periodKind", r.periodKind, (c) =>
    category(c) && c.values!.every((v) => (PERIOD_KINDS as readonly string[]).includes(v)),
    `a category column whose values are among: ${PERIOD_KINDS.join(", ")}`,
  );
  for (const role of ["denominator", "measure", "reportedAs"] as const)
    need(`roles.${role}`, r[role], category, "a category column with its values");
  for (const role of ["denominator", "measure"] as const)
    need(
      `roles.${role}`,
      r[role],
      (c) => c.values!.every((v) => c.definitions?.[v] !== undefined),
      "a category whose every value has a definition",
    );
  if (r.periodKind && !r.period)
    problems.push(["roles.periodKind", "needs roles.period (the dates it qualifies)"]);
  return problems;
}

/** A row's cell as text, when it is one. */
export function textCell(row: DataRow, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const v = row[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** A row's cell as a number, when it is one. */
export function numberCell(row: DataRow, key: string | undefined): number | undefined {
  if (key === undefined) return undefined;
  const v = row[key];
  return typeof v === "number" ? v : undefined;
}

/** "Oil Consumption - barrels!BH71": where the publisher's file holds a row's figure. */
export function locationText(roles: ColumnRoles, row: DataRow): string | undefined {
  const parts = (roles.location ?? []).map((k) => textCell(row, k)).filter(Boolean);
  return parts.length ? parts.join("!") : undefined;
}
