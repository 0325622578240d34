/**
 * Sankeys of one unit each, from one or more nodes on the left to one or more on the right
 * (every Flowledger flow is two-sided: suppliers → a country, a country → its recipients, an
 * exporter → importers). The layout is our own, not d3-sankey's: that library's relaxation
 * moves nodes to shorten links, and its last release is from 2019; two columns need none of it.
 * Nodes keep the order they are given (documented by the figure's builder), each node is as tall
 * as the links through it, and one scale serves the whole figure, so flow is conserved at every
 * node and widths compare within the figure.
 */

/** One link as a reader reads it: value and unit, period, where it comes from. */
export interface FlowLink {
  id: string;
  from: string;
  to: string;
  value: number;
  unit: string;
  period: string;
  /** Publisher and vintage, as the source line names them. */
  source: string;
  sourceIds: string[];
  /** The dataset rows behind the value (a page address with the rows' filter). */
  href: string;
  /** How the value was obtained ("sum of 12 monthly rows"); computed figures say so. */
  basis: string;
  /** The partners folded into an "Others" link, with their values. */
  grouped?: { name: string; value: number }[];
}

export interface SankeyData {
  kind: "sankey";
  id: string;
  title: string;
  subtitle: string;
  unit: string;
  /** Decimals a value of this unit is shown with. */
  digits: number;
  period: string;
  links: FlowLink[];
  /** Node names on each side in drawing order (top to bottom). */
  order: { from: string[]; to: string[] };
  /** How the order was chosen, for the legend. */
  orderNote: string;
  summary: string;
  sourceLine: string;
  /** Why nothing is drawn (no flow in the chosen window or year). */
  empty?: string;
  notes: string[];
}

/** Problems that make a figure undrawable: mixed units, negative or non-finite values. */
export function checkSankey(data: Pick<SankeyData, "id" | "unit" | "links" | "order">): string[] {
  const problems: string[] = [];
  for (const l of data.links) {
    if (l.unit !== data.unit)
      problems.push(
        `${data.id}: link ${l.id} is in "${l.unit}", the figure in "${data.unit}" — one unit per Sankey`,
      );
    if (!Number.isFinite(l.value) || l.value < 0)
      problems.push(`${data.id}: link ${l.id} has value ${l.value}; a flow is a finite number ≥ 0`);
    if (!data.order.from.includes(l.from) || !data.order.to.includes(l.to))
      problems.push(`${data.id}: link ${l.id} joins a node missing from the figure's order`);
  }
  return problems;
}

/** A Sankey's data, refused if it breaks one of checkSankey's rules. */
export function sankeyData(data: Omit<SankeyData, "kind">): SankeyData {
  const problems = checkSankey(data);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return { kind: "sankey", ...data };
}

export interface SankeyNode {
  name: string;
  side: "from" | "to";
  value: number;
  x: number;
  y: number;
  height: number;
}

export interface SankeyLinkMark {
  link: FlowLink;
  /** Top of the band at its source and at its target; the band is `width` tall at both ends. */
  y0: number;
  y1: number;
  width: number;
  path: string;
}

export interface SankeyLayout {
  kind: "sankey";
  width: number;
  height: number;
  nodeWidth: number;
  nodes: SankeyNode[];
  links: SankeyLinkMark[];
}

/**
 * The width a Sankey is laid out at: at a phone's width its labels stay readable, wider screens
 * scale it up. Its height follows from its nodes.
 */
export const SANKEY_BOX = { width: 400, height: 400 };

const NODE_WIDTH = 10;
/** Room between nodes: at least one line of label text, so labels of tiny nodes never overlap. */
const GAP = 22;

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Places the nodes and bands of a Sankey `width` wide; its height grows with its node count. */
export function layoutSankey(data: SankeyData, width: number): SankeyLayout {
  const sides = {
    from: data.order.from.filter((n) => data.links.some((l) => l.from === n)),
    to: data.order.to.filter((n) => data.links.some((l) => l.to === n)),
  };
  const most = Math.max(sides.from.length, sides.to.length, 1);
  const height = Math.max(160, most * 46);
  const total = sum(data.links.map((l) => l.value));
  // One scale for both sides, fitted to the side with the most gaps.
  const k = total > 0 ? (height - GAP * (most - 1)) / total : 0;
  const nodes: SankeyNode[] = [];
  for (const side of ["from", "to"] as const) {
    const names = sides[side];
    const values = names.map((n) =>
      sum(data.links.filter((l) => l[side] === n).map((l) => l.value)),
    );
    const used = sum(values) * k + GAP * (names.length - 1);
    let y = (height - used) / 2;
    names.forEach((name, i) => {
      const h = values[i]! * k;
      nodes.push({
        name,
        side,
        value: values[i]!,
        x: side === "from" ? 0 : width - NODE_WIDTH,
        y,
        height: h,
      });
      y += h + GAP;
    });
  }
  const nodeOf = (side: "from" | "to", name: string) =>
    nodes.find((n) => n.side === side && n.name === name)!;
  // Bands leave a source in the order of their targets and reach a target in the order of their
  // sources, so no two bands cross at a node.
  const offset = new Map<SankeyNode, number>();
  const topAt = (node: SankeyNode, w: number) => {
    const used = offset.get(node) ?? 0;
    offset.set(node, used + w);
    return node.y + used;
  };
  const rank = (side: "from" | "to", name: string) => sides[side].indexOf(name);
  const bySource = [...data.links].sort(
    (a, b) => rank("from", a.from) - rank("from", b.from) || rank("to", a.to) - rank("to", b.to),
  );
  const tops = new Map<FlowLink, number>();
  for (const l of bySource) tops.set(l, topAt(nodeOf("from", l.from), l.value * k));
  const byTarget = [...data.links].sort(
    (a, b) => rank("to", a.to) - rank("to", b.to) || rank("from", a.from) - rank("from", b.from),
  );
  const links: SankeyLinkMark[] = byTarget.map((link) => {
    const w = link.value * k;
    const y0 = tops.get(link)!;
    const y1 = topAt(nodeOf("to", link.to), w);
    return { link, y0, y1, width: w, path: bandPath(NODE_WIDTH, width - NODE_WIDTH, y0, y1, w) };
  });
  links.sort((a, b) => data.links.indexOf(a.link) - data.links.indexOf(b.link));
  return { kind: "sankey", width, height, nodeWidth: NODE_WIDTH, nodes, links };
}

const r = (n: number) => Math.round(n * 10) / 10;

/** A filled band from (x0, y0) to (x1, y1), `w` tall at both ends, curved in between. */
export function bandPath(x0: number, x1: number, y0: number, y1: number, w: number): string {
  const xm = (x0 + x1) / 2;
  return [
    `M${r(x0)},${r(y0)}`,
    `C${r(xm)},${r(y0)} ${r(xm)},${r(y1)} ${r(x1)},${r(y1)}`,
    `L${r(x1)},${r(y1 + w)}`,
    `C${r(xm)},${r(y1 + w)} ${r(xm)},${r(y0 + w)} ${r(x0)},${r(y0 + w)}`,
    "Z",
  ].join("");
}
