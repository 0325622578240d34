import type { ColumnRoles } from "../data/roles";
import type { DataRow, DatasetMeta } from "../data/schema";
import { chartReferences, chartsOf, checkChartRows } from "./registry";
import { chartSpecSchema } from "./specs";

/**
 * A dataset's charts against their types, as `[metadata path, message]`: each spec parsed by
 * its type's schema (an unknown type is a problem at `charts.<i>.type`, never a fallback), then
 * every column it names declared and every role its type needs present.
 */
export function checkChartSpecs(meta: DatasetMeta): [string, string][] {
  const problems: [string, string][] = [];
  const keys = new Set(meta.columns.map((c) => c.key));
  meta.charts.forEach((entry, i) => {
    const parsed = chartSpecSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push([["charts", i, ...issue.path].join("."), issue.message]);
      return;
    }
    const refs = chartReferences(parsed.data);
    for (const [path, key] of Object.entries(refs.columns))
      if (key !== undefined && !keys.has(key))
        problems.push([
          `charts.${i}.${path}`,
          `refers to column "${key}", which is not declared in "columns"`,
        ]);
    for (const role of refs.roles)
      if (meta.roles[role] === undefined)
        problems.push([
          `charts.${i}`,
          `a chart of type "${parsed.data.type}" needs the dataset to declare roles.${role}`,
        ]);
  });
  return problems;
}

/** The rows each chart would draw, by its type's own checks: `[metadata path, message]`. */
export function checkChartsRows(
  meta: DatasetMeta,
  roles: ColumnRoles,
  rows: readonly DataRow[],
): [string, string][] {
  return chartsOf({ meta }).flatMap((spec, i) =>
    checkChartRows(spec, roles, rows).map(([path, message]): [string, string] => [
      `charts.${i}.${path}`,
      message,
    ]),
  );
}
