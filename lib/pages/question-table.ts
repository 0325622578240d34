import { figureHref } from "../data/row-ids";
import { computedText, type BasisRow } from "../questions/oil-basis";
import { cell, missingCell, type CellLine, type CellTable } from "../table/cells";
import { convertedHref } from "../questions/hrefs";

/**
 * Every estimate of a question, as a sortable table: the figure as its source states it, what
 * it is on the common basis (with a link to the arithmetic), or why it is not converted.
 */
export function basisTable(slug: string, rows: readonly BasisRow[], country: string): CellTable {
  return {
    columns: [
      { id: "estimate", label: "Estimate, as stated" },
      { id: "supplier", label: "Supplier" },
      { id: "period", label: "Period (as stated)" },
      {
        id: "kbd",
        label: "Thousand b/d (computed)",
        numeric: true,
        description: "Averaged over the period the source states",
      },
      {
        id: "share",
        label: `% of ${country}'s consumption (computed)`,
        numeric: true,
        description: `Of ${country}'s oil consumption in the same years (Energy Institute)`,
      },
      { id: "how", label: "Arithmetic, or why not converted" },
    ],
    rows: rows.map((r) => {
      const how: CellLine[] = r.kbd
        ? [
            { text: r.kbd.formula },
            ...(r.share && r.share.formula !== r.kbd.formula ? [{ text: r.share.formula }] : []),
            ...(!r.share && r.shareReason
              ? [{ text: `Not as a share: ${r.shareReason}.`, missing: true }]
              : []),
          ]
        : [{ text: `Not converted: ${r.reason}.`, missing: true }];
      if (r.repeats)
        how.push({ text: `Repeats the measurement of ${r.repeats}: counted once.`, missing: true });
      return {
        key: r.rowId,
        cells: {
          estimate: cell(r.stated.fullText, r.stated.value, figureHref(r.slug, r.rowId)),
          supplier: cell(
            `${r.series}${r.official ? " (customs)" : r.group ? " (group)" : ""}`,
            r.series,
          ),
          period: cell(r.period, r.from ?? r.period),
          kbd: r.kbd
            ? cell(
                computedText(r.kbd, "kbd").replace(/ thousand b\/d$/, ""),
                r.kbd.value,
                convertedHref(slug, r.rowId),
              )
            : missingCell("not converted"),
          share: r.share
            ? cell(computedText(r.share, "pct"), r.share.value)
            : missingCell(r.kbd ? "no consumption figure" : "–"),
          how: { sort: r.kbd ? r.kbd.formula : (r.reason ?? ""), lines: how },
        },
      };
    }),
  };
}
