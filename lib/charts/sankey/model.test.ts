import { describe, expect, it } from "vitest";
import { checkSankey, layoutSankey, sankeyData, type FlowLink, type SankeyData } from "./model";

function link(from: string, to: string, value: number, unit = "t"): FlowLink {
  return {
    id: `${from}-${to}`,
    from,
    to,
    value,
    unit,
    period: "2020",
    source: "S",
    sourceIds: ["s"],
    href: "/x",
    basis: "b",
  };
}

function data(links: FlowLink[], from: string[], to: string[]): SankeyData {
  return sankeyData({
    id: "f",
    title: "T",
    subtitle: "S",
    unit: "t",
    digits: 0,
    period: "2020",
    links,
    order: { from, to },
    orderNote: "",
    summary: "",
    sourceLine: "",
    notes: [],
  });
}

const EPS = 1e-9;

/** Each node as tall as the bands through it, the bands stacked edge to edge inside it. */
function expectConserved(d: SankeyData, width = 400) {
  const layout = layoutSankey(d, width);
  const k = layout.links[0] ? layout.links[0].width / layout.links[0].link.value : 0;
  for (const node of layout.nodes) {
    const side = node.side;
    const bands = layout.links
      .filter((m) => m.link[side] === node.name)
      .map((m) => ({ top: side === "from" ? m.y0 : m.y1, w: m.width }))
      .sort((a, b) => a.top - b.top);
    const sum = bands.reduce((a, b) => a + b.w, 0);
    expect(node.height).toBeCloseTo(sum, 9);
    expect(node.height).toBeCloseTo(node.value * k, 9);
    let y = node.y;
    for (const b of bands) {
      expect(b.w).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeCloseTo(y, 9);
      y += b.w;
    }
  }
  // What leaves the left column reaches the right one.
  const total = (s: "from" | "to") =>
    layout.nodes.filter((n) => n.side === s).reduce((a, n) => a + n.value, 0);
  expect(Math.abs(total("from") - total("to"))).toBeLessThan(EPS * 1e6);
  // Nothing drawn outside the box.
  for (const n of layout.nodes) {
    expect(n.y).toBeGreaterThanOrEqual(-EPS);
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height + EPS);
  }
  return layout;
}

describe("the Sankey layout", () => {
  it("conserves flow at every node, many to one and one to many", () => {
    expectConserved(
      data([link("A", "Z", 5), link("B", "Z", 3), link("C", "Z", 0.01)], ["A", "B", "C"], ["Z"]),
    );
    expectConserved(
      data([link("Z", "A", 5), link("Z", "B", 30), link("Z", "C", 2)], ["Z"], ["A", "B", "C"]),
    );
  });

  it("conserves flow with several nodes on both sides and a zero link", () => {
    expectConserved(
      data(
        [link("A", "X", 4), link("A", "Y", 1), link("B", "X", 2), link("B", "Y", 0)],
        ["A", "B"],
        ["X", "Y"],
      ),
    );
  });

  it("keeps the given node order, top to bottom, whatever the sizes", () => {
    const layout = expectConserved(
      data(
        [link("small", "Z", 1), link("big", "Z", 100), link("mid", "Z", 10)],
        ["small", "big", "mid"],
        ["Z"],
      ),
    );
    const ys = ["small", "big", "mid"].map((n) => layout.nodes.find((x) => x.name === n)!.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it("leaves out nodes with no link and draws an empty figure without failing", () => {
    const layout = layoutSankey(data([], ["A"], ["Z"]), 400);
    expect(layout.nodes).toEqual([]);
    expect(layout.links).toEqual([]);
  });

  it("keeps a gap of at least a label's height between nodes", () => {
    const layout = layoutSankey(
      data([link("A", "Z", 1), link("B", "Z", 1e-6), link("C", "Z", 1e-6)], ["A", "B", "C"], ["Z"]),
      400,
    );
    const from = layout.nodes.filter((n) => n.side === "from");
    for (let i = 1; i < from.length; i++)
      expect(from[i]!.y - (from[i - 1]!.y + from[i - 1]!.height)).toBeGreaterThanOrEqual(14);
  });
});

describe("a Sankey's one unit", () => {
  it("refuses links in another unit, naming the link", () => {
    expect(() => data([link("A", "Z", 1), link("B", "Z", 2, "US$ m")], ["A", "B"], ["Z"])).toThrow(
      'f: link B-Z is in "US$ m", the figure in "t" — one unit per Sankey',
    );
  });

  it("refuses negative and non-finite values and nodes missing from the order", () => {
    const problems = checkSankey({
      id: "f",
      unit: "t",
      links: [link("A", "Z", -1), link("A", "Z", Number.NaN), link("Q", "Z", 1)],
      order: { from: ["A"], to: ["Z"] },
    });
    expect(problems).toEqual([
      "f: link A-Z has value -1; a flow is a finite number ≥ 0",
      "f: link A-Z has value NaN; a flow is a finite number ≥ 0",
      "f: link Q-Z joins a node missing from the figure's order",
    ]);
  });
});
