import { describe, expect, it } from "vitest";
import { countLineBreaks, decodeUtf8, parseCsv } from "./csv-parse";

describe(parseCsv, () => {
  it("reads a header and records with their physical line numbers", () => {
    const r = parseCsv("a,b\n1,2\n3,4\n", "f.csv");
    expect(r.problems).toEqual([]);
    expect(r.header).toEqual(["a", "b"]);
    expect(r.records).toEqual([
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: ["3", "4"] },
    ]);
  });

  it("strips a UTF-8 BOM and accepts CRLF line endings", () => {
    const r = parseCsv("\uFEFFa,b\r\n1,2\r\n3,4", "f.csv");
    expect(r.header).toEqual(["a", "b"]);
    expect(r.records.map((x) => x.cells)).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(r.records.map((x) => x.line)).toEqual([2, 3]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted cells, and counts the lines they span", () => {
    const r = parseCsv('a,b\n"x, y","say ""hi""\nsecond line"\n3,4\n', "f.csv");
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toEqual({ line: 2, cells: ["x, y", 'say "hi"\nsecond line'] });
    expect(r.records[1]).toEqual({ line: 4, cells: ["3", "4"] });
  });

  it("skips blank and whitespace-only lines without losing the line count", () => {
    const r = parseCsv("a,b\n\n1,2\n , \n3,4\n", "f.csv");
    expect(r.records.map((x) => x.line)).toEqual([3, 5]);
  });

  it("keeps empty cells as empty strings", () => {
    expect(parseCsv("a,b,c\n1,,3\n", "f.csv").records[0]!.cells).toEqual(["1", "", "3"]);
  });

  it("accepts a header-only file as an empty table", () => {
    const r = parseCsv("a,b\n", "f.csv");
    expect(r).toMatchObject({ header: ["a", "b"], records: [], problems: [] });
  });

  it("locates an unterminated quote at the line where the cell opens", () => {
    const r = parseCsv('a,b\n1,2\n3,"open\n5,6\n', "f.csv");
    expect(r.problems).toEqual([
      {
        file: "f.csv",
        line: 3,
        column: "(file)",
        message: 'unterminated quoted field (a " opens a cell that is never closed)',
      },
    ]);
  });

  it("reports ragged rows by line", () => {
    const r = parseCsv("a,b\n1,2,3\n4\n5,6\n", "f.csv");
    expect(r.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      "2: row has 3 fields, header has 2",
      "3: row has 1 field, header has 2",
    ]);
    expect(r.records).toEqual([{ line: 4, cells: ["5", "6"] }]);
  });

  it("reports duplicate and empty header names", () => {
    const r = parseCsv("a,b,a,\n1,2,3,4\n", "f.csv");
    expect(r.problems.map((p) => `${p.column}: ${p.message}`)).toEqual([
      "a: duplicate column name (also column 1)",
      "#4: header cell is empty",
    ]);
  });

  it("refuses NUL bytes and empty files", () => {
    expect(parseCsv("a,b\n1,\u00002\n", "f.csv").problems[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining("NUL"),
    });
    expect(parseCsv("", "f.csv").problems[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining("empty"),
    });
  });

  it("refuses oversized cells and headers instead of passing them on", () => {
    const big = "x".repeat(100_001);
    expect(parseCsv(`a\n${big}\n`, "f.csv").problems[0]!.message).toBe(
      "cell is 100001 characters long (limit 100000)",
    );
    const wide = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",");
    expect(parseCsv(`${wide}\n`, "f.csv").problems[0]!.message).toBe(
      "header has 10000 columns (limit 500)",
    );
  });
});

describe(decodeUtf8, () => {
  it("decodes UTF-8 and drops a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("a,é\n")]);
    expect(decodeUtf8(bytes, "f.csv")).toEqual({ text: "a,é\n", problems: [] });
  });

  it("reports Latin-1 bytes with the line they are on", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("a,b\n1,caf"), 0xe9, 0x0a]);
    expect(decodeUtf8(bytes, "f.csv").problems).toEqual([
      {
        file: "f.csv",
        line: 2,
        column: "(file)",
        message: expect.stringContaining("not valid UTF-8"),
      },
    ]);
  });
});

describe(countLineBreaks, () => {
  it("counts CRLF, LF and lone CR once each", () => {
    expect(countLineBreaks("a\r\nb\nc\rd")).toBe(3);
  });
});
