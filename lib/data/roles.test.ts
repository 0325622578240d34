import { describe, expect, it } from "vitest";
import { catalogFrom, MINI } from "@/tests/helpers";
import { formatProblem } from "./problems";
import { resolveRoles } from "./roles";
import { datasetMetaSchema } from "./schema";

const oilMeta = MINI["oil.meta.json"];
const problemsWith = (meta: object) =>
  catalogFrom({ ...MINI, "oil.meta.json": meta })
    .problems.map(formatProblem)
    .filter((p) => p.startsWith("data/oil.meta.json"));

describe(resolveRoles, () => {
  it("resolves each role once: the value's format, the period with its stated label, the labels", () => {
    expect(resolveRoles(datasetMetaSchema.parse(oilMeta))).toEqual({
      id: "id",
      sources: "source_ids",
      value: { key: "value", unitColumn: "unit", qualifierColumn: "qualifier", rangeEndColumn: "high" },
      period: { start: "start", end: "end", label: "label" },
      periodKind: "kind",
      labels: ["supplier", "metric"],
      denominator: "denominator",
      measure: "measure",
      original: "original",
      reportedAs: "reported_as",
      quote: "quote",
    });
  });

  it("lets a period end default to its start (whole years)", () => {
    const transfers = datasetMetaSchema.parse(MINI["transfers.meta.json"]);
    expect(resolveRoles(transfers).period).toEqual({ start: "year", end: "year" });
  });
});

describe("role validation", () => {
  it("refuses a role naming a column that is not declared, or of the wrong type", () => {
    expect(problemsWith({ ...oilMeta, roles: { ...oilMeta.roles, quote: "quotes", value: "supplier" } })).toEqual([
      'data/oil.meta.json:1: roles.value: column "supplier" must be a number, percent or integer column',
      'data/oil.meta.json:1: roles.quote: refers to column "quotes", which is not declared in "columns"',
    ]);
  });

  it("needs exactly one id column and one sources column", () => {
    const columns = oilMeta.columns.filter((c) => c.type !== "sources");
    expect(problemsWith({ ...oilMeta, columns })).toEqual([
      'data/oil.meta.json:1: columns: needs exactly one column of type "sources": every row carries its source',
    ]);
  });

  it("needs the roles a section or key figure reads", () => {
    expect(problemsWith({ ...oilMeta, roles: { ...oilMeta.roles, value: undefined } })).toEqual([
      "data/oil.meta.json:1: sections.0.views.0: an estimates disagreement view needs the dataset to declare roles.value",
      "data/oil.meta.json:1: keyFigure: a latest-estimate key figure needs the dataset to declare roles.value",
    ]);
  });
});
