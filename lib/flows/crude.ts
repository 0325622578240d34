/**
 * Crude flows as Sankeys: one exporter → its importers for one year, from a dataset with
 * `from`, `to`, `value` and `period` roles — the EU crude oil import register (thousand
 * barrels, summed over months and grades) and the Energy Institute's inter-area matrix
 * (million tonnes, one row per pair and year). Confidential or missing cells are never
 * counted as zero: the figure says how many were left out.
 */
import { sankeyData, type FlowLink, type SankeyData } from "../charts/sankey/model";
import type { Dataset } from "../data/catalog";
import { formatNumber } from "../data/format";
import { numberCell, textCell } from "../data/roles";
import type { CrudeFigureSpec } from "../data/figure-schema";
import type { Source } from "../data/schema";
import { groupSmall, othersLabel, stableOrder } from "./links";
import { rowsHref } from "../table/view-state";

export interface CrudeFlowSpec {
  id: string;
  title: string;
  /** The exporter (the dataset's `from` value). */
  from: string;
  unit: string;
  /** Column holding the year (the period role may be a month). */
  yearColumn: string;
  /** Only rows whose columns hold these values (for the EI matrix: kind = crude). */
  where?: Record<string, string>;
  /** Column flagging a withheld cell, counted and reported, never summed. */
  withheldColumn?: string;
  /** Decimals shown for this unit. */
  digits: number;
  /** What one link's value is, for its text. */
  basis: (rows: number) => string;
  subtitle: string;
}

/** A crude figure of `data/figures.json` for one exporter: its templates filled in. */
export function crudeFlowSpec(figure: CrudeFigureSpec, from = figure.from): CrudeFlowSpec {
  const fill = (t: string) => t.replaceAll("{from}", from);
  return {
    id: figure.id,
    title: fill(figure.title),
    from,
    unit: figure.unit,
    yearColumn: figure.yearColumn,
    ...(figure.where ? { where: figure.where } : {}),
    ...(figure.withheldColumn ? { withheldColumn: figure.withheldColumn } : {}),
    digits: figure.digits,
    basis: (rows) => fill(figure.basis).replaceAll("{rows}", String(rows)),
    subtitle: fill(figure.subtitle),
  };
}

/** The exporters a crude dataset holds (its `from` values among the rows a figure reads). */
export function crudeExporters(dataset: Dataset, where?: Record<string, string>): string[] {
  const from = dataset.roles.from;
  const names = dataset.rows
    .filter((r) => Object.entries(where ?? {}).every(([k, v]) => textCell(r, k) === v))
    .map((r) => textCell(r, from))
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

const MIN_SHARE = 0.02;
const MAX_SHOWN = 8;

/** The years a crude flow can be drawn for, latest last. */
export function crudeYears(dataset: Dataset, spec: CrudeFlowSpec): number[] {
  const years = new Set<number>();
  for (const row of matching(dataset, spec)) {
    const y = numberCell(row, spec.yearColumn);
    if (y !== undefined) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

function matching(dataset: Dataset, spec: CrudeFlowSpec) {
  const { roles } = dataset;
  return dataset.rows.filter(
    (r) =>
      textCell(r, roles.from) === spec.from &&
      textCell(r, roles.to) !== spec.from &&
      Object.entries(spec.where ?? {}).every(([k, v]) => textCell(r, k) === v),
  );
}

export function crudeSankey(
  dataset: Dataset,
  spec: CrudeFlowSpec,
  year: number,
  sources: ReadonlyMap<string, Source>,
): SankeyData {
  const { roles } = dataset;
  const rows = matching(dataset, spec);
  const overall = new Map<string, number>();
  const inYear = new Map<string, { value: number; rows: number }>();
  const sourceIds = new Set<string>();
  const vintages = new Set<string>();
  let withheld = 0;
  for (const row of rows) {
    const to = textCell(row, roles.to)!;
    const value = numberCell(row, roles.value!.key);
    const thisYear = numberCell(row, spec.yearColumn) === year;
    if (thisYear && spec.withheldColumn && textCell(row, spec.withheldColumn)) withheld++;
    if (value === undefined) continue;
    overall.set(to, (overall.get(to) ?? 0) + value);
    if (!thisYear) continue;
    const cur = inYear.get(to) ?? { value: 0, rows: 0 };
    inYear.set(to, { value: cur.value + value, rows: cur.rows + 1 });
    for (const id of (row[roles.sources] as string[] | undefined) ?? []) sourceIds.add(id);
    const vintage = textCell(row, roles.vintage);
    if (vintage) vintages.add(vintage);
  }
  const { shown, others } = groupSmall(
    stableOrder(overall).map((name) => ({ name, value: inYear.get(name)?.value ?? 0 })),
    MIN_SHARE,
    MAX_SHOWN,
  );
  const ids = [...sourceIds];
  const source = ids
    .map((id) => sources.get(id))
    .map((s) => (s ? `${s.publisher}, ${s.title}` : ""))
    .filter(Boolean)
    .join("; ");
  const period = String(year);
  const years = { from: year, to: year };
  const filter = (to: string[]) => ({ [roles.from!]: spec.from, [roles.to!]: to, ...spec.where });
  const link = (name: string, value: number, count: number, members: string[]): FlowLink => ({
    id: `${spec.id}-${members.length > 1 ? "others" : members[0]!}`,
    from: spec.from,
    to: name,
    value,
    unit: spec.unit,
    period,
    source: [source, ...vintages].filter(Boolean).join(", "),
    sourceIds: ids,
    href: rowsHref(dataset.slug, filter(members), years),
    basis: spec.basis(count),
  });
  const links = shown.map((p) => link(p.name, p.value, inYear.get(p.name)!.rows, [p.name]));
  const othersName = othersLabel(others.length);
  if (others.length > 0)
    links.push({
      ...link(
        othersName,
        others.reduce((a, p) => a + p.value, 0),
        others.reduce((a, p) => a + inYear.get(p.name)!.rows, 0),
        others.map((p) => p.name),
      ),
      grouped: others,
    });
  const total = links.reduce((a, l) => a + l.value, 0);
  const largest = [...links].sort((a, b) => b.value - a.value)[0];
  const targets = [...shown.map((p) => p.name), ...(others.length > 0 ? [othersName] : [])];
  const span = crudeYears(dataset, spec);
  return sankeyData({
    id: spec.id,
    title: spec.title,
    subtitle: `${spec.unit}, ${period}. ${spec.subtitle}`,
    unit: spec.unit,
    digits: spec.digits,
    period,
    links,
    order: { from: [spec.from], to: targets },
    orderNote: `Importers in order of their total over ${span[0]}–${span[span.length - 1]}, so each keeps its place in every year; those under ${MIN_SHARE * 100}% of the year's total, or past the ${MAX_SHOWN} largest, are summed as "Others".`,
    summary:
      links.length === 0
        ? `No flow from ${spec.from} recorded for ${period}.`
        : `${formatNumber(total, spec.digits)} ${spec.unit} from ${spec.from} in ${period}; the largest, to ${largest!.to}, is ${formatNumber((100 * largest!.value) / total, 0)}% of it.`,
    sourceLine: `Source: ${source || dataset.meta.title}${vintages.size ? ` (${[...vintages].join(", ")})` : ""}. Computed by Flowledger: sums of the rows shown.`,
    ...(links.length === 0 ? { empty: `No flow from ${spec.from} recorded for ${period}.` } : {}),
    notes:
      withheld > 0
        ? [
            `${withheld} monthly ${withheld === 1 ? "cell was" : "cells were"} withheld as confidential by the publisher and ${withheld === 1 ? "is" : "are"} not counted: the true totals are at least those drawn.`,
          ]
        : [],
  });
}
