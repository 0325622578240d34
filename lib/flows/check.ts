import type { Dataset } from "../data/catalog";
import type { FlowFigureSpec } from "../data/figure-schema";
import type { Problem } from "../data/problems";
import { crudeExporters } from "./crude";

/**
 * The flow figures' references must resolve, so /flows can never be drawn from a dataset,
 * view, column or exporter that is not there; problems are located in the figures file by the
 * field's path (`flows.4.dataset`). Figure ids and the form's parameters are unique.
 */
export function checkFlowFigures(
  figures: readonly FlowFigureSpec[],
  datasets: ReadonlyMap<string, Dataset>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const add = (column: string, message: string) =>
    problems.push({ file, line: 1, column, message });
  const ids = new Set<string>();
  const params = new Set(["window", "oil", "show"]);
  const dataset = (slug: string, path: string) => {
    const d = datasets.get(slug);
    if (!d) add(path, `no dataset "${slug}"`);
    return d;
  };
  figures.forEach((f, i) => {
    const at = `flows.${i}`;
    if (ids.has(f.id)) add(`${at}.id`, `"${f.id}" is used by another figure`);
    ids.add(f.id);
    switch (f.kind) {
      case "corridor": {
        const t = dataset(f.transfers, `${at}.transfers`);
        if (t && (!t.roles.from || !t.roles.to || !t.roles.value || !t.roles.period))
          add(`${at}.transfers`, `${t.slug} has no from, to, value and period columns`);
        dataset(f.investment, `${at}.investment`);
        dataset(f.places, `${at}.places`);
        if (!figures.some((o) => o.kind === "oil-estimates" && o.id === f.oil))
          add(`${at}.oil`, `no oil-estimates figure "${f.oil}"`);
        return;
      }
      case "oil-estimates": {
        const d = dataset(f.dataset, `${at}.dataset`);
        const views = new Set(
          (d?.meta.sections ?? []).flatMap((s) =>
            s.type === "disagreements" ? s.views.map((v) => v.id) : [],
          ),
        );
        f.views.forEach((v, j) => {
          if (d && !views.has(v.view))
            add(`${at}.views.${j}.view`, `${d.slug} has no disagreement view "${v.view}"`);
        });
        return;
      }
      case "arms": {
        const d = dataset(f.dataset, `${at}.dataset`);
        if (d && (!d.roles.from || !d.roles.to || !d.roles.value || !d.roles.period))
          add(`${at}.dataset`, `${d.slug} has no from, to, value and period columns`);
        return;
      }
      case "crude": {
        for (const c of [f.year, ...(f.chooseFrom ? [f.chooseFrom] : [])]) {
          if (params.has(c.param)) add(`${at}`, `the parameter "${c.param}" is used twice`);
          params.add(c.param);
        }
        const d = dataset(f.dataset, `${at}.dataset`);
        if (!d) return;
        if (!d.roles.from || !d.roles.to || !d.roles.value) {
          add(`${at}.dataset`, `${d.slug} has no from, to and value columns`);
          return;
        }
        const keys = new Set(d.meta.columns.map((c) => c.key));
        const column = (k: string | undefined, path: string) => {
          if (k !== undefined && !keys.has(k)) add(path, `${d.slug} has no column "${k}"`);
        };
        column(f.yearColumn, `${at}.yearColumn`);
        column(f.withheldColumn, `${at}.withheldColumn`);
        for (const k of Object.keys(f.where ?? {})) column(k, `${at}.where.${k}`);
        if (!crudeExporters(d, f.where).includes(f.from))
          add(`${at}.from`, `${d.slug} has no exporter "${f.from}"`);
        return;
      }
    }
  });
  return problems;
}
