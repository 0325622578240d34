import { describe, expect, it } from "vitest";
import type { DataRow } from "../data/schema";
import { queryRows, unitGrouping, type QueryContext } from "./table-query";
import type { TableView } from "./view-state";

const rows: DataRow[] = [
  { id: "a", supplier: "Russia", value: 28, start: "2025", end: "2025", label: "2025" },
  { id: "b", supplier: "Azerbaijan", value: 46.4, start: "2025", end: "2025", label: "2025" },
  {
    id: "c",
    supplier: "azerbaijan + kazakhstan",
    start: "2023-05",
    end: "2023-11",
    label: "mid-May – Nov 2023",
  },
  {
    id: "d",
    supplier: "Azerbaijan",
    value: 22,
    start: "2018",
    end: "2018",
    label: "2018 (full year)",
  },
  {
    id: "e",
    supplier: "Brazil",
    value: 22,
    start: "2023-10",
    end: "2024-03",
    label: "Oct 2023 – early 2024",
  },
];
const ctx: QueryContext = {
  columns: [
    { key: "start", kind: "text", labelColumn: "label" },
    { key: "supplier", kind: "text" },
    { key: "value", kind: "number" },
  ],
  period: { start: "start", end: "end" },
};
const view = (v: Partial<TableView>): TableView => ({
  sort: [],
  q: "",
  filters: {},
  page: 1,
  size: 100,
  ...v,
});
const ids = (v: Partial<TableView>, data = rows) =>
  [...queryRows(data, view(v), ctx)].map((i) => data[i]!.id);

describe(queryRows, () => {
  it("keeps the original order without a sort", () => {
    expect(ids({})).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("sorts numbers both ways, missing values last either way, ties in original order", () => {
    expect(ids({ sort: [{ id: "value", desc: true }] })).toEqual(["b", "a", "d", "e", "c"]);
    expect(ids({ sort: [{ id: "value", desc: false }] })).toEqual(["d", "e", "a", "b", "c"]);
  });

  it("sorts a value column whose rows carry different units within each unit, never across", () => {
    const mixed: DataRow[] = [
      { id: "t1", value: 556000, unit: "tonnes" },
      { id: "p1", value: 60, unit: "%" },
      { id: "b1", value: 430000, unit: "b/d" },
      { id: "p2", value: 22, unit: "%" },
      { id: "t2", value: 523500, unit: "tonnes" },
      { id: "x", unit: "%" },
    ];
    const unitCtx: QueryContext = {
      columns: [{ key: "value", kind: "number", format: { unitColumn: "unit" } }],
    };
    const order = (desc: boolean) =>
      [...queryRows(mixed, view({ sort: [{ id: "value", desc }] }), unitCtx)].map(
        (i) => mixed[i]!.id,
      );
    // Units A–Z in both directions; within each, by value; missing values last in their unit.
    expect(order(true)).toEqual(["p1", "p2", "x", "b1", "t1", "t2"]);
    expect(order(false)).toEqual(["p2", "p1", "x", "b1", "t2", "t1"]);
    expect(unitGrouping(view({ sort: [{ id: "value", desc: true }] }), unitCtx.columns)).toBe(
      "unit",
    );
    // A value column with one unit, and no sort, are not grouped.
    expect(unitGrouping(view({ sort: [{ id: "value", desc: true }] }), ctx.columns)).toBe(
      undefined,
    );
    expect(unitGrouping(view({}), unitCtx.columns)).toBe(undefined);
  });

  it("sorts text case-insensitively and by several columns", () => {
    expect(
      ids({
        sort: [
          { id: "supplier", desc: false },
          { id: "value", desc: true },
        ],
      }),
    ).toEqual(["b", "d", "c", "e", "a"]);
  });

  it("searches the shown text, including period labels", () => {
    expect(ids({ q: "AZERBAIJAN" })).toEqual(["b", "c", "d"]);
    expect(ids({ q: "full year" })).toEqual(["d"]);
  });

  it("filters by chosen values and by numeric range", () => {
    expect(
      ids({ filters: { supplier: { kind: "values", values: ["Azerbaijan", "Brazil"] } } }),
    ).toEqual(["b", "d", "e"]);
    expect(ids({ filters: { value: { kind: "range", min: 22, max: 30 } } })).toEqual([
      "a",
      "d",
      "e",
    ]);
  });

  it("keeps rows whose period overlaps the time range", () => {
    expect(ids({ from: 2024, to: 2024 })).toEqual(["e"]);
    expect(ids({ from: 2023 })).toEqual(["a", "b", "c", "e"]);
    expect(ids({ to: 2019 })).toEqual(["d"]);
  });

  it("orders every one of 100,000 rows by a number, largest first (timing: npm run bench big)", () => {
    const big: DataRow[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `r${i}`,
      supplier: `S${i % 97}`,
      value: (i * 7919) % 100_003,
      start: "2020",
      end: "2020",
      label: "2020",
    }));
    const order = queryRows(big, view({ sort: [{ id: "value", desc: true }] }), ctx);
    expect(order.length).toBe(100_000);
    for (let i = 1; i < order.length; i++)
      expect(big[order[i - 1]!]!.value as number).toBeGreaterThanOrEqual(
        big[order[i]!]!.value as number,
      );
  });
});
