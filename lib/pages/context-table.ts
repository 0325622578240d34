import type { ConsumptionContext } from "../energy/context-section";
import { formatNumber } from "../data/format";
import { cell, missingCell, type CellTable } from "../table/cells";

/**
 * The consumption-context section as a sortable table: each estimate as its source states it,
 * beside what Flowledger computed from it, the formula, and the published cells it used.
 */
export function contextTable(context: ConsumptionContext, slug: string): CellTable {
  return {
    columns: [
      { id: "estimate", label: "Estimate" },
      { id: "period", label: "Period (as stated)" },
      { id: "stated", label: "As stated" },
      {
        id: "computed",
        label: "In context (computed)",
        numeric: true,
        description: `Volumes: share of ${context.country}'s oil consumption. Shares: barrels per day implied by consumption.`,
      },
      { id: "inputs", label: "Formula and published figures used" },
    ],
    rows: context.rows.map((r) => ({
      key: r.rowId,
      cells: {
        estimate: cell(r.label, r.label, `/datasets/${slug}#row-${r.rowId}`),
        period: cell(r.period),
        stated: cell(r.stated),
        computed: r.computed ? cell(r.result, r.computed.value) : missingCell(r.result),
        inputs: r.computed
          ? {
              sort: r.computed.formula,
              lines: [
                { text: r.computed.formula },
                ...r.computed.consumption.map((u) => ({
                  text: `${u.vintage}: ${u.location}`,
                  href: `/datasets/${u.slug}#row-${u.rowId}`,
                })),
              ],
            }
          : missingCell("–"),
      },
    })),
  };
}

/** "at most 21.6% of Israel's oil consumption (about 48,200 b/d)". */
export function boundText(percent: number, bpd: number, country: string): string {
  return `at most ${formatNumber(percent, 1)}% of ${country}'s oil consumption (about ${formatNumber(Math.round(bpd / 100) * 100)} b/d)`;
}
