/**
 * A page for one figure (/datasets/<slug>/<row-id>): the number as its source states it, the
 * quote with the number marked, the sources and the figure's lineage (the estimate it repeats,
 * or who repeated it), the other independent estimates of the same quantity, the claims that
 * cite it, Flowledger's computed context, and a citation.
 */
import "server-only";
import { rowPeriod, type ChartContext } from "../charts/context";
import { estimatePoints } from "../charts/estimates/build";
import {
  dodgeCoincident,
  estimatesDomain,
  valueRange,
  type EstimatesChartData,
} from "../charts/estimates/model";
import { claimViews, type ClaimView } from "../claims/claims-view";
import type { Catalog, Dataset } from "../data/catalog";
import { rowValue } from "../data/format";
import { getCatalog } from "../catalog/load-data";
import { rowSummary } from "../data/row-summary";
import { textCell } from "../data/roles";
import type { DataRow, Source } from "../data/schema";
import { oilBasis, type BasisRow } from "../questions/oil-basis";
import { independentEstimates } from "../evidence/lineage";
import { quantityOf } from "../evidence/quantities";
import { citation, originalSources, type Citation } from "./citation";
import { SITE_URL } from "./site-url";
import { vintageText } from "../data/vintage";
import type { TextPart } from "../search/search";

/** A part of the quote; marked where it writes the figure's number. */
type QuotePart = TextPart;

export interface FigurePage {
  slug: string;
  datasetTitle: string;
  rowId: string;
  /** "Azerbaijan, share of Israel's oil imports". */
  what: string;
  value: string;
  period: string;
  quote: QuotePart[];
  sources: Source[];
  /** Where this figure comes from and who repeated it (only when several rows report it). */
  lineage?: { lead: { rowId: string; label: string }; reports: { rowId: string; label: string }[] };
  /** Who first published it, when that is not a row here. */
  original?: string;
  /** The other independent estimates of the same quantity (same denominator or measure). */
  others?: EstimatesChartData;
  claims: Pick<ClaimView, "id" | "quote" | "verdict" | "stated">[];
  /** The figure on a question's common basis, or why it is not converted. */
  basis?: { slug: string; question: string; row: BasisRow };
  /** The data vintage, where the dataset has one (edition, register date). */
  vintage?: string;
  /** Location in the publisher's file (sheet and cell), for imported figures. */
  location?: string;
  citation: Citation;
}

/** The quote cut around every place it writes the figure's number ("46.4", "4.85", "69"). */
export function markNumber(quote: string, value: number | undefined): QuotePart[] {
  if (!quote) return [];
  if (value === undefined) return [{ text: quote }];
  const plain = String(value);
  const grouped = value.toLocaleString("en-US", { maximumFractionDigits: 10 });
  const forms = [...new Set([grouped, plain])].map((f) => f.replace(/[.]/g, "\\."));
  const re = new RegExp(`(?<![\\d.,])(${forms.join("|")})(?![\\d]|[.,]\\d)`, "g");
  const parts: QuotePart[] = [];
  let last = 0;
  for (const m of quote.matchAll(re)) {
    if (m.index! > last) parts.push({ text: quote.slice(last, m.index) });
    parts.push({ text: m[0], mark: true });
    last = m.index! + m[0].length;
  }
  if (last < quote.length) parts.push({ text: quote.slice(last) });
  return parts;
}

/** Rows measuring the same thing as `row`: its quantity (denominator or measure), its subject. */
function sameQuantity(dataset: Dataset, row: DataRow): DataRow[] {
  const { roles } = dataset;
  const quantity = quantityOf(roles, row);
  const first = roles.labels[0];
  return dataset.rows.filter(
    (r) => quantityOf(roles, r) === quantity && (!first || r[first] === row[first]),
  );
}

function othersChart(
  ctx: ChartContext,
  row: DataRow,
  same: DataRow[],
  what: string,
): EstimatesChartData | undefined {
  const { roles } = ctx.dataset;
  const quantity = quantityOf(roles, row);
  if (quantity === undefined || !roles.period) return undefined;
  const points = estimatePoints(ctx, same, () => quantity);
  if (points.length < 2) return undefined;
  dodgeCoincident(points);
  const unit = roles.value ? rowValue(roles.value, row)?.unit : undefined;
  return {
    kind: "estimates",
    id: "same-quantity",
    title: `Every independent estimate of the same quantity: ${what}`,
    subtitle: `Same ${textCell(row, roles.denominator) ? "denominator" : "measure"} (${quantity}); re-reports folded into the estimate they repeat; each period as its source states it.`,
    yLabel: unit ?? quantity,
    series: [quantity],
    points,
    xDomain: estimatesDomain(points),
    summary: `${points.length} independent estimates of ${quantity}: ${valueRange(points)}.`,
  };
}

export function figurePage(
  catalog: Catalog,
  dataset: Dataset,
  rowId: string,
  built: string,
): FigurePage | undefined {
  const { roles } = dataset;
  const row = dataset.rows.find((r) => String(r[roles.id]) === rowId);
  if (!row) return undefined;
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const summary = rowSummary(dataset, row, sources);
  const shown = roles.value ? rowValue(roles.value, row) : undefined;
  const cited = ((row[roles.sources] as string[] | undefined) ?? [])
    .map((id) => sources.get(id))
    .filter((s): s is Source => s !== undefined);
  const ctx: ChartContext = { dataset, sources };
  const group = independentEstimates(roles, [row], dataset.rows)[0]!;
  // Lineage within the same quantity: reports of one measurement, never other figures of it.
  const same = sameQuantity(dataset, row);
  const family = independentEstimates(roles, same, dataset.rows).find((g) => g.rows.includes(row))!;
  const label = (r: DataRow) => {
    const s = rowSummary(dataset, r, sources);
    return `${s.value}, ${s.who}${textCell(r, roles.reportedAs) ? ` (${textCell(r, roles.reportedAs)})` : ""}`;
  };
  const what = summary.what || dataset.meta.title;
  const period = rowPeriod(dataset, row)?.label ?? summary.period;
  const href = `/datasets/${dataset.slug}#row-${rowId}`;
  const claims = claimViews(catalog)
    .filter((c) => c.evidence.some((e) => e.href === href))
    .map(({ id, quote, verdict, stated }) => ({ id, quote, verdict, stated }));
  let basis: FigurePage["basis"];
  for (const q of catalog.questions)
    if (q.type === "oil-common-basis" && q.estimates.dataset === dataset.slug) {
      const found = oilBasis(catalog, q).rows.find((r) => r.rowId === rowId);
      if (found) basis = { slug: q.slug, question: q.question, row: found };
    }
  const stated = textCell(row, roles.vintage) ?? dataset.meta.vintage;
  const vintage = stated ? vintageText(stated) : undefined;
  const location = (roles.location ?? [])
    .map((k) => textCell(row, k))
    .filter(Boolean)
    .join("!");
  const url = `${SITE_URL}/datasets/${dataset.slug}/${rowId}`;
  const valueText = shown?.fullText ?? summary.value;
  return {
    slug: dataset.slug,
    datasetTitle: dataset.meta.title,
    rowId,
    what,
    value: valueText,
    period,
    quote: markNumber(textCell(row, roles.quote) ?? "", shown?.value),
    sources: cited,
    ...(family.rows.length > 1
      ? {
          lineage: {
            lead: { rowId: String(family.lead[roles.id]), label: label(family.lead) },
            reports: family.rows
              .filter((r) => r !== family.lead)
              .map((r) => ({ rowId: String(r[roles.id]), label: label(r) })),
          },
        }
      : {}),
    ...(group.original ? { original: group.original } : {}),
    ...(() => {
      const others = othersChart(ctx, row, same, what);
      return others ? { others } : {};
    })(),
    claims,
    ...(basis ? { basis } : {}),
    ...(vintage ? { vintage } : {}),
    ...(location ? { location } : {}),
    citation: citation({
      title: `${what}: ${valueText}${period ? ` (${period})` : ""}`,
      dataset: dataset.meta.title,
      original: originalSources(cited),
      ...(vintage ? { vintage } : {}),
      built,
      url,
      key: `flowledger-${dataset.slug}-${rowId}`.replace(/[^A-Za-z0-9-]/g, "-"),
    }),
  };
}

export async function getFigurePage(
  slug: string,
  rowId: string,
  built: string,
): Promise<FigurePage | undefined> {
  const catalog = await getCatalog();
  const dataset = catalog.datasets.find((d) => d.slug === slug);
  return dataset ? figurePage(catalog, dataset, rowId, built) : undefined;
}
