import { describe, expect, it } from "vitest";
import { packRows, unpackRows } from "./packed-rows";
import type { DataRow } from "./schema";

describe(packRows, () => {
  it("round-trips rows, leaving missing values missing", () => {
    const rows: DataRow[] = Array.from({ length: 40 }, (_, i) => ({
      id: `r${i}`,
      country: i % 2 ? "Israel" : "Azerbaijan",
      value: i * 1.5,
      source_ids: ["sipri"],
      ...(i % 3 ? { note: "x" } : {}),
    }));
    const packed = packRows(rows, ["id", "country", "value", "source_ids", "note"]);
    expect(packed.columns[1]).toEqual({
      dict: ["Azerbaijan", "Israel"],
      codes: rows.map((_, i) => i % 2),
    });
    expect("values" in packed.columns[0]!).toBe(true);
    expect(unpackRows(JSON.parse(JSON.stringify(packed)))).toEqual(rows);
  });
});
