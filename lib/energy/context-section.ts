import type { Catalog, Dataset } from "../data/catalog";
import type { ConsumptionContextSpec } from "../data/schema";
import {
  consumptionSeries,
  estimatesInContext,
  factorOf,
  regionalBounds,
  type ContextRow,
  type RegionalBound,
} from "./context";

/** A regional flow drawn apart from the estimates, labelled as the upper bound it is. */
export interface BoundView {
  id: string;
  title: string;
  explanation: string;
  country: string;
  years: RegionalBound[];
}

export interface ConsumptionContext {
  title: string;
  country: string;
  rows: ContextRow[];
  bounds: BoundView[];
  notes: string[];
  /** Why nothing could be computed (a dataset the section names has no usable rows). */
  missing?: string;
}

/** The section's view model: every estimate in context, and each declared bound. */
export function consumptionContext(
  catalog: Catalog,
  dataset: Dataset,
  spec: ConsumptionContextSpec,
): ConsumptionContext {
  const bySlug = new Map(catalog.datasets.map((d) => [d.slug, d]));
  // Validation made sure the named datasets exist.
  const consumption = consumptionSeries(
    bySlug.get(spec.consumption.dataset)!,
    spec.consumption.where,
  );
  const factors = bySlug.get(spec.factors.dataset)!;
  const tonnesToBarrels = factorOf(factors, spec.factors.tonnesToBarrels);
  const base = { title: spec.title, country: spec.country, notes: spec.notes };
  if (consumption.byYear.size === 0 || !tonnesToBarrels)
    return {
      ...base,
      rows: [],
      bounds: [],
      missing: `No ${consumption.byYear.size === 0 ? `consumption figures for ${spec.country}` : "tonnes-to-barrels factor"} in the data: run the Energy Institute import.`,
    };
  return {
    ...base,
    rows: estimatesInContext(dataset, spec, consumption, tonnesToBarrels, spec.country),
    bounds: spec.bounds.map((b) => ({
      id: b.id,
      title: b.title,
      explanation: b.explanation,
      country: spec.country,
      years: regionalBounds(
        bySlug.get(b.rows.dataset)!,
        b.rows.where,
        consumption,
        factors,
        spec.factors.barrelsPerDayToTonnesPerYear,
        spec.country,
      ),
    })),
  };
}

/** The bound a disagreement view names, from its dataset's consumption-context section. */
export function boundFor(catalog: Catalog, dataset: Dataset, id: string): BoundView | undefined {
  for (const section of dataset.meta.sections ?? [])
    if (section.type === "consumption-context" && section.bounds.some((b) => b.id === id))
      return consumptionContext(catalog, dataset, section).bounds.find((b) => b.id === id);
  return undefined;
}
