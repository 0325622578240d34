import { rowValue } from "../data/format";
import { textCell, type ColumnRoles } from "../data/roles";
import type { ColumnSpec, DataRow } from "../data/schema";
import { isShareUnit } from "../data/validate-rows";

/**
 * What a figure is of. A share names its denominator ("% of Israel's crude imports" is not
 * "% of Israel's oil needs"); a volume or value names its measure; plans and forecasts are
 * measures of their own, never drawn with actuals. Both come from declared vocabularies whose
 * every value has a definition.
 */

/**
 * Whether a row's value is a share: its unit reads "% of …", or is a bare "%" whose denominator
 * sits in a column of its own.
 */
export function isShareRow(roles: ColumnRoles, row: DataRow): boolean {
  const shown = roles.value ? rowValue(roles.value, row) : undefined;
  return isShareUnit(shown?.unit) || (shown?.unit === "%" && roles.denominator !== undefined);
}

/** Problems: a share without its denominator, a volume without its measure, or either misplaced. */
export function checkQuantity(roles: ColumnRoles, row: DataRow): [string, string][] {
  if (!roles.value || (!roles.denominator && !roles.measure)) return [];
  const share = isShareRow(roles, row);
  const problems: [string, string][] = [];
  const d = textCell(row, roles.denominator);
  const m = textCell(row, roles.measure);
  if (roles.denominator) {
    if (share && d === undefined)
      problems.push([roles.denominator, "a share needs its denominator (what it is a share of)"]);
    if (!share && d !== undefined)
      problems.push([roles.denominator, 'only a share (unit "% of …") has a denominator']);
  }
  if (roles.measure) {
    if (!share && m === undefined)
      problems.push([roles.measure, "a volume or value needs its measure"]);
    if (share && m !== undefined)
      problems.push([roles.measure, "a share has a denominator, not a measure"]);
  }
  return problems;
}

/** What a row's figure is of: its denominator or its measure. */
export function quantityOf(roles: ColumnRoles, row: DataRow): string | undefined {
  return textCell(row, roles.denominator) ?? textCell(row, roles.measure);
}

/** The definition a vocabulary gives a value, from its column spec. */
export function definitionOf(
  columns: readonly ColumnSpec[],
  key: string | undefined,
  value: string,
): string | undefined {
  return columns.find((c) => c.key === key)?.definitions?.[value];
}
