/**
 * A published regional statistic beside a bilateral flow, shown for what it is: the Energy
 * Institute's crude flow between two of its regions, in the same units as the common basis, with
 * every figure on that basis for the same year set against it. Where those figures do not fit
 * inside it, the sentence says so; it never reads the regional flow as a limit on them.
 */
import type { Catalog } from "../data/catalog";
import { formatNumber, rowValue } from "../data/format";
import { locationText, textCell } from "../data/roles";
import type { OilQuestionSpec } from "../data/question-schema";
import { matchesWhere } from "../data/where";
import { computedText, daysByYear, type BasisRow, type Input, type OilBasis } from "./oil-basis";

export interface RegionalFigure {
  label: string;
  year: number;
  tonnes: number;
  input: Input;
}

export interface RegionalYear {
  year: number;
  flow: RegionalFigure;
  /** The flow as thousand barrels a day over the year, with its arithmetic. */
  kbd?: { value: number; formula: string };
  /** Rows of the same table shown beside it (the neighbouring region's flow). */
  beside: RegionalFigure[];
  /** Each figure on the common basis within the same year, against the regional flow. */
  against: { row: BasisRow; ratio: number; tonnesShare?: number }[];
  sentence: string;
}

const TONNES: Record<string, number> = {
  Mt: 1e6,
  "million tonnes": 1e6,
  "thousand tonnes": 1e3,
  tonnes: 1,
};

function figures(
  catalog: Catalog,
  spec: OilQuestionSpec,
  where: OilQuestionSpec["regional"]["where"],
) {
  const dataset = catalog.datasets.find((d) => d.slug === spec.regional.dataset)!;
  const { roles } = dataset;
  return dataset.rows
    .filter((r) => matchesWhere(r, where))
    .flatMap((row): RegionalFigure[] => {
      const year = roles.period ? row[roles.period.start] : undefined;
      const shown = roles.value ? rowValue(roles.value, row) : undefined;
      const scale = TONNES[shown?.unit ?? ""];
      if (typeof year !== "number" || !shown || scale === undefined) return [];
      const value = (shown.value * scale) / 1e6;
      const from = textCell(row, roles.from) ?? "";
      const to = textCell(row, roles.to) ?? "";
      return [
        {
          label: `${from} → ${to}`,
          year,
          tonnes: value * 1e6,
          input: {
            slug: dataset.slug,
            rowId: String(row[roles.id]),
            role: "total",
            text: `${formatNumber(value, 2)} million tonnes of crude, ${from} → ${to}, ${year}`,
            vintage: textCell(row, roles.vintage) ?? "",
            ...(locationText(roles, row) ? { location: locationText(roles, row)! } : {}),
          },
        },
      ];
    })
    .sort((a, b) => a.year - b.year);
}

export function regionalStatistic(catalog: Catalog, basis: OilBasis): RegionalYear[] {
  const { spec } = basis;
  const flows = figures(catalog, spec, spec.regional.where);
  const beside = spec.regional.beside ? figures(catalog, spec, spec.regional.beside) : [];
  const onBasis = basis.rows.filter((r) => r.repeats === undefined && r.kbd);
  return flows.map((flow) => {
    const days = [...daysByYear(`${flow.year}-01-01`, `${flow.year}-12-31`).values()][0]!;
    const factor = basis.factor;
    const kbd = factor
      ? {
          value: (flow.tonnes * factor.value) / days / 1000,
          formula: `${formatNumber(Math.round(flow.tonnes))} tonnes × ${formatNumber(factor.value)} barrels per tonne (${factor.input.vintage}) ÷ ${days} days ÷ 1,000`,
        }
      : undefined;
    const against = kbd
      ? onBasis
          .filter((r) => r.years.length === 1 && r.years[0] === flow.year)
          .map((row) => {
            const t = TONNES[row.stated.unit ?? ""];
            return {
              row,
              ratio: row.kbd!.value / kbd.value,
              ...(t !== undefined
                ? { tonnesShare: ((row.stated.value * t) / flow.tonnes) * 100 }
                : {}),
            };
          })
      : [];
    const sameYear = beside.filter((b) => b.year === flow.year);
    return {
      year: flow.year,
      flow,
      ...(kbd ? { kbd } : {}),
      beside: sameYear,
      against,
      sentence: sentence(spec, flow, kbd?.value, against, sameYear),
    };
  });
}

/** Million tonnes to two decimals, as the Review prints them (0 stays 0). */
const mt = (tonnes: number) => formatNumber(Math.round(tonnes / 1e4) / 100);

function sentence(
  spec: OilQuestionSpec,
  flow: RegionalFigure,
  kbd: number | undefined,
  against: RegionalYear["against"],
  beside: RegionalFigure[],
): string {
  const head = `In ${flow.year} the Review's ${flow.label} crude flow was ${mt(flow.tonnes)} million tonnes${kbd !== undefined ? `, about ${formatNumber(kbd, 1)} thousand b/d` : ""}.`;
  const order = (r: BasisRow) => (r.official ? 0 : r.group ? 2 : 1);
  const parts = [...against]
    .sort((a, b) => order(a.row) - order(b.row) || b.ratio - a.ratio)
    .map(({ row, ratio, tonnesShare }) => {
      const who = row.official
        ? `${spec.subject}'s customs, to ${spec.country} alone`
        : `${row.series}${row.group ? " (a group)" : ""}, ${row.estimator ?? row.source}`;
      return `${who}: ${row.stated.fullText}, ${row.period}${tonnesShare !== undefined ? ` (${formatNumber(tonnesShare, 1)}% of the regional tonnage)` : ""} — ${computedText(row.kbd!, "kbd")}, ${formatNumber(ratio, 1)} times the regional rate`;
    });
  const same = parts.length
    ? ` Figures on the common basis for the same year: ${parts.join("; ")}.`
    : " No figure on the common basis falls within the same year.";
  const side = beside.length
    ? ` Beside it: ${beside.map((b) => `${b.label}, ${mt(b.tonnes)} million tonnes`).join("; ")}.`
    : "";
  return head + same + side;
}
