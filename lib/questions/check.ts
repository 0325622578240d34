import type { Dataset } from "../data/catalog";
import type { Where } from "../data/keys";
import type { Problem } from "../data/problems";
import type { QuestionSpec } from "../data/question-schema";

/**
 * References a question makes must resolve, so its page can never be computed from a dataset,
 * column, claim or source that is not there: problems are located in the questions file by the
 * path of the field (`questions.0.consumption.where.entity`).
 */
export function checkQuestions(
  questions: readonly QuestionSpec[],
  datasets: ReadonlyMap<string, Dataset>,
  claimIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const add = (column: string, message: string) =>
    problems.push({ file, line: 1, column, message });
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (seen.has(q.slug)) add(`${at}.slug`, `"${q.slug}" is used by another question`);
    seen.add(q.slug);
    const dataset = (slug: string, path: string) => {
      const d = datasets.get(slug);
      if (!d) add(path, `no dataset "${slug}"`);
      return d;
    };
    const columns = (d: Dataset | undefined, where: Where | undefined, path: string) => {
      if (!d) return;
      const keys = new Set(d.meta.columns.map((c) => c.key));
      for (const k of Object.keys(where ?? {}))
        if (!keys.has(k)) add(`${path}.${k}`, `${d.slug} has no column "${k}"`);
    };
    q.claims.forEach((id, j) => {
      if (!claimIds.has(id)) add(`${at}.claims.${j}`, `no claim "${id}" in the ledger`);
    });
    if (q.type === "sipri-share") {
      const d = dataset(q.published, `${at}.published`);
      if (d && !d.meta.sections?.some((s) => s.type === "published-vs-recomputed"))
        add(`${at}.published`, `${q.published} has no published-vs-recomputed section`);
      return;
    }
    const e = dataset(q.estimates.dataset, `${at}.estimates.dataset`);
    columns(e, q.estimates.official, `${at}.estimates.official`);
    columns(e, q.estimates.totals, `${at}.estimates.totals`);
    columns(e, { [q.estimates.supplier]: [] }, `${at}.estimates.supplier`);
    if (e) {
      const roles = e.roles;
      if (!roles.value || !roles.period || !roles.denominator || !roles.measure)
        add(
          `${at}.estimates.dataset`,
          `${e.slug} needs the value, period, denominator and measure roles`,
        );
      const vocabulary = (key: string | undefined) =>
        new Set(e.meta.columns.find((c) => c.key === key)?.values ?? []);
      const denominators = vocabulary(roles.denominator);
      const measures = vocabulary(roles.measure);
      for (const [field, values, known] of [
        ["crudeImports", q.estimates.crudeImports, denominators],
        ["consumption", q.estimates.consumption, denominators],
        ["volumes", q.estimates.volumes, measures],
      ] as const)
        values.forEach((v, j) => {
          if (!known.has(v))
            add(`${at}.estimates.${field}.${j}`, `"${v}" is not in ${e.slug}'s vocabulary`);
        });
    }
    columns(
      dataset(q.consumption.dataset, `${at}.consumption.dataset`),
      q.consumption.where,
      `${at}.consumption.where`,
    );
    columns(
      dataset(q.factor.dataset, `${at}.factor.dataset`),
      q.factor.where,
      `${at}.factor.where`,
    );
    const r = dataset(q.regional.dataset, `${at}.regional.dataset`);
    columns(r, q.regional.where, `${at}.regional.where`);
    columns(r, q.regional.beside, `${at}.regional.beside`);
    const cited = [
      ...q.caveats.map((c, j) => [c.source, `${at}.caveats.${j}.source`] as const),
      ...q.regional.reasons.map(
        (c, j) => [c.source, `${at}.regional.reasons.${j}.source`] as const,
      ),
    ];
    for (const [id, path] of cited)
      if (!sourceIds.has(id)) add(path, `no source "${id}" in sources.csv`);
  });
  return problems;
}
