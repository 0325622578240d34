import { checkRoles, type RoleName } from "./roles";
import type { DatasetMeta } from "./schema";
import type { Problem } from "./problems";

/**
 * Problems in a dataset's metadata itself, before any row is read: every column a column spec,
 * a role, a section or the key figure names must be declared, and every role a section needs
 * must be there (charts are checked against their types by lib/charts/check.ts). Each problem names the metadata path
 * (`file:1: charts.0.value: …`).
 */
export function checkMetaReferences(meta: DatasetMeta, metaFile: string): Problem[] {
  const problems: Problem[] = [];
  const add = (column: string, message: string) =>
    problems.push({ file: metaFile, line: 1, column, message });
  const keys = new Set(meta.columns.map((c) => c.key));
  const need = (ref: string | undefined, where: string) => {
    if (ref !== undefined && !keys.has(ref))
      add(where, `refers to column "${ref}", which is not declared in "columns"`);
  };
  const needRoles = (roles: readonly RoleName[], where: string, what: string) => {
    for (const role of roles)
      if (meta.roles[role] === undefined) add(where, `${what} needs the dataset to declare roles.${role}`);
  };

  const seen = new Set<string>();
  meta.columns.forEach((c, i) => {
    if (seen.has(c.key)) add(`columns.${i}.key`, `column "${c.key}" is declared twice`);
    seen.add(c.key);
    need(c.unitColumn, `columns.${i}.unitColumn`);
    need(c.notBefore, `columns.${i}.notBefore`);
    need(c.display?.labelColumn, `columns.${i}.display.labelColumn`);
    need(c.display?.prefixColumn, `columns.${i}.display.prefixColumn`);
    need(c.display?.rangeEndColumn, `columns.${i}.display.rangeEndColumn`);
    for (const value of Object.keys(c.definitions ?? {}))
      if (!c.values?.includes(value))
        add(`columns.${i}.definitions`, `defines "${value}", which is not one of the column's values`);
  });
  for (const [path, message] of checkRoles(meta)) add(path, message);
  meta.requireOneOf?.forEach((group, i) =>
    group.forEach((k, j) => need(k, `requireOneOf.${i}.${j}`)),
  );
  meta.uniqueBy?.forEach((k, i) => need(k, `uniqueBy.${i}`));

  meta.sections?.forEach((section, i) => {
    if (section.type === "disagreements") {
      section.views.forEach((view, j) => {
        const at = `sections.${i}.views.${j}`;
        if (view.type === "sipri-windows") {
          if (!meta.sections?.some((s) => s.type === "published-vs-recomputed"))
            add(at, "a sipri-windows view needs a published-vs-recomputed section in the same metadata");
          return;
        }
        need(view.method?.column, `${at}.method.column`);
        Object.keys(view.where).forEach((k) => need(k, `${at}.where.${k}`));
        needRoles(["value", "period"], at, "an estimates disagreement view");
      });
    } else {
      for (const [name, key] of Object.entries(section.columns))
        need(key, `sections.${i}.columns.${name}`);
      needRoles(["value", "rank", "from", "to", "period"], `sections.${i}`, "a published-vs-recomputed section");
    }
  });

  const key = meta.keyFigure;
  if (key?.type === "top-partner")
    needRoles(["from", "to", "period", "value"], "keyFigure", "a top-partner key figure");
  if (key?.type === "latest") {
    needRoles(["value", "period", "denominator"], "keyFigure", "a latest-estimate key figure");
    Object.keys(key.where).forEach((k) => need(k, `keyFigure.where.${k}`));
  }
  return problems;
}
