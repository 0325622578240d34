import { matchesWhere } from "../charts/context";
import { partnerShares, transfersOf, windowLabel } from "../sipri/shares";
import type { Dataset } from "./catalog";
import { formatNumber, formatPartialDate, rowValue } from "./format";

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
  const shown = rows
    .filter((r) => matchesWhere(r, spec.where))
    .map((r) => (roles.value ? rowValue(roles.value, r) : undefined))
    .filter((v) => v !== undefined);
  if (shown.length === 0) return undefined;
  const lo = Math.min(...shown.map((v) => v.value));
  const hi = Math.max(...shown.map((v) => v.high ?? v.value));
  const unit = spec.unit === "%" ? "%" : ` ${spec.unit}`;
  return {
    value:
      lo === hi ? `${formatNumber(lo)}${unit}` : `${formatNumber(lo)}–${formatNumber(hi)}${unit}`,
    label: spec.label,
    detail: `lowest to highest of ${shown.length} estimates (computed from the rows)`,
  };
}
