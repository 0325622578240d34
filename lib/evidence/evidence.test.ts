import { describe, expect, it } from "vitest";
import { catalogFrom, MINI } from "@/tests/helpers";
import { formatProblem } from "../data/problems";

/** The oil fixture with some rows replaced; only the oil file's own problems. */
const problemsWith = (replace: Record<string, string>) => {
  let csv = MINI["oil.csv"];
  for (const [from, to] of Object.entries(replace)) csv = csv.replace(from, to);
  return catalogFrom({ ...MINI, "oil.csv": csv })
    .problems.map(formatProblem)
    .filter((p) => p.startsWith("data/oil."));
};
const line = (id: string) =>
  MINI["oil.csv"].split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;

describe("denominators and measures", () => {
  it("refuses a denominator outside the declared vocabulary", () => {
    expect(problemsWith({ ",crude deliveries,,,22,": ",crude imports,,,22," })).toEqual([
      `data/oil.csv:${line("o1")}: denominator: "crude imports" is not one of: "crude deliveries", "oil needs", "oil imports"`,
    ]);
  });

  it("needs a share's denominator and a volume's measure, each where it belongs", () => {
    expect(problemsWith({ ",crude deliveries,,,22,": ",,,,22," })).toEqual([
      `data/oil.csv:${line("o1")}: denominator: a share needs its denominator (what it is a share of)`,
    ]);
    expect(
      problemsWith({
        ",,crude volume,,94000,,b/d,tanker tracking,Reuters,verbatim":
          ",,,,94000,,b/d,tanker tracking,Reuters,verbatim",
      }),
    ).toEqual([`data/oil.csv:${line("o4")}: measure: a volume or value needs its measure`]);
  });
});

describe("periods as stated", () => {
  it("refuses a guessed span on an undated row", () => {
    expect(problemsWith({ "o7,undated,,,,": "o7,undated,2010,2012,," })).toEqual([
      `data/oil.csv:${line("o7")}: start: an undated figure has no dates: leave them empty (its source's publication date places it)`,
    ]);
  });

  it('refuses an as-of row that does not start and end on one date, and an end on a "since" row', () => {
    expect(problemsWith({ "o2,as-of,2020-03,2020-03,": "o2,as-of,2020-03,2020-12," })).toEqual([
      `data/oil.csv:${line("o2")}: end: an as-of figure starts and ends on the same date (2020-03), not 2020-12`,
    ]);
    expect(problemsWith({ "o6,since,2019,,": "o6,since,2019,2020," })).toEqual([
      `data/oil.csv:${line("o6")}: end: a "since" figure is open-ended: leave its end empty`,
    ]);
  });

  it("refuses a year-to-date figure that does not start on 1 January", () => {
    expect(problemsWith({ "o6,since,2019,,": "o6,year-to-date,2019-05,," })).toEqual([
      `data/oil.csv:${line("o6")}: start: a year-to-date figure starts on 1 January, not 2019-05`,
    ]);
  });
});

describe("lineage", () => {
  const withLineage = (rows: Record<string, [string, string, string]>) => {
    const header = MINI["oil.csv"].split("\n")[0]!.replace(",original,", ",derived_from,original,");
    const csv = MINI["oil.csv"]
      .split("\n")
      .map((l, i) => {
        if (i === 0) return header;
        const id = l.split(",")[0]!;
        const [from, original, how] = rows[id] ?? ["", "", ""];
        if (!l) return l;
        // Rewrite the original and reported_as cells, adding derived_from before them.
        const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ""));
        const at = 14; // original
        if (rows[id]) {
          cells[at] = original;
          cells[at + 1] = how;
        }
        cells.splice(at, 0, rows[id] ? from : "");
        return cells.slice(0, 19).join(",");
      })
      .join("\n");
    const meta = structuredClone(MINI["oil.meta.json"]) as (typeof MINI)["oil.meta.json"] & {
      roles: Record<string, unknown>;
    };
    const cols = meta.columns as { key: string }[];
    cols.splice(
      cols.findIndex((c) => c.key === "original"),
      0,
      { key: "derived_from", label: "Repeats row", type: "text", optional: true } as never,
    );
    meta.roles.derivedFrom = "derived_from";
    return catalogFrom({ ...MINI, "oil.csv": csv, "oil.meta.json": meta })
      .problems.map(formatProblem)
      .filter((p) => p.startsWith("data/oil."));
  };

  it("accepts a row that repeats another row here", () => {
    expect(withLineage({ o5: ["o4", "", "translated"] })).toEqual([]);
  });

  it("refuses lineage to a row that is not there", () => {
    expect(withLineage({ o5: ["o9", "", "translated"] })).toEqual([
      `data/oil.csv:${line("o5")}: derived_from: repeats row "o9", which is not in this dataset`,
    ]);
  });

  it("refuses a lineage cycle", () => {
    const problems = withLineage({ o4: ["o5", "", "verbatim"], o5: ["o4", "", "translated"] });
    expect(problems).toContain(
      `data/oil.csv:${line("o4")}: derived_from: lineage goes round in a circle (o4 → o5 → o4)`,
    );
  });

  it("needs to know how a re-report reports its original", () => {
    expect(withLineage({ o5: ["o4", "", ""] })).toEqual([
      `data/oil.csv:${line("o5")}: reported_as: say how this row reports its original (verbatim, rounded…)`,
    ]);
  });
});
