/**
 * The flows page's choices as query parameters, so a shared link shows the same figures:
 *   window=2020-2024   oil=2023 (or all)   eu=2019   ei=2023   region=Other CIS
 *   show=corridor,arms-to-azerbaijan,arms-from-israel,eu-crude,ei-crude
 * Anything invalid is ignored (the default applies), never an error.
 */
export const FIGURES = [
  "corridor",
  "arms-to-azerbaijan",
  "arms-from-israel",
  "eu-crude",
  "ei-crude",
] as const;
export type FigureId = (typeof FIGURES)[number];

export const FIGURE_NAMES: Record<FigureId, string> = {
  corridor: "Corridor map",
  "arms-to-azerbaijan": "Arms to Azerbaijan",
  "arms-from-israel": "Arms from Israel",
  "eu-crude": "Azerbaijan's crude to the EU",
  "ei-crude": "Crude between regions",
};

export interface FlowsChoices {
  /** Last year of the five-year arms window. */
  windowEnd: number;
  /** A year for the oil estimates, or undefined for all years. */
  oilYear?: number;
  euYear: number;
  eiYear: number;
  region: string;
  show: FigureId[];
}

export interface FlowsOptions {
  windowEnds: number[];
  oilYears: number[];
  euYears: number[];
  eiYears: number[];
  regions: string[];
  defaultRegion: string;
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
  const region = params.get("region") ?? "";
  // A shared link lists them comma-separated; the page's form repeats the parameter.
  const show = params
    .getAll("show")
    .flatMap((v) => v.split(","))
    .filter((f): f is FigureId => (FIGURES as readonly string[]).includes(f));
  return {
    windowEnd: windowEnd ?? last(options.windowEnds),
    ...(oilYear !== undefined ? { oilYear } : {}),
    euYear: yearIn(params.get("eu"), options.euYears) ?? last(options.euYears),
    eiYear: yearIn(params.get("ei"), options.eiYears) ?? last(options.eiYears),
    region: options.regions.includes(region) ? region : options.defaultRegion,
    show: show.length > 0 ? FIGURES.filter((f) => show.includes(f)) : [...FIGURES],
  };
}

/** The choices as a query string, defaults left out (the page's address and its downloads). */
export function flowsQuery(choices: FlowsChoices, options: FlowsOptions): string {
  const p = new URLSearchParams();
  const defaults = parseFlowsChoices(new URLSearchParams(), options);
  if (choices.windowEnd !== defaults.windowEnd)
    p.set("window", `${choices.windowEnd - 4}-${choices.windowEnd}`);
  if (choices.oilYear !== undefined) p.set("oil", String(choices.oilYear));
  if (choices.euYear !== defaults.euYear) p.set("eu", String(choices.euYear));
  if (choices.eiYear !== defaults.eiYear) p.set("ei", String(choices.eiYear));
  if (choices.region !== defaults.region) p.set("region", choices.region);
  if (choices.show.length < FIGURES.length) p.set("show", choices.show.join(","));
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
