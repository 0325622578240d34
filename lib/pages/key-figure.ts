import { matchesWhere } from "../data/where";
import { partnerShares, transfersOf, windowLabel } from "../sipri/shares";
import type { Dataset } from "../data/catalog";
import { independentEstimates } from "../evidence/lineage";
import { statedPeriod } from "../evidence/periods";
import { formatNumber, formatPartialDate, rowValue } from "../data/format";
import { textCell } from "../data/roles";

export interface KeyFigure {
  value: string;
  label: string;
  /** How the figure was obtained: one row as stated, or a figure computed over rows. */
  detail: string;
}

/** The headline figure of a dataset's card, as its metadata asks for it. */
export function keyFigure(dataset: Dataset): KeyFigure | undefined {
  const spec = dataset.meta.keyFigure;
  const { roles, rows } = dataset;
  if (!spec || rows.length === 0) return undefined;
  if (spec.type === "row") {
    const row = rows.find((r) => r[roles.id] === spec.rowId);
    const shown = row && roles.value ? rowValue(roles.value, row) : undefined;
    if (!shown) return undefined;
    return { value: shown.text, label: spec.label, detail: "as stated by its source" };
  }
  if (spec.type === "top-partner") {
    const transfers = transfersOf(dataset).filter(
      (t) => (spec.role === "imports" ? t.recipient : t.supplier) === spec.country,
    );
    if (transfers.length === 0) return undefined;
    const to = Math.max(...transfers.map((t) => t.year));
    const w = { from: to - spec.windowYears + 1, to };
    const top = partnerShares(transfers, spec.country, spec.role, w).partners[0];
    if (!top || top.share === undefined) return undefined;
    return {
      value: `${formatNumber(top.share, 1)}%`,
      label: `${top.partner}: ${spec.label}, ${windowLabel(w)}`,
      detail: `computed from SIPRI TIV${dataset.meta.vintage ? ` (data generated ${formatPartialDate(dataset.meta.vintage)})` : ""}`,
    };
  }
  // The latest independent estimate of a share, by the end of its period.
  const shares = rows.filter(
    (r) => matchesWhere(r, spec.where) && textCell(r, roles.denominator) !== undefined,
  );
  const estimates = independentEstimates(roles, shares, rows);
  const dated = estimates
    .map((e) => ({ e, period: statedPeriod(roles, e.lead, undefined) }))
    .filter((x) => x.period && !x.period.apart && roles.value && rowValue(roles.value, x.e.lead));
  if (dated.length === 0) return undefined;
  const latest = dated.reduce((a, b) => (b.period!.x1 > a.period!.x1 ? b : a));
  const shown = rowValue(roles.value!, latest.e.lead)!;
  const denominators = new Set(estimates.map((e) => textCell(e.lead, roles.denominator)));
  const estimator = textCell(latest.e.lead, roles.estimator);
  return {
    value: shown.fullText,
    label: `${spec.label}: ${latest.period!.label}${estimator ? `, ${estimator}` : ""}`,
    detail: `the latest of ${estimates.length} independent estimates of ${Object.values(spec.where).flat().join(" or ")}'s share, of ${denominators.size} different wholes (the chart keeps them apart)`,
  };
}
