/**
 * The flows page's choices as query parameters, so a shared link shows the same figures:
 *   window=2020-2024   oil=2023 (or all)   layer=arms (the map's unit)   show=<figure ids>
 * and each crude figure's own (data/figures.json): its year (eu=2019, ei=2023) and, where the
 * reader chooses the exporter, that (region=Other CIS).
 * Anything invalid is ignored (the default applies), never an error.
 */
export interface FlowsChoices {
  /** Last year of the five-year arms window. */
  windowEnd: number;
  /** A year for the oil estimates, or undefined for all years. */
  oilYear?: number;
  /** The map's layer: the one unit it draws. */
  layer: string;
  /** Per crude figure (by id): its year, and its exporter where the reader chooses one. */
  crude: Record<string, { year: number; from?: string }>;
  /** The figures shown (ids of `options.figures`), in their order. */
  show: string[];
}

/** A choice a crude figure adds to the form: its query parameter, label and allowed values. */
export interface ChoiceOptions<T> {
  param: string;
  label: string;
  values: T[];
  default: T;
}

export interface FlowsOptions {
  windowEnds: number[];
  oilYears: number[];
  /** The map's layers, the default first. */
  layers: { id: string; label: string }[];
  /** The figures a reader can show or hide (figures.json, less those drawn with another). */
  figures: { id: string; name: string }[];
  crude: { figure: string; year: ChoiceOptions<number>; from?: ChoiceOptions<string> }[];
}

function yearIn(value: string | null, allowed: readonly number[]): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const y = Number(value);
  return allowed.includes(y) ? y : undefined;
}

export function parseFlowsChoices(params: URLSearchParams, options: FlowsOptions): FlowsChoices {
  const last = (ys: number[]) => ys[ys.length - 1] ?? 0;
  const w = /^(\d{4})-(\d{4})$/.exec(params.get("window") ?? "");
  const windowEnd =
    w && Number(w[2]) - Number(w[1]) === 4 ? yearIn(w[2]!, options.windowEnds) : undefined;
  const oilYear = yearIn(params.get("oil"), options.oilYears);
  const layer = params.get("layer") ?? "";
  const ids = options.figures.map((f) => f.id);
  // A shared link lists them comma-separated; the page's form repeats the parameter.
  const show = params
    .getAll("show")
    .flatMap((v) => v.split(","))
    .filter((f) => ids.includes(f));
  const crude: FlowsChoices["crude"] = {};
  for (const c of options.crude) {
    const from = c.from ? (params.get(c.from.param) ?? "") : "";
    crude[c.figure] = {
      year: yearIn(params.get(c.year.param), c.year.values) ?? c.year.default,
      ...(c.from ? { from: c.from.values.includes(from) ? from : c.from.default } : {}),
    };
  }
  return {
    windowEnd: windowEnd ?? last(options.windowEnds),
    ...(oilYear !== undefined ? { oilYear } : {}),
    layer: options.layers.some((l) => l.id === layer) ? layer : (options.layers[0]?.id ?? ""),
    crude,
    show: show.length > 0 ? ids.filter((f) => show.includes(f)) : ids,
  };
}

/** The choices as a query string, defaults left out (the page's address and its downloads). */
export function flowsQuery(choices: FlowsChoices, options: FlowsOptions): string {
  const p = new URLSearchParams();
  const defaults = parseFlowsChoices(new URLSearchParams(), options);
  if (choices.windowEnd !== defaults.windowEnd)
    p.set("window", `${choices.windowEnd - 4}-${choices.windowEnd}`);
  if (choices.oilYear !== undefined) p.set("oil", String(choices.oilYear));
  if (choices.layer !== defaults.layer) p.set("layer", choices.layer);
  for (const c of options.crude) {
    const chosen = choices.crude[c.figure]!;
    if (chosen.year !== c.year.default) p.set(c.year.param, String(chosen.year));
  }
  for (const c of options.crude)
    if (c.from && choices.crude[c.figure]!.from !== c.from.default)
      p.set(c.from.param, choices.crude[c.figure]!.from!);
  if (choices.show.length < options.figures.length) p.set("show", choices.show.join(","));
  return p.toString();
}

/** Next's searchParams object as URLSearchParams (a repeated key keeps every value). */
export function searchParamsOf(
  raw: Record<string, string | string[] | undefined>,
): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(raw))
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) p.append(k, value);
  return p;
}

/**
 * Where a request for some choices should go instead, when its query is not the canonical one
 * (unknown parameters, defaults spelled out, another order): "?window=…" or "" — or undefined
 * when it already is. One address per view keeps caches from filling with its variants.
 */
export function canonicalRedirect(given: URLSearchParams, canonical: string): string | undefined {
  return given.toString() === canonical ? undefined : canonical ? `?${canonical}` : "";
}
