import type { Dataset } from "../data/catalog";
import type { Problem } from "../data/problems";
import { checkCompare, parseCompare } from "./compare";
import { isVerdict, VERDICT_ORDER } from "./verdicts";

/**
 * A ledger's own columns across the catalog: each claim's comparison must name a dataset and
 * filter that exist (with the denominator it states), and each verdict must come from the fixed
 * vocabulary the /claims page explains.
 */
export function checkClaims(datasets: Dataset[], dir: string): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(datasets.map((x) => [x.slug, x]));
  for (const d of datasets) {
    const file = `${dir}/${d.slug}.csv`;
    const compareKey = d.roles.compare;
    if (compareKey) {
      d.rows.forEach((row, i) => {
        const raw = row[compareKey];
        if (typeof raw !== "string") return;
        const denominator = d.roles.statedDenominator ? row[d.roles.statedDenominator] : undefined;
        const message = checkCompare(
          parseCompare(raw),
          raw,
          typeof denominator === "string" ? denominator : undefined,
          bySlug,
        );
        if (message) problems.push({ file, line: d.lines[i]!, column: compareKey, message });
      });
    }
    const verdictKey = d.roles.verdict;
    if (verdictKey) {
      d.rows.forEach((row, i) => {
        const verdict = String(row[verdictKey] ?? "");
        if (!isVerdict(verdict))
          problems.push({
            file,
            line: d.lines[i]!,
            column: verdictKey,
            message: `unknown verdict "${verdict}" (use one of: ${VERDICT_ORDER.join(", ")})`,
          });
      });
    }
  }
  return problems;
}
