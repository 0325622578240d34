import type { Dataset } from "./catalog";
import { matchesWhere } from "./chart-data";
import { formatNumber, formatPartialDate, formatValue } from "./format";
import { partnerShares, transfersFromRows, windowLabel } from "./sipri-shares";

export interface KeyFigure {
  value: string;
  label: string;
  /** How the figure was obtained: one row as stated, or a range computed over rows. */
  detail: string;
}

/** The headline figure of a dataset's card, as its metadata asks for it. */
export function keyFigure(dataset: Dataset): KeyFigure | undefined {
  const spec = dataset.meta.keyFigure;
  if (!spec || dataset.rows.length === 0) return undefined;
  const idKey = dataset.meta.columns.find((c) => c.type === "id")!.key;
  if (spec.type === "row") {
    const row = dataset.rows.find((r) => r[idKey] === spec.rowId)!;
    const valueCol = dataset.meta.columns.find(
      (c) => (c.type === "number" || c.type === "percent") && typeof row[c.key] === "number",
    );
    if (!valueCol) return undefined;
    const unit = valueCol.unitColumn
      ? (row[valueCol.unitColumn] as string | undefined)
      : valueCol.unit;
    const qualifier = valueCol.display?.prefixColumn
      ? (row[valueCol.display.prefixColumn] as string | undefined)
      : undefined;
    return {
      value: formatValue(row[valueCol.key] as number, { unit, qualifier }),
      label: spec.label,
      detail: "as stated by its source",
    };
  }
  if (spec.type === "top-partner") {
    const transfers = transfersFromRows(dataset.rows).filter(
      (t) => (spec.role === "imports" ? t.recipient : t.supplier) === spec.country,
    );
    if (transfers.length === 0) return undefined;
    const to = Math.max(...transfers.map((t) => t.year));
    const w = { from: to - spec.windowYears + 1, to };
    const top = partnerShares(transfers, spec.country, spec.role, w).partners[0];
    if (!top || top.share === undefined) return undefined;
    return {
      value: `${top.share.toFixed(1)}%`,
      label: `${top.partner}: ${spec.label}, ${windowLabel(w)}`,
      detail: `computed from SIPRI TIV${dataset.meta.vintage ? ` (data generated ${formatPartialDate(dataset.meta.vintage)})` : ""}`,
    };
  }
  const matching = dataset.rows.filter((r) => matchesWhere(r, spec.where));
  const lows = matching.map((r) => r[spec.value]).filter((v): v is number => typeof v === "number");
  if (lows.length === 0) return undefined;
  const highs = matching.map((r) =>
    spec.valueHigh && typeof r[spec.valueHigh] === "number" ? r[spec.valueHigh] : r[spec.value],
  ) as number[];
  const lo = Math.min(...lows);
  const hi = Math.max(...highs);
  const unit = spec.unit === "%" ? "%" : ` ${spec.unit}`;
  return {
    value:
      lo === hi ? `${formatNumber(lo)}${unit}` : `${formatNumber(lo)}–${formatNumber(hi)}${unit}`,
    label: spec.label,
    detail: `lowest to highest of ${lows.length} estimates (computed from the rows)`,
  };
}
