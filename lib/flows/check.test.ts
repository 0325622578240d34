import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import type { FlowFigureSpec } from "@/lib/data/figure-schema";
import { checkFlowFigures } from "./check";

describe("the flow figures' references", async () => {
  const { catalog } = await loadCatalogResult();
  const datasets = new Map(catalog!.datasets.map((d) => [d.slug, d]));
  const figures = catalog!.flowFigures;
  const check = (changed: FlowFigureSpec[]) =>
    checkFlowFigures(changed, datasets, "data/figures.json").map(
      (p) => `${p.column}: ${p.message}`,
    );
  const replace = (kind: FlowFigureSpec["kind"], change: (f: FlowFigureSpec) => FlowFigureSpec) => {
    const i = figures.findIndex((f) => f.kind === kind);
    return { i, figures: figures.map((f, j) => (j === i ? change(f) : f)) };
  };

  it("resolve in the data as shipped", () => {
    expect(check(figures)).toEqual([]);
  });

  it("name the field of a missing dataset, view, column or exporter", () => {
    const crude = replace("crude", (f) => ({ ...f, dataset: "no-such-data" }));
    expect(check(crude.figures)).toEqual([`flows.${crude.i}.dataset: no dataset "no-such-data"`]);
    const view = replace("oil-estimates", (f) =>
      f.kind === "oil-estimates" ? { ...f, views: [{ view: "nope", label: "Nope" }] } : f,
    );
    expect(check(view.figures)).toEqual([
      `flows.${view.i}.views.0.view: ${(figures[view.i] as { dataset: string }).dataset} has no disagreement view "nope"`,
    ]);
    const exporter = replace("crude", (f) => (f.kind === "crude" ? { ...f, from: "Atlantis" } : f));
    expect(check(exporter.figures)).toEqual([
      `flows.${exporter.i}.from: ${(figures[exporter.i] as { dataset: string }).dataset} has no exporter "Atlantis"`,
    ]);
    const column = replace("crude", (f) =>
      f.kind === "crude" ? { ...f, yearColumn: "no_such_column" } : f,
    );
    expect(check(column.figures)[0]).toMatch(
      /^flows\.\d+\.yearColumn: .* has no column "no_such_column"$/,
    );
    const oil = replace("corridor", (f) => (f.kind === "corridor" ? { ...f, oil: "nope" } : f));
    expect(check(oil.figures)).toEqual([`flows.${oil.i}.oil: no oil-estimates figure "nope"`]);
  });

  it("refuse a figure id or a form parameter used twice", () => {
    expect(check([...figures, figures[0]!])).toContain(
      `flows.${figures.length}.id: "${figures[0]!.id}" is used by another figure`,
    );
    const crude = figures.find((f) => f.kind === "crude")!;
    const clash = { ...crude, id: "another-crude" };
    expect(check([...figures, clash]).some((p) => /the parameter ".*" is used twice/.test(p))).toBe(
      true,
    );
  });
});
