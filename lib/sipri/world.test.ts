import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSipriRegister } from "./register";
import type { Transfer } from "./transfers";
import { displayName, partyKind, partySlug, worldWindow } from "./world";

function t(year: number, supplier: string, recipient: string, tiv: number): Transfer {
  return { year, supplier, recipient, tiv };
}

const W = { from: 2020, to: 2024 };

describe(worldWindow, () => {
  it("gives equal totals one rank and skips the next (1, 2, 2, 4)", () => {
    const world = worldWindow(
      [t(2020, "A", "X", 40), t(2021, "B", "X", 20), t(2022, "C", "Y", 20), t(2023, "D", "Y", 5)],
      W,
    );
    const rank = (n: string) => world.parties.find((p) => p.name === n)!.exports.rank;
    expect(["A", "B", "C", "D"].map(rank)).toEqual([1, 2, 2, 4]);
    expect(world.total).toBe(85);
    expect(world.parties.find((p) => p.name === "D")!.exports.share).toBeCloseTo(
      (5 / 85) * 100,
      12,
    );
  });

  it("counts unknown parties, non-state actors and organisations in the totals, and ranks only states", () => {
    const world = worldWindow(
      [
        t(2020, "unknown supplier(s)", "X", 100),
        t(2020, "A", "Hamas (Palestine)*", 50),
        t(2020, "NATO**", "X", 30),
        t(2020, "B", "X", 10),
      ],
      W,
    );
    const by = (n: string) => world.parties.find((p) => p.name === n)!;
    expect(world.total).toBe(190);
    // X's imports include what unknown suppliers and an organisation delivered.
    expect(by("X").imports.tiv).toBe(140);
    expect(by("X").imports.rank).toBe(1);
    // The largest exporter is "unknown supplier(s)": it counts, but never gets a rank.
    expect(by("unknown supplier(s)").exports).toEqual({ tiv: 100, share: (100 / 190) * 100 });
    expect(by("NATO**").kind).toBe("organisation");
    expect(by("NATO**").exports.rank).toBeUndefined();
    expect(by("Hamas (Palestine)*").kind).toBe("non-state actor");
    expect(by("Hamas (Palestine)*").imports.rank).toBeUndefined();
    expect(by("A").exports.rank).toBe(1);
    expect(by("B").exports.rank).toBe(2);
    expect(world.ranked).toEqual({ imports: 1, exports: 2 });
  });

  it("lists every party with zero and no rank in a window without deliveries", () => {
    const world = worldWindow([t(2001, "A", "X", 5)], W);
    expect(world.total).toBe(0);
    expect(world.parties.map((p) => p.name)).toEqual(["A", "X"]);
    expect(world.parties[0]!.exports).toEqual({ tiv: 0 });
    expect(world.ranked).toEqual({ imports: 0, exports: 0 });
  });
});

describe("party names", () => {
  it("reads SIPRI's marks and makes ASCII slugs", () => {
    expect(partyKind("United Nations**")).toBe("organisation");
    expect(partyKind("Houthi rebels (Yemen)*")).toBe("non-state actor");
    expect(partyKind("unknown recipient(s)")).toBe("unknown");
    expect(partyKind("Cote d'Ivoire")).toBe("state");
    expect(displayName("NATO**")).toBe("NATO");
    expect(partySlug("Cote d'Ivoire")).toBe("cote-d-ivoire");
    expect(partySlug("United States")).toBe("united-states");
    expect(partySlug("Turkiye")).toBe("turkiye");
    expect(partySlug("PRC (Israel/Palestine)*")).toBe("prc-israel-palestine");
    expect(partySlug("Côte d’Ivoire")).toBe("cote-d-ivoire");
  });

  // SIPRI's file lives in ../shared, beside the project (as in CI); elsewhere this is skipped.
  const file = path.resolve("../shared/sipri/trade_register_all_1995-2025.csv");
  it.skipIf(!existsSync(file))(
    "gives every supplier and recipient in SIPRI's complete register a unique slug",
    async () => {
      const parsed = parseSipriRegister(await readFile(file, "utf8"), file);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const names = new Set(parsed.register.rows.flatMap((r) => [r.supplier, r.recipient]));
      const slugs = new Map<string, string>();
      for (const name of names) {
        const s = partySlug(name);
        expect(s, name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slugs.get(s), `${name} and ${slugs.get(s)} share "${s}"`).toBeUndefined();
        slugs.set(s, name);
      }
      expect(slugs.size).toBe(names.size);
    },
  );
});
