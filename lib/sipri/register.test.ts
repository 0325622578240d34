import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../catalog/build";
import { formatProblem } from "../data/problems";
import { DEFAULT_SIPRI_OPTIONS, sipriDatasets } from "./datasets";
import { parseGeneratedDate, parseSipriRegister, roundTiv, totalTransfers } from "./register";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/sipri", name), "utf8");
const problems = (name: string) => {
  const r = parseSipriRegister(fixture(name), `tests/fixtures/sipri/${name}`);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe(parseSipriRegister, () => {
  it.each(["register-crlf.csv", "register-lf.csv"])(
    "reads %s: preamble, vintage, header, `;` terminators",
    (name) => {
      const r = parseSipriRegister(fixture(name), name);
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
      expect(r.register.vintage).toBe("2026-02-12");
      expect(r.register.selection).toMatch(
        /^Transfers of major conventional arms from All countries/,
      );
      expect(r.register.rows.map((x) => [x.line, x.sipriId, x.year, x.tiv])).toEqual([
        [8, "100", 2016, 60],
        [9, "100", 2017, 30.1],
        [10, "101", 2017, 0.2],
        [11, "102", 2016, undefined],
        [12, "103", 2016, 50],
      ]);
      expect(r.register.rows[4]!.recipient).toBe("India"); // the last cell's `;` is not part of the value
    },
  );

  it("keeps commas inside quoted fields", () => {
    const r = parseSipriRegister(fixture("register-crlf.csv"), "x");
    expect(r.ok && r.register.rows[2]!.designation).toBe("Spike, NLOS");
  });

  it("reads `?` as an uncertainty flag and an empty TIV as no identified value", () => {
    const r = parseSipriRegister(fixture("register-crlf.csv"), "x");
    if (!r.ok) throw new Error("expected ok");
    expect(r.register.rows[3]).toMatchObject({
      numbersDelivered: 20,
      numbersEstimate: true,
      year: 2016,
      yearEstimate: true,
    });
    expect(r.register.rows[3]!.tiv).toBeUndefined();
    expect(r.register.rows[0]).toMatchObject({
      numbersEstimate: true,
      yearEstimate: false,
      orderYearEstimate: true,
      tiv: 60,
    });
  });

  it("rejects a file that is not a SIPRI trade register with one message", () => {
    expect(problems("not-sipri.csv")).toEqual([
      'tests/fixtures/sipri/not-sipri.csv:1: (file): not a SIPRI trade register: no header row with "SIPRI AT Database ID"',
    ]);
    expect(problems("tiv-table.csv")).toEqual([
      'tests/fixtures/sipri/tiv-table.csv:1: (file): not a SIPRI trade register: no header row with "SIPRI AT Database ID" (this looks like a SIPRI TIV table; export the "trade register" instead)',
    ]);
  });

  it("reports a truncated last row by its line", () => {
    expect(problems("truncated.csv")).toEqual([
      "tests/fixtures/sipri/truncated.csv:11: (file): row has 6 fields, header has 17",
    ]);
  });

  it("reports malformed values by line and column, all of them", () => {
    expect(problems("bad-values.csv")).toEqual([
      'tests/fixtures/sipri/bad-values.csv:9: TIV delivery values: "3O.1" is not a number',
      'tests/fixtures/sipri/bad-values.csv:10: Delivery year: "20x7" is not a year',
    ]);
  });

  it("needs a data vintage: from the preamble, or given", () => {
    expect(problems("no-vintage.csv")[0]).toContain('no "Data generated: <date>" line');
    const r = parseSipriRegister(fixture("no-vintage.csv"), "x", { vintage: "2026-03-01" });
    expect(r.ok && r.register.vintage).toBe("2026-03-01");
  });

  it("rejects a header that lacks the columns it needs", () => {
    const r = parseSipriRegister(
      "Data generated: 1 Jan 2026;\nSIPRI AT Database ID,Supplier,Recipient;\n1,A,B;\n",
      "x.csv",
    );
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'x.csv:2: (file): not a SIPRI trade register: the header row lacks "Designation", "Description", "Armament category", "Numbers delivered", "Delivery year", "TIV delivery values"',
    ]);
  });
});

/** A register with these data rows (cells after the header's columns), LF endings. */
const HEADER =
  "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production;";
const register = (...rows: string[]) =>
  ["Transfers of major conventional arms;", "Data generated: 12 Feb 2026;", HEADER, ...rows].join(
    "\n",
  );
/** A data row: supplier, recipient, numbers delivered, delivery year, TIV. */
const row = (supplier: string, recipient: string, numbers: string, year: string, tiv: string) =>
  `1,${supplier},${recipient},X,x,Aircraft,2010,No,${numbers},No,${year},No,New,1,1,${tiv},No;`;

describe("values read from a row", () => {
  const read = (text: string) => {
    const r = parseSipriRegister(text, "r.csv");
    if (!r.ok) return r.problems.map(formatProblem);
    return r.register.rows.map((x) => [
      x.year,
      x.yearEstimate,
      x.numbersDelivered,
      x.numbersEstimate,
      x.tiv === undefined ? "missing" : roundTiv(x.tiv),
    ]);
  };

  it("reads decimals exactly, ignores white space and `?` marks around values", () => {
    expect(
      read(
        register(
          row("A", "B", "1.5", "2016", "0.03"),
          row("A", "B", " 12 ", " 2017 ", " 7.25 "),
          row("A", "B", "?", "?2018", "?3.5?"),
          row("A", "B", "", "2019", "0.1234567"),
          row("A", "B", "0", "2020", "123456789012.5"),
        ),
      ),
    ).toEqual([
      [2016, false, 1.5, false, 0.03],
      [2017, false, 12, false, 7.25],
      [2018, true, undefined, true, 3.5],
      [2019, false, undefined, false, 0.123457], // rounded to millionths
      [2020, false, 0, false, 123456789012.5],
    ]);
  });

  it.each([
    ["12.", "TIV delivery values", '"12." is not a number'],
    [".5", "TIV delivery values", '".5" is not a number'],
    ["1e3", "TIV delivery values", '"1e3" is not a number'],
    ["-1", "TIV delivery values", '"-1" is not a number'],
    ["1?2", "TIV delivery values", '"1?2" is not a number'],
  ])("rejects the TIV %j", (tiv, column, message) => {
    expect(read(register(row("A", "B", "1", "2016", tiv)))).toEqual([
      `r.csv:4: ${column}: ${message}`,
    ]);
  });

  it.each(["16", "1949", "20166", "2O16", ""])("rejects the delivery year %j", (year) => {
    expect(read(register(row("A", "B", "1", year, "1")))).toEqual([
      `r.csv:4: Delivery year: "${year}" is not a year`,
    ]);
  });

  it("rejects a malformed count of units and an empty supplier, each located", () => {
    expect(
      read(register(row("A", "B", "1,5", "2016", "1"), row("", "B", "1", "2016", "1"))),
    ).toEqual(["r.csv:4: (file): row has 18 fields, header has 17"]);
    expect(read(register(row("", "B", "1", "2016", "1")))).toEqual(["r.csv:4: Supplier: empty"]);
    expect(read(register(row("A", "B", "x", "2016", "1")))).toEqual([
      'r.csv:4: Numbers delivered: "x" is not a number',
    ]);
  });

  it("totals by year and pair when pairs alternate", () => {
    const text = register(
      row("A", "B", "1", "2016", "1"),
      row("A", "C", "1", "2016", "2"),
      row("A", "B", "1", "2016", "4"),
      row("D", "B", "1", "2016", "8"),
      row("A", "B", "1", "2017", "16"),
    );
    const r = parseSipriRegister(text, "r.csv");
    if (!r.ok) throw new Error("expected ok");
    expect(
      totalTransfers(r.register.rows).map(
        (t) => `${t.year} ${t.supplier}>${t.recipient} ${t.tiv} (${t.dealRows})`,
      ),
    ).toEqual(["2016 A>B 5 (2)", "2016 A>C 2 (1)", "2016 D>B 8 (1)", "2017 A>B 16 (1)"]);
  });

  it("reads quoted cells like plain ones", () => {
    const plain = register(row("A", "B", "2?", "2016", "1.5"), row("C", "B", "", "2017?", ""));
    const quoted = plain.replace("1,A,B,X,", '1,"A",B,"X",');
    expect(parseSipriRegister(quoted, "r.csv")).toEqual(parseSipriRegister(plain, "r.csv"));
  });
});

describe(totalTransfers, () => {
  it("sums TIV and counts deal rows per year and pair, sorted; an empty TIV adds a row, not a value", () => {
    const r = parseSipriRegister(fixture("register-lf.csv"), "x");
    if (!r.ok) throw new Error("expected ok");
    expect(
      totalTransfers(r.register.rows).map((t) => [
        t.year,
        t.supplier,
        t.recipient,
        t.tiv,
        t.dealRows,
      ]),
    ).toEqual([
      [2016, "Israel", "Azerbaijan", 60, 1],
      [2016, "Israel", "India", 50, 1],
      [2016, "Russia", "Azerbaijan", 0, 1],
      [2017, "Israel", "Azerbaijan", 30.3, 2],
    ]);
  });
});

describe("decimals", () => {
  it("sums without floating-point noise", () => {
    expect(roundTiv(0.1 + 0.2)).toBe(0.3);
    expect(String(roundTiv(111.5))).toBe("111.5");
    expect(String(roundTiv(6.33 + 0))).toBe("6.33");
  });
  it("reads SIPRI's generated date", () => {
    expect(parseGeneratedDate("Data generated: 12 Feb 2026 12:26:12 PM;")).toBe("2026-02-12");
    expect(parseGeneratedDate("Generated: 28 July 2022")).toBe("2022-07-28");
    expect(parseGeneratedDate("no date here")).toBeUndefined();
  });
});

describe(sipriDatasets, () => {
  const register = () => {
    const r = parseSipriRegister(fixture("register-crlf.csv"), "x");
    if (!r.ok) throw new Error("expected ok");
    return r.register;
  };

  it("writes byte-identical files from the same input", () => {
    expect(sipriDatasets(register()).files).toEqual(sipriDatasets(register()).files);
  });

  it("writes datasets that validate, with every pair in transfers and only featured pairs in deliveries", () => {
    const { files, source } = sipriDatasets(register(), {
      ...DEFAULT_SIPRI_OPTIONS,
      deliveries: [{ supplier: "Israel", recipient: "Azerbaijan" }],
    });
    const enc = new TextEncoder();
    const sourcesCsv = `id,title,publisher,author,url,published,accessed,kind,note\n${source.id},T,P,,https://www.sipri.org,2026-02-12,2026-02-12,dataset,\n`;
    const r = buildCatalog(
      [...Object.entries(files), ["sources.csv", sourcesCsv]].map(([name, text]) => ({
        name: name!,
        bytes: enc.encode(text),
      })),
    );
    expect(r.problems.map(formatProblem)).toEqual([]);
    const transfers = r.catalog!.datasets.find((d) => d.slug === "arms-transfers")!;
    const deliveries = r.catalog!.datasets.find((d) => d.slug === "arms-deliveries")!;
    expect(
      transfers.rows.map(
        (x) => `${x.year} ${x.supplier}>${x.recipient} ${x.tiv_m} (${x.deal_rows})`,
      ),
    ).toEqual([
      "2016 Israel>Azerbaijan 60 (1)",
      "2016 Israel>India 50 (1)",
      "2016 Russia>Azerbaijan 0 (1)",
      "2017 Israel>Azerbaijan 30.3 (2)",
    ]);
    expect(deliveries.rows.map((x) => x.id)).toEqual(["100-2016", "100-2017", "101-2017"]);
    expect(deliveries.rows[2]).toMatchObject({
      designation: "Spike, NLOS",
      tiv_m: 0.2,
      year_estimate: "no",
    });
    expect(transfers.meta.vintage).toBe("2026-02-12");
    expect(transfers.meta.units).toContain("not their price");
  });
});
