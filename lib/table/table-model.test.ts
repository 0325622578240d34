import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { clientRowKeys, tableModel, viewColumns } from "./table-model";

const catalog = miniCatalog();
const oil = catalog.datasets.find((d) => d.slug === "oil")!;
const transfers = catalog.datasets.find((d) => d.slug === "transfers")!;

describe(tableModel, () => {
  const model = tableModel(oil);

  it("shows the visible columns in metadata order, with the roles' id, sources, quote and period", () => {
    expect(model.columns.map((c) => c.key)).toEqual([
      "kind",
      "start",
      "supplier",
      "metric",
      "denominator",
      "measure",
      "value",
      "unit",
      "basis",
      "original",
      "source_ids",
    ]);
    expect(model).toMatchObject({
      idKey: "id",
      sourcesKey: "source_ids",
      quoteKey: "quote",
      period: { start: "start", end: "end" },
    });
    expect(model.noteKey).toBeUndefined();
  });

  it("gives number columns their format (unit, hedge, range end) and text columns their label column", () => {
    const value = model.columns.find((c) => c.key === "value")!;
    expect(value).toMatchObject({
      kind: "number",
      format: {
        key: "value",
        unitColumn: "unit",
        qualifierColumn: "qualifier",
        rangeEndColumn: "high",
      },
      filter: "range",
    });
    expect(model.columns.find((c) => c.key === "start")).toMatchObject({
      kind: "text",
      labelColumn: "label",
    });
    // Whole years are shown as written, and the period column is not a range filter.
    const year = tableModel(transfers).columns.find((c) => c.key === "year")!;
    expect(year.format).toMatchObject({ plain: true });
    expect(year.filter).toBeUndefined();
  });

  it("offers value filters with counts, most frequent first; categories always", () => {
    expect(model.columns.find((c) => c.key === "supplier")!.options).toEqual([
      { value: "Azerbaijan", count: 6 },
      { value: "Russia", count: 1 },
    ]);
    expect(model.columns.find((c) => c.key === "basis")!.filter).toBe("values");
    expect(viewColumns(model).filters).toMatchObject({ supplier: "values", value: "range" });
  });

  it("sends the browser the visible columns, the helpers they read, the period end and the quote", () => {
    expect(clientRowKeys(model).sort()).toEqual(
      [
        "id",
        "source_ids",
        "kind",
        "start",
        "label",
        "supplier",
        "metric",
        "denominator",
        "measure",
        "original",
        "value",
        "unit",
        "qualifier",
        "high",
        "basis",
        "end",
        "quote",
      ].sort(),
    );
  });

  it("works for a dataset with no rows", () => {
    expect(
      tableModel({ ...oil, rows: [] }).columns.find((c) => c.key === "supplier")!.filter,
    ).toBeUndefined();
  });
});
