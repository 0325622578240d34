/** Helpers shared by the flow builders: ordering and grouping partners, a link's text. */
import type { FlowLink } from "../charts/sankey/model";
import { formatNumber } from "../data/format";

/**
 * Order of the partners by their total over every year of the data, largest first, so that each
 * keeps its place whatever window or year a reader picks (ties by name).
 */
export function stableOrder(totals: ReadonlyMap<string, number>): string[] {
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
}

/**
 * Partners below `minShare` of the figure's total, or past the `maxShown` largest, folded into
 * one "Others" link whose value is their sum; zero flows are dropped.
 */
export function groupSmall(
  partners: { name: string; value: number }[],
  minShare: number,
  maxShown: number,
): { shown: { name: string; value: number }[]; others: { name: string; value: number }[] } {
  const total = partners.reduce((a, p) => a + p.value, 0);
  const bySize = partners.filter((p) => p.value > 0).sort((a, b) => b.value - a.value);
  const kept = new Set(
    bySize.filter((p, i) => i < maxShown && p.value >= minShare * total).map((p) => p.name),
  );
  // "Others" of a single partner would hide a name for nothing: show it.
  if (bySize.length - kept.size === 1) kept.add(bySize.find((p) => !kept.has(p.name))!.name);
  return {
    shown: partners.filter((p) => kept.has(p.name)),
    others: bySize.filter((p) => !kept.has(p.name)),
  };
}

export const OTHERS = "Others";

/** "Others (5)" with the grouped partners listed, for a link's text. */
export function othersLabel(count: number): string {
  return `${OTHERS} (${count})`;
}

/** Every link of a figure as one line of text: what a screen reader and the table say. */
export function linkText(link: FlowLink, digits: number): string {
  return `${link.from} → ${link.to}: ${formatNumber(link.value, digits)} ${link.unit}, ${link.period}. ${link.basis}. Source: ${link.source}.`;
}
