import { describe, expect, it } from "vitest";
import {
  parseYearRange,
  parseTab,
  parseTableView,
  rowsHref,
  writeTableView,
  type TableView,
} from "./view-state";

const columns = {
  sortable: ["value", "supplier", "period_start"],
  filters: { supplier: "values", value: "range", period_start: "range" },
} as const;
const parse = (q: string) => parseTableView(new URLSearchParams(q), columns);

describe(parseTableView, () => {
  it("reads sort, search, filters, time range and page", () => {
    expect(
      parse(
        "sort=value:desc,supplier:asc&q=kpler&f.supplier=Azerbaijan|Russia&f.value=10..50&from=2018&to=2025&page=2&size=50",
      ),
    ).toEqual({
      sort: [
        { id: "value", desc: true },
        { id: "supplier", desc: false },
      ],
      q: "kpler",
      filters: {
        supplier: { kind: "values", values: ["Azerbaijan", "Russia"] },
        value: { kind: "range", min: 10, max: 50 },
      },
      from: 2018,
      to: 2025,
      page: 2,
      size: 50,
    });
  });

  it("ignores whatever is invalid and keeps the rest", () => {
    expect(
      parse(
        "sort=nope:desc,value:sideways,supplier,supplier:desc&f.nope=1&f.value=abc..&f.supplier=&from=20x8&to=1999&page=-3&size=7",
      ),
    ).toEqual({
      sort: [{ id: "supplier", desc: false }],
      q: "",
      filters: {},
      to: 1999,
      page: 1,
      size: 50,
    });
  });

  it("accepts open ranges and swaps a reversed time range", () => {
    expect(parse("f.value=..40&from=2025&to=2018")).toMatchObject({
      filters: { value: { kind: "range", max: 40 } },
      from: 2018,
      to: 2025,
    });
  });

  it("round-trips through writeTableView, leaving defaults out of the address", () => {
    const view: TableView = {
      sort: [{ id: "value", desc: true }],
      q: "a b",
      filters: { supplier: { kind: "values", values: ["A|x"] } },
      page: 1,
      size: 50,
    };
    const params = new URLSearchParams("tab=table&f.old=1");
    writeTableView(view, params);
    expect(params.toString()).toBe("tab=table&sort=value%3Adesc&q=a+b&f.supplier=A%7Cx");
    expect(parseTableView(params, columns).filters.supplier).toEqual({
      kind: "values",
      values: ["A", "x"],
    });
  });
});

describe(parseTab, () => {
  it("restores the tab, ignoring unknown values", () => {
    expect(parseTab(new URLSearchParams("series.c=Russia&tab=table"))).toBe("table");
    expect(parseTab(new URLSearchParams("tab=<script>"))).toBe("all");
  });
});

describe(parseYearRange, () => {
  it("is one reading of the years for the table and the charts: a reversed range is swapped", () => {
    const p = (q: string) => parseYearRange(new URLSearchParams(q));
    expect(p("from=2025&to=2018")).toEqual({ from: 2018, to: 2025 });
    expect(p("from=2018")).toEqual({ from: 2018 });
    expect(p("from=20x&to=2020")).toEqual({ to: 2020 });
    expect(parse("from=2025&to=2018")).toMatchObject({
      from: 2018,
      to: 2025,
    });
  });
});

describe(rowsHref, () => {
  it("writes a link to some rows in the dataset pages' own view format, which reads back", () => {
    const href = rowsHref(
      "arms-transfers",
      { supplier: ["A b", "C"], recipient: "X" },
      {
        from: 2015,
        to: 2019,
      },
    );
    expect(href).toBe(
      "/datasets/arms-transfers?f.supplier=A+b%7CC&f.recipient=X&from=2015&to=2019&tab=table",
    );
    const params = new URL(href, "http://x").searchParams;
    const view = parseTableView(params, {
      sortable: [],
      filters: { supplier: "values", recipient: "values" },
    });
    expect(view.filters.supplier).toEqual({ kind: "values", values: ["A b", "C"] });
    expect(view.filters.recipient).toEqual({ kind: "values", values: ["X"] });
    expect([view.from, view.to]).toEqual([2015, 2019]);
    expect(parseTab(params)).toBe("table");
  });
});
