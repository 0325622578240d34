import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { writeCsv } from "./csv-write";
import { plainDecimal } from "./format";

describe(writeCsv, () => {
  it("writes RFC 4180 with CRLF after every line, quoting only what needs it, never altering a value", () => {
    expect(
      writeCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          [-0.5, undefined],
          ["=SUM(A1)", " padded"],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n-0.5,\r\n=SUM(A1)," padded"\r\n');
  });

  it("quotes a field wherever it sits in the row: comma, quote, line break, space at an edge", () => {
    expect(
      writeCsv(
        ["a", "b", "c"],
        [
          ["x,y", 1, "z"],
          ["x", "y ", "z"],
          [" x", "y", undefined],
          ["x", "line\nbreak", 3],
          ["plain", "text", 0],
        ],
      ),
    ).toBe('a,b,c\r\n"x,y",1,z\r\nx,"y ",z\r\n" x",y,\r\nx,"line\nbreak",3\r\nplain,text,0\r\n');
  });

  it("neutralises formula-looking text only when asked (downloads), never numbers", () => {
    const rows = [["=1+1", -2, "+31%", "@x", "\tt"]];
    expect(writeCsv(["a", "b", "c", "d", "e"], rows).split("\r\n")[1]).toBe("=1+1,-2,+31%,@x,\tt");
    expect(
      writeCsv(["a", "b", "c", "d", "e"], rows, { neutraliseFormulae: true }).split("\r\n")[1],
    ).toBe('"\'=1+1",-2,"\'+31%","\'@x","\'\tt"');
  });

  it("round-trips any text through papaparse", () => {
    // Deterministic pseudo-random strings over the characters that matter to CSV.
    const alphabet = ['"', ",", "\r", "\n", " ", "a", "é", ";", "=", "'"];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const rows = Array.from({ length: 500 }, () =>
      Array.from({ length: 3 }, () =>
        Array.from({ length: next() % 8 }, () => alphabet[next() % alphabet.length]).join(""),
      ),
    );
    const text = writeCsv(["x", "y", "z"], rows);
    const parsed = Papa.parse<string[]>(text.slice(0, -2), {
      header: false,
      delimiter: ",",
      newline: "\r\n",
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.slice(1)).toEqual(rows);
  });

  it("writes numbers as their shortest decimal", () => {
    expect(writeCsv(["n"], [[30.3], [0], [240000]])).toBe("n\r\n30.3\r\n0\r\n240000\r\n");
  });
});

describe("plainDecimal", () => {
  it("writes numbers without exponents, keeping every digit", () => {
    expect(plainDecimal(1.034000000953674e-7)).toBe("0.0000001034000000953674");
    expect(plainDecimal(3e-7)).toBe("0.0000003");
    expect(plainDecimal(-2.5e-8)).toBe("-0.000000025");
    expect(plainDecimal(1e21)).toBe("1000000000000000000000");
    expect(plainDecimal(1.2345e22)).toBe("12345000000000000000000");
    expect(plainDecimal(223.34580252284542)).toBe("223.34580252284542");
    expect(plainDecimal(0)).toBe("0");
    for (const n of [1.034000000953674e-7, 2.7409999370574953e-9, 9.999999747378752e-11])
      expect(Number(plainDecimal(n))).toBe(n);
  });
});
