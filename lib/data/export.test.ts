import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GOOD_ROW, HEADER, META, catalogFrom, SOURCES_CSV } from "@/tests/helpers";
import { parseCsv } from "./csv-parse";
import { fullDate } from "./cell-parsers";
import { catalogJson, datasetCsv, datasetJson, toCsv } from "./export";

describe(toCsv, () => {
  it("writes RFC 4180: CRLF, header in the given order, quotes only where needed, doubled inner quotes", () => {
    const csv = toCsv(
      ["b", "a"],
      [
        { a: 'say "hi"', b: "x, y" },
        { a: "line\nbreak", b: "plain" },
      ],
    );
    expect(csv).toBe('b,a\r\n"x, y","say ""hi"""\r\nplain,"line\nbreak"\r\n');
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    const cells = [
      '=HYPERLINK("http://x")',
      "+cmd",
      "-2+3",
      "@SUM(A1)",
      "\tx",
      "\rx",
      "=1+1\nsecond line",
    ];
    const csv = toCsv(
      ["t"],
      cells.map((t) => ({ t })),
    );
    const parsed = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true })
      .data.slice(1)
      .map((r) => r[0]);
    expect(parsed).toEqual(cells.map((c) => `'${c}`));
  });

  it("keeps numbers, including negatives and zero, as numbers", () => {
    expect(toCsv(["n"], [{ n: -3.5 }, { n: 0 }, { n: 240000 }])).toBe(
      "n\r\n-3.5\r\n0\r\n240000\r\n",
    );
  });

  it("joins source id lists with ; and leaves missing cells empty", () => {
    expect(toCsv(["a", "s"], [{ s: ["x", "y"] }])).toBe("a,s\r\n,x;y\r\n");
  });
});

describe(fullDate, () => {
  it("writes a partial date in full, first day for a start and last day for an end, with its precision", () => {
    expect(fullDate("2018", false)).toEqual({ date: "2018-01-01", precision: "year" });
    expect(fullDate("2018", true)).toEqual({ date: "2018-12-31", precision: "year" });
    expect(fullDate("2024-02", true)).toEqual({ date: "2024-02-29", precision: "month" });
    expect(fullDate("2023-02", true)).toEqual({ date: "2023-02-28", precision: "month" });
    expect(fullDate("2023-11", false)).toEqual({ date: "2023-11-01", precision: "month" });
    expect(fullDate("2020-03-15", true)).toEqual({ date: "2020-03-15", precision: "day" });
    expect(fullDate("about 2020", false)).toBe(undefined);
  });
});

describe(datasetCsv, () => {
  it("parses back to the validated rows, dates in full beside their stated precision", () => {
    const tricky = 'r2,2021,2021,"Quote ""this"", and that",-0.5,US$ m,,,y,src-a;src-b';
    const r = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "t.csv": `${HEADER}\n${GOOD_ROW}\n${tricky}\n`,
      "t.meta.json": META,
    });
    const dataset = r.catalog!.datasets[0]!;
    const csv = datasetCsv(dataset);
    // Every date column is followed by its precision; a spreadsheet sees one date type.
    expect(csv.split("\r\n")[0]).toBe(HEADER.replace("start,end", "start,start_precision,end,end_precision"));
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.start, r.start_precision, r.end, r.end_precision])).toEqual([
      ["2020-01-01", "year", "2020-06-30", "month"],
      ["2021-01-01", "year", "2021-12-31", "year"],
    ]);
    // The other columns are the rows as validated.
    expect(parsed.data.map((r) => [r.id, r.name, Number(r.value), r.unit, r.source_ids])).toEqual(
      dataset.rows.map((r) => [r.id, r.name, r.value, r.unit, (r.source_ids as string[]).join(";")]),
    );
    expect(parseCsv(csv, "x").records).toHaveLength(2);
  });
});

describe(datasetJson, () => {
  it("carries rows, metadata and exactly the sources the rows cite", () => {
    const r = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "t.csv": `${HEADER}\n${GOOD_ROW}\n`,
      "t.meta.json": META,
    });
    const json = datasetJson(r.catalog!, r.catalog!.datasets[0]!);
    expect(json).toMatchObject({
      slug: "t",
      title: "Test",
      rowCount: 1,
      csv: "/datasets/t/data.csv",
    });
    expect(json.sources.map((s) => s.id)).toEqual(["src-a"]);
    expect(json.rows[0]).toMatchObject({ id: "r1", value: 40, source_ids: ["src-a"] });
    expect(catalogJson(r.catalog!).datasets[0]).toMatchObject({
      slug: "t",
      rowCount: 1,
      json: "/datasets/t/data.json",
    });
  });
});

describe("internal columns", () => {
  it("are checked in data/ but left out of the CSV, the JSON and the catalog", () => {
    const meta = {
      ...META,
      columns: META.columns.map((c) => (c.key === "name" ? { ...c, internal: true } : c)),
    };
    const r = catalogFrom({
      "sources.csv": SOURCES_CSV,
      "t.csv": `${HEADER}\n${GOOD_ROW}\n`,
      "t.meta.json": meta,
    });
    expect(r.problems).toEqual([]);
    const dataset = r.catalog!.datasets[0]!;
    expect(dataset.rows[0]!.name).toBe("Azerbaijan");

    const header = datasetCsv(dataset).split("\r\n")[0]!.split(",");
    expect(header).not.toContain("name");
    expect(header).toContain("value");
    expect(datasetCsv(dataset)).not.toContain("Azerbaijan");

    const json = datasetJson(r.catalog!, dataset);
    expect(json.columns.map((c) => c.key)).not.toContain("name");
    expect(json.rows[0]).not.toHaveProperty("name");
    expect(catalogJson(r.catalog!).datasets[0]!.columns.map((c) => c.key)).not.toContain("name");
  });
});
