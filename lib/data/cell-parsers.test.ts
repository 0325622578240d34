import { describe, expect, it } from "vitest";
import {
  partialDateEnd,
  partialDateStart,
  readHttpUrl,
  readInteger,
  readNumber,
  readPartialDate,
} from "./cell-parsers";

describe(readNumber, () => {
  it.each([
    ["40", 40],
    ["46.4", 46.4],
    ["-12.5", -12.5],
    ["0.80", 0.8],
    ["-0", 0],
    ["007", 7],
  ])("reads %s as %s", (raw, value) => {
    expect(readNumber(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["1,234.5", "remove the thousands separators"],
    ["12,5", 'use "." as the decimal separator'],
    ["40%", "drop the % sign"],
    ["1e3", "without an exponent"],
    ["NaN", "is not a number"],
    ["", "is not a number"],
    ["abc", "is not a number"],
    ["Infinity", "is not a number"],
  ])("refuses %j with a hint (%s)", (raw, hint) => {
    const r = readNumber(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(hint);
  });

  it("refuses a number too large for a double", () => {
    expect(readNumber("1" + "0".repeat(400))).toEqual({
      ok: false,
      message: expect.stringContaining("too large"),
    });
  });
});

describe(readInteger, () => {
  it("accepts whole numbers only", () => {
    expect(readInteger("23")).toEqual({ ok: true, value: 23 });
    expect(readInteger("2.5")).toMatchObject({ ok: false, message: '"2.5" is not a whole number' });
  });
});

describe(readPartialDate, () => {
  it.each(["2015", "2015-05", "2015-05-01", "2024-02-29"])("accepts %s", (s) => {
    expect(readPartialDate(s)).toEqual({ ok: true, value: s });
  });
  it.each([
    ["2016-21", "has no month 21"],
    ["2015-13-01", "has no month 13"],
    ["2023-02-29", "not a day of the calendar"],
    ["15/05/2015", "is not a date"],
    ["2016–20", "is not a date"],
    ["1800", "out of range"],
  ])("refuses %s (%s)", (s, msg) => {
    const r = readPartialDate(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(msg);
  });
  it("turns partial dates into fractional years covering the whole period", () => {
    expect(partialDateStart("2015")).toBe(2015);
    expect(partialDateEnd("2015")).toBe(2016);
    expect(partialDateStart("2015-07")).toBeCloseTo(2015 + 181 / 365, 6);
    expect(partialDateEnd("2015-12-31")).toBe(2016);
  });
});

describe(readHttpUrl, () => {
  it("accepts http and https", () => {
    expect(readHttpUrl("https://example.org/x?y=1").ok).toBe(true);
    expect(readHttpUrl("http://45.89.97.6/a.html").ok).toBe(true);
  });
  it.each([
    ["javascript:alert(1)", 'scheme "javascript:" is not allowed'],
    ["data:text/html,<script>", 'scheme "data:" is not allowed'],
    ["ftp://example.org", 'scheme "ftp:" is not allowed'],
    ["/relative", "is not a URL"],
  ])("refuses %s", (s, msg) => {
    const r = readHttpUrl(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(msg);
  });
});
