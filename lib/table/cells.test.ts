import { describe, expect, it } from "vitest";
import {
  cell,
  cellTableRows,
  missingCell,
  parseCellSort,
  searchCellRows,
  sortCellRows,
  type CellTable,
} from "./cells";

const table: CellTable = {
  columns: [
    { id: "name", label: "Name" },
    { id: "tiv", label: "TIV", numeric: true },
  ],
  rows: [
    { key: "a", cells: { name: cell("Côte d'Ivoire"), tiv: cell("3", 3) } },
    { key: "b", cells: { name: cell("Turkiye"), tiv: missingCell("–") } },
    { key: "c", cells: { name: cell("PKK (Turkiye)"), tiv: cell("0.3", 0.1 + 0.2) } },
  ],
};

describe("cell tables", () => {
  it("read a sort from the address only for a column they have", () => {
    expect(parseCellSort(table, "tiv:desc")).toEqual({ id: "tiv", desc: true });
    expect(parseCellSort(table, "nope:desc")).toBeUndefined();
    expect(parseCellSort(table, null)).toBeUndefined();
  });

  it("sort both ways with missing values last", () => {
    const keys = (desc: boolean) => sortCellRows(table.rows, { id: "tiv", desc }).map((r) => r.key);
    expect(keys(true)).toEqual(["a", "c", "b"]);
    expect(keys(false)).toEqual(["c", "a", "b"]);
    expect(sortCellRows(table.rows, undefined).map((r) => r.key)).toEqual(["a", "b", "c"]);
  });

  it("search by every word, ignoring case and accents", () => {
    expect(searchCellRows(table.rows, "name", "cote").map((r) => r.key)).toEqual(["a"]);
    expect(searchCellRows(table.rows, "name", "TURK").map((r) => r.key)).toEqual(["b", "c"]);
    expect(searchCellRows(table.rows, "name", "turk pkk").map((r) => r.key)).toEqual(["c"]);
    expect(searchCellRows(table.rows, "name", "  ").length).toBe(3);
  });

  it("become CSV rows: text as shown, numbers unrounded but without float noise, missing empty", () => {
    expect(cellTableRows(table)).toEqual({
      header: ["Name", "TIV"],
      rows: [
        ["Côte d'Ivoire", 3],
        ["Turkiye", undefined],
        ["PKK (Turkiye)", 0.3],
      ],
    });
  });
});
