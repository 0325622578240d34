import type { Catalog, Dataset } from "../data/catalog";
import { rowValue } from "../data/format";
import { textCell } from "../data/roles";
import type { DataRow } from "../data/schema";
import { independentEstimates, type EstimateGroup } from "../evidence/lineage";
import { statedPeriod } from "../evidence/periods";

/**
 * What a claim is compared with: `<dataset>?<column>=<value>&…` picks the rows of the same
 * quantity in a dataset; a claimed share keeps only the rows of its stated denominator.
 */
export interface CompareRef {
  slug: string;
  filters: [string, string][];
}

/** Reads `israel-oil-imports?supplier=Azerbaijan`. Values may hold spaces and "+", never "&" or "=". */
export function parseCompare(text: string): CompareRef | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\?(.*))?$/.exec(text.trim());
  if (!m) return undefined;
  const filters: [string, string][] = [];
  for (const part of (m[2] ?? "").split("&").filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq < 1) return undefined;
    filters.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  return { slug: m[1]!, filters };
}

/** One independent estimate on a claim's strip, linked to the row it is drawn from. */
export interface StripEstimate {
  slug: string;
  rowId: string;
  value: number;
  text: string;
  period: string;
  /** Outlets that reported it (1 when only one). */
  reports: number;
}

export interface ClaimComparison {
  /** The independent estimates of the same quantity (and denominator, for a share). */
  estimates: StripEstimate[];
  /** Independent estimates of the same quantity measured against other denominators. */
  otherDenominators: number;
  /** The compared dataset, and the unit its values are in. */
  slug: string;
  title: string;
}

function estimateOf(dataset: Dataset, group: EstimateGroup): StripEstimate | undefined {
  const { roles } = dataset;
  const shown = roles.value ? rowValue(roles.value, group.lead) : undefined;
  const period = statedPeriod(roles, group.lead, undefined);
  if (!shown) return undefined;
  return {
    slug: dataset.slug,
    rowId: String(group.lead[roles.id]),
    value: shown.value,
    text: shown.fullText,
    period: period?.label ?? "undated",
    reports: group.rows.length,
  };
}

/** The estimates a claim sits among, or undefined when it compares with none. */
export function claimComparison(
  catalog: Catalog,
  ref: CompareRef,
  denominator: string | undefined,
): ClaimComparison | undefined {
  const dataset = catalog.datasets.find((d) => d.slug === ref.slug);
  if (!dataset) return undefined;
  const { roles } = dataset;
  const same = dataset.rows.filter((r) => ref.filters.every(([k, v]) => String(r[k] ?? "") === v));
  const ofDenominator = (r: DataRow) =>
    denominator === undefined || textCell(r, roles.denominator) === denominator;
  const groups = independentEstimates(roles, same.filter(ofDenominator), dataset.rows);
  const others =
    denominator === undefined
      ? 0
      : independentEstimates(
          roles,
          same.filter((r) => !ofDenominator(r) && textCell(r, roles.denominator) !== undefined),
          dataset.rows,
        ).length;
  return {
    estimates: groups
      .flatMap((g) => estimateOf(dataset, g) ?? [])
      .sort((a, b) => a.value - b.value),
    otherDenominators: others,
    slug: dataset.slug,
    title: dataset.meta.title,
  };
}

/** Problems with a ledger's comparisons: the dataset, its columns, the stated denominator. */
export function checkCompare(
  ref: CompareRef | undefined,
  raw: string,
  denominator: string | undefined,
  datasets: ReadonlyMap<string, Dataset>,
): string | undefined {
  if (!ref) return `"${raw}" is not a comparison (write dataset-slug?column=value&…)`;
  const dataset = datasets.get(ref.slug);
  if (!dataset) return `compares with dataset "${ref.slug}", which does not exist`;
  const keys = new Set(dataset.meta.columns.map((c) => c.key));
  for (const [k] of ref.filters)
    if (!keys.has(k)) return `compares on column "${k}", which ${ref.slug} does not have`;
  if (!dataset.rows.some((r) => ref.filters.every(([k, v]) => String(r[k] ?? "") === v)))
    return `"${raw}" picks no row of ${ref.slug}`;
  if (denominator !== undefined) {
    const col = dataset.meta.columns.find((c) => c.key === dataset.roles.denominator);
    if (!col?.values?.includes(denominator))
      return `the stated denominator "${denominator}" is not one of ${ref.slug}'s denominators`;
  }
  return undefined;
}
