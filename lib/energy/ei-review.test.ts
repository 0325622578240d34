import { describe, expect, it } from "vitest";
import { BODY, countrySheet, review } from "@/tests/ei-fixture";
import { gridWorkbook } from "@/tests/xlsx-grid";
import { findEdition, parseEiReview, type EiReview } from "./ei-review";

function ok(r: ReturnType<typeof parseEiReview>): EiReview {
  if ("problems" in r) throw new Error(r.problems.map((p) => p.message).join("\n"));
  return r;
}

describe(parseEiReview, () => {
  it("finds sheets by their title rows, whatever each edition calls them", () => {
    for (const names of ["2023", "2024"] as const) {
      const r = ok(parseEiReview(review(names)));
      expect(r.edition).toBe(names);
      expect(r.tables.map((t) => `${t.measure} ${t.unit}`).sort()).toEqual([
        "consumption million tonnes",
        "consumption thousand barrels daily",
        "production million tonnes",
        "production thousand barrels daily",
      ]);
      // The exajoule sheet has the same title but another unit row: never read as barrels or tonnes.
      expect(r.tables.map((t) => t.sheet)).not.toContain("Oil Consumption - EJ");
    }
  });

  it("still finds a sheet that was renamed", () => {
    const wb = review("2024");
    wb.sheets.find((s) => s.name === "Oil Consumption - barrels")!.name = "Sheet7";
    const t = ok(parseEiReview(wb)).tables.find(
      (x) => x.measure === "consumption" && x.unit === "thousand barrels daily",
    )!;
    expect(t.sheet).toBe("Sheet7");
    expect(t.values.find((v) => v.entity === "Israel" && v.year === 2022)).toMatchObject({
      value: 226,
      sheet: "Sheet7",
      cell: "D5",
    });
  });

  it("reads only the year columns: growth-rate and share columns are never years", () => {
    const t = ok(parseEiReview(review("2024"))).tables[0]!;
    expect([...new Set(t.values.map((v) => v.year))]).toEqual([2020, 2021, 2022]);
    // The growth column repeats 2022 and holds a fraction: no second 2022 row for Israel.
    expect(t.values.filter((v) => v.entity === "Israel" && v.year === 2022)).toHaveLength(1);
  });

  it("keeps region totals apart from countries and names each country's region", () => {
    const t = ok(parseEiReview(review("2024"))).tables[0]!;
    const kind = (e: string) => t.values.find((v) => v.entity === e)?.kind;
    expect(kind("Israel")).toBe("country");
    expect(kind("Other Middle East")).toBe("country group");
    expect(kind("Total Middle East")).toBe("region total");
    expect(kind("of which: OECD")).toBe("region total");
    expect(kind("European Union")).toBe("region total"); // the "#" footnote mark is not part of the name
    expect(t.values.find((v) => v.entity === "Israel")!.region).toBe("Middle East");
    expect(t.values.find((v) => v.entity === "Azerbaijan")!.region).toBe("CIS");
  });

  it("reads ^ as less than 0.05 and n/a as not available, never as numbers", () => {
    const t = ok(parseEiReview(review("2024"))).tables[0]!;
    const other = t.values.filter((v) => v.entity === "Other Middle East");
    expect(other.map((v) => [v.year, v.value, v.marker])).toEqual([
      [2020, 10, undefined],
      [2021, undefined, "less than 0.05"],
      [2022, undefined, "n/a"],
    ]);
  });

  it("stops at the footnotes, with or without a blank line before them", () => {
    const t = ok(parseEiReview(review("2024"))).tables[0]!;
    expect(t.values.some((v) => v.entity.startsWith("*") || v.entity.startsWith("^"))).toBe(false);
  });

  it('drops the zeros that mean "in the USSR row" (and the USSR\'s zeros after the split)', () => {
    const t = ok(parseEiReview(review("2024"))).tables[0]!;
    const az = t.values.filter((v) => v.entity === "Azerbaijan").map((v) => v.year);
    const ussr = t.values.filter((v) => v.entity === "USSR").map((v) => v.year);
    expect(az).toEqual([2022]);
    expect(ussr).toEqual([2020, 2021]);
    expect(t.ussrZerosSkipped).toBe(3);
  });

  it("reads the inter-area matrix with its year, crude and product blocks", () => {
    const m = ok(parseEiReview(review("2024"))).matrix;
    expect(m.year).toBe(2023);
    expect(
      m.values.find((v) => v.kind === "crude" && v.from === "Other CIS" && v.to === "Middle East"),
    ).toMatchObject({ value: 2.399984039, cell: "C6" });
    expect(
      m.values.find(
        (v) => v.kind === "product" && v.from === "Other CIS" && v.to === "Middle East",
      ),
    ).toMatchObject({ marker: "less than 0.05", cell: "C11" });
    expect(m.values.some((v) => v.to === "Total" || v.from === "Total imports")).toBe(false);
  });

  it("reads the regional trade table: each block's year, crude and product, imports and exports, both units", () => {
    const t = ok(parseEiReview(review("2024"))).trade;
    expect(t).toHaveLength(2 * 3 * 8);
    const ome = t.filter(
      (v) => v.region === "Other Middle East" && v.kind === "crude" && v.flow === "imports",
    );
    expect(ome.map((v) => [v.year, v.unit, v.value, v.cell])).toEqual([
      [2022, "million tonnes", 15.1, "B6"],
      [2023, "million tonnes", 14.6, "F6"],
      [2022, "thousand barrels daily", 303.9, "B11"],
      [2023, "thousand barrels daily", 294.1, "F11"],
    ]);
  });

  it("reads the crude conversion factors from the workbook's own sheet", () => {
    const f = ok(parseEiReview(review("2024"))).conversion;
    expect(f.map((x) => [x.id, x.factor, x.cell])).toEqual([
      ["crude-tonnes-to-barrels", 7.33, "F8"],
      ["crude-barrels-to-tonnes", 0.1364, "D10"],
      ["crude-barrels-per-day-to-tonnes-per-year", 49.8, "H12"],
    ]);
    expect(f[0]!.basis).toBe("based on worldwide average gravity");
  });

  it("refuses a workbook that is not a Statistical Review", () => {
    const r = parseEiReview(gridWorkbook("book.xlsx", { Sheet1: [["hello"]] }));
    expect("problems" in r && r.problems.map((p) => p.message)).toEqual([
      'book.xlsx: not an Energy Institute Statistical Review workbook: no sheet names its edition (a line such as "2024 Energy Institute Statistical Review of World Energy" in its first rows)',
    ]);
  });

  it("locates text in a number cell and a changed layout", () => {
    const body = BODY.map((r) => (r[0] === "Israel" ? ["Israel", 199.4, "about 200", 226] : r));
    const r = parseEiReview(
      review("2024", {
        "Oil Consumption - Tonnes": countrySheet("Oil: Consumption*", "Million tonnes", body),
      }),
    );
    expect("problems" in r && r.problems.map((p) => p.message)).toEqual([
      "EI-2024.xlsx: 'Oil Consumption - Tonnes'!C5: \"about 200\" is not a number (expected a number, ^, n/a or -)",
    ]);
    const noYears = parseEiReview(
      review("2024", {
        "Oil Consumption - Tonnes": countrySheet("Oil: Consumption*", "Million tonnes", BODY).map(
          (r, i) => (i === 2 ? ["Million tonnes", "1990s"] : r),
        ),
      }),
    );
    expect("problems" in noYears && noYears.problems.map((p) => p.message)).toEqual([
      "EI-2024.xlsx: 'Oil Consumption - Tonnes'!B3: expected the years as column headings from here (at least two consecutive years): the layout changed",
    ]);
  });
});

describe(findEdition, () => {
  it("reads the edition from a line that wraps over two rows", () => {
    expect(findEdition(review("2023"))).toBe("2023");
    expect(
      findEdition(
        gridWorkbook("x.xlsx", {
          Contents: [[], ["2024 Energy Institute Statistical Review of World Energy"]],
        }),
      ),
    ).toBe("2024");
  });
});
