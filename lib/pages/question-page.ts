/**
 * The question pages (/questions/<slug>): one reader question answered on one common basis —
 * the computed answer first, then every estimate on that basis with its arithmetic, the official
 * series beside it, the published statistics around it shown for what they are, the claims, and
 * the sources' own caveats. Also the converted figures' pages and the downloads.
 */
import "server-only";
import { claimViews, type ClaimOnBasis, type ClaimView } from "../claims/claims-view";
import { disagreements } from "../charts/estimates/disagreements";
import type { EstimatePoint, EstimatesChartData } from "../charts/estimates/model";
import { dodgeCoincident, estimatesDomain, valueRange } from "../charts/estimates/model";
import type { SeriesStyle } from "../charts/palette";
import type { Catalog } from "../data/catalog";
import { withoutFloatNoise } from "../data/format";
import { getCatalog } from "../catalog/load-data";
import { once } from "../data/memo";
import type { CitedText, QuestionSpec } from "../data/question-schema";
import { figureHref } from "../data/row-ids";
import type { Source } from "../data/schema";
import { statedPeriod } from "../evidence/periods";
import { armsAnswer, type ArmsAnswer } from "../questions/arms-answer";
import { oilAnswer, type OilAnswer } from "../questions/oil-answer";
import {
  computedText,
  oilBasis,
  type BasisRow,
  type Computed,
  type Input,
  type OilBasis,
} from "../questions/oil-basis";
import { regionalStatistic, type RegionalYear } from "../questions/regional";
import { convertedHref } from "../questions/hrefs";
import { citation, originalSources, type Citation } from "./citation";
import { SITE_URL } from "./site-url";

export interface CitedCaveat extends CitedText {
  publisher: string;
  title: string;
  url?: string;
}

interface QuestionBase {
  slug: string;
  question: string;
  quantity: string;
  basis: string;
  notes: string[];
  /** The claims that ask it, ready for the ledger's claim blocks. */
  claims: ClaimView[];
  /** The datasets the answer draws on. */
  datasets: { slug: string; title: string }[];
}

export interface OilQuestionPage extends QuestionBase {
  type: "oil-common-basis";
  subject: string;
  country: string;
  answer: OilAnswer;
  rows: BasisRow[];
  /** What the page's counts count, in one sentence. */
  counts: string;
  charts: EstimatesChartData[];
  factor?: { input: Input; why: string };
  regional: {
    title: string;
    explanation: string;
    years: RegionalYear[];
    reasons: CitedCaveat[];
  };
  caveats: CitedCaveat[];
}

export interface ArmsQuestionPage extends QuestionBase {
  type: "sipri-share";
  answer: ArmsAnswer;
  chart?: EstimatesChartData;
  sources: Source[];
}

export type QuestionPage = OilQuestionPage | ArmsQuestionPage;

function cited(catalog: Catalog, items: readonly CitedText[]): CitedCaveat[] {
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  return items.map((c) => {
    // Validation made sure every cited source exists.
    const s = sources.get(c.source)!;
    return { ...c, publisher: s.publisher, title: s.title, ...(s.url ? { url: s.url } : {}) };
  });
}

function datasetsOf(catalog: Catalog, slugs: string[]) {
  return [...new Set(slugs)].flatMap((slug) => {
    const d = catalog.datasets.find((x) => x.slug === slug);
    return d ? [{ slug, title: d.meta.title }] : [];
  });
}

/** What every question page shows, whatever its kind. */
function questionBase(catalog: Catalog, spec: QuestionSpec, datasets: string[]): QuestionBase {
  const claims = claimViews(catalog);
  return {
    slug: spec.slug,
    question: spec.question,
    quantity: spec.quantity,
    basis: spec.basis,
    notes: spec.notes,
    claims: spec.claims.flatMap((id) => claims.filter((c) => c.id === id)),
    datasets: datasetsOf(catalog, datasets),
  };
}

/** Series on the common-basis charts: the official records first, then the rest, then groups. */
function seriesOf(basis: OilBasis, r: BasisRow): string {
  if (r.official) return `${basis.spec.subject}'s customs (official records)`;
  if (!r.group) return `${basis.spec.subject}: other estimates`;
  return `${r.series} (group)`;
}

function basisChart(
  catalog: Catalog,
  basis: OilBasis,
  id: string,
  pick: (r: BasisRow) => Computed | undefined,
  title: string,
  yLabel: string,
  unit: "kbd" | "pct",
): EstimatesChartData {
  const { dataset, spec } = basis;
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const rowById = new Map(dataset.rows.map((r) => [String(r[dataset.roles.id]), r]));
  const points: EstimatePoint[] = [];
  for (const r of basis.rows) {
    const value = pick(r);
    if (r.repeats !== undefined || !value) continue;
    const row = rowById.get(r.rowId)!;
    const published = ((row[dataset.roles.sources] as string[] | undefined) ?? [])
      .map((sid) => sources.get(sid)?.published)
      .find(Boolean);
    const period = statedPeriod(dataset.roles, row, published);
    if (!period || period.apart) continue;
    const x =
      period.kind === "since" || period.kind === "year-to-date"
        ? period.x0
        : (period.x0 + period.x1) / 2;
    points.push({
      rowId: r.rowId,
      href: convertedHref(spec.slug, r.rowId),
      series: seriesOf(basis, r),
      x,
      xErr: [x - period.x0, period.x1 - x],
      y: value.value,
      yErr: [0, value.high !== undefined ? value.high - value.value : 0],
      period: period.label,
      valueText: `${computedText(value, unit)} (computed from ${r.stated.fullText})`,
      // The arithmetic goes with the mark: a reader pointing at it sees how it was made.
      source: `${r.source}${r.estimator ? `; measured by ${r.estimator}` : ""}. Computed by Flowledger: ${value.formula}`,
      computed: true,
      ...(period.kind !== "span" ? { periodKind: period.kind } : {}),
      ...(period.open ? { open: true } : {}),
    });
  }
  dodgeCoincident(points);
  const order = [
    ...new Set(
      [...basis.rows]
        .sort(
          (a, b) => Number(a.group) - Number(b.group) || Number(b.official) - Number(a.official),
        )
        .map((r) => seriesOf(basis, r)),
    ),
  ].filter((s) => points.some((p) => p.series === s));
  const styles: Record<string, SeriesStyle> = Object.fromEntries(
    order.map((s, i) => [s, { color: i, shape: i }]),
  );
  return {
    kind: "estimates",
    id,
    title,
    subtitle: `Computed by Flowledger from each source's own figure and period; the official records (${spec.subject}'s customs) drawn as the reference series. A line is the period a source states, a point one date, an arrow a period "to date". Groups that include ${spec.subject} are series of their own, never added to ${spec.subject}'s.`,
    yLabel,
    series: order,
    points,
    xDomain: estimatesDomain(points),
    summary:
      points.length === 0
        ? "No figure converts to this basis."
        : `${points.length} independent figures on this basis in ${order.length} series (${order.join("; ")}): values ${valueRange(points, 1)}, in ${yLabel}.`,
    styles,
  };
}

function countsText(basis: OilBasis): string {
  const independent = basis.rows.filter((r) => r.repeats === undefined);
  const quantities = new Set(independent.map((r) => `${r.series}|${r.quantity}`));
  const converted = independent.filter((r) => r.kbd);
  return `${basis.rows.length} rows name ${basis.spec.subject} or a group that includes it: ${independent.length} independent estimates (re-reports counted once) of ${quantities.size} quantities (who supplied it, and what the figure measures); ${converted.length} of them convert to the common basis, and each of the other ${independent.length - converted.length} says why it does not.`;
}

function oilPage(
  catalog: Catalog,
  spec: Extract<QuestionSpec, { type: "oil-common-basis" }>,
): OilQuestionPage {
  const basis = oilBasis(catalog, spec);
  return {
    ...questionBase(catalog, spec, [
      spec.estimates.dataset,
      spec.consumption.dataset,
      spec.factor.dataset,
      spec.regional.dataset,
    ]),
    type: spec.type,
    subject: spec.subject,
    country: spec.country,
    answer: oilAnswer(basis, claimViews(catalog)),
    rows: basis.rows,
    counts: countsText(basis),
    charts: [
      basisChart(
        catalog,
        basis,
        "common-basis",
        (r) => r.kbd,
        `${spec.quantity}, in thousand barrels a day, every estimate on one basis`,
        "thousand barrels per day (kb/d)",
        "kbd",
      ),
      basisChart(
        catalog,
        basis,
        "share-of-consumption",
        (r) => r.share,
        `The same, as a share of ${spec.country}'s oil consumption that year`,
        `% of ${spec.country}'s oil consumption (Energy Institute)`,
        "pct",
      ),
    ],
    ...(basis.factor ? { factor: { input: basis.factor.input, why: spec.factor.why } } : {}),
    regional: {
      title: spec.regional.title,
      explanation: spec.regional.explanation,
      years: regionalStatistic(catalog, basis),
      reasons: cited(catalog, spec.regional.reasons),
    },
    caveats: cited(catalog, spec.caveats),
  };
}

function armsPage(
  catalog: Catalog,
  spec: Extract<QuestionSpec, { type: "sipri-share" }>,
): ArmsQuestionPage {
  const published = catalog.datasets.find((d) => d.slug === spec.published)!;
  const section = published.meta.sections!.find((s) => s.type === "published-vs-recomputed")!;
  // The published dataset's own "where sources disagree" view of this flow, when it has one.
  const view = (published.meta.sections ?? [])
    .flatMap((s) => (s.type === "disagreements" ? s.views : []))
    .find(
      (v) =>
        v.type === "sipri-windows" &&
        v.country === spec.country &&
        v.role === spec.role &&
        v.partner === spec.partner,
    );
  const chart = view ? disagreements(catalog, published, [view])[0]!.chart : undefined;
  const sourceIds = new Set(published.citedSourceIds);
  const transfers = catalog.datasets.find((d) => d.slug === section.transfers);
  for (const id of transfers?.citedSourceIds ?? []) sourceIds.add(id);
  return {
    ...questionBase(catalog, spec, [spec.published, section.transfers]),
    type: spec.type,
    answer: armsAnswer(catalog, spec, claimViews(catalog)),
    ...(chart ? { chart } : {}),
    sources: catalog.sources.filter((s) => sourceIds.has(s.id)),
  };
}

export function questionPage(catalog: Catalog, slug: string): QuestionPage | undefined {
  const spec = catalog.questions.find((q) => q.slug === slug);
  if (!spec) return undefined;
  return once(catalog, `question-page:${slug}`, () =>
    spec.type === "oil-common-basis" ? oilPage(catalog, spec) : armsPage(catalog, spec),
  );
}

export async function getQuestionPage(slug: string): Promise<QuestionPage | undefined> {
  return questionPage(await getCatalog(), slug);
}

export async function questionParams(): Promise<{ slug: string }[]> {
  return (await getCatalog()).questions.map((q) => ({ slug: q.slug }));
}

/** A question in brief, where a page points readers to it: its opening sentences. */
export interface QuestionBrief {
  slug: string;
  question: string;
  headline: string[];
}

/** The questions a dataset page leads to: those answered from its rows. */
export function questionsOn(catalog: Catalog, datasetSlug: string): QuestionBrief[] {
  return catalog.questions
    .filter((q) =>
      q.type === "oil-common-basis"
        ? q.estimates.dataset === datasetSlug
        : q.published === datasetSlug ||
          catalog.datasets
            .find((d) => d.slug === q.published)
            ?.meta.sections?.some(
              (s) => s.type === "published-vs-recomputed" && s.transfers === datasetSlug,
            ),
    )
    .map((q) => {
      const page = questionPage(catalog, q.slug)!;
      return { slug: q.slug, question: q.question, headline: page.answer.headline };
    });
}

/**
 * The oil question's answer for some years, as the flows page shows it beside the tanker arrow:
 * the year sentences and the regional statistic, each for the years chosen.
 */
export function oilAnswerFor(
  catalog: Catalog,
  datasetSlug: string,
  years?: { from: number; to: number },
): { slug: string; question: string; lines: string[]; regional: string[] } | undefined {
  const spec = catalog.questions.find(
    (q) => q.type === "oil-common-basis" && q.estimates.dataset === datasetSlug,
  );
  if (!spec || spec.type !== "oil-common-basis") return undefined;
  const page = questionPage(catalog, spec.slug) as OilQuestionPage;
  const inYears = (y: number) => !years || (y >= years.from && y <= years.to);
  return {
    slug: spec.slug,
    question: spec.question,
    lines: years
      ? page.answer.years
          .filter((y) => inYears(y.year))
          .flatMap((y) => y.sentences.map((s) => `${y.year}: ${s}`))
      : page.answer.headline,
    regional: page.regional.years.filter((y) => inYears(y.year)).map((y) => y.sentence),
  };
}

/** The ledger's claims, each with how it reads on the common basis of the questions that ask it. */
export function claimsOnBasis(catalog: Catalog): ClaimView[] {
  const views = claimViews(catalog);
  const extra = new Map<string, ClaimOnBasis[]>();
  const add = (id: string, b: ClaimOnBasis) => extra.set(id, [...(extra.get(id) ?? []), b]);
  for (const q of catalog.questions) {
    const page = questionPage(catalog, q.slug)!;
    if (page.type === "sipri-share") {
      for (const c of page.answer.claims)
        add(c.id, { slug: q.slug, question: q.question, comparison: c.comparison });
      continue;
    }
    for (const y of page.answer.years)
      for (const c of y.claims) {
        const figures = [...y.official, ...y.estimates, ...y.groups].map((r) => ({
          value: r.kbd!.value,
          text: `${computedText(r.kbd!, "kbd")}: ${r.series}${r.official ? " customs" : ""}, ${r.period} (${r.estimator ?? r.source})`,
          href: convertedHref(q.slug, r.rowId),
        }));
        add(c.id, {
          slug: q.slug,
          question: q.question,
          comparison: `${y.year} (${c.when}): ${c.comparison}`,
          ...(c.kbd && figures.length
            ? {
                strip: {
                  year: y.year,
                  claim: { value: c.kbd.value, text: computedText(c.kbd, "kbd") },
                  figures,
                },
              }
            : {}),
        });
      }
    for (const c of page.answer.undatedClaims)
      add(c.id, { slug: q.slug, question: q.question, comparison: `${c.when}: ${c.comparison}` });
  }
  return views.map((v) => (extra.has(v.id) ? { ...v, onBasis: extra.get(v.id)! } : v));
}

/** Every converted figure's page: one per row with a value on the common basis. */
export async function convertedParams(): Promise<{ slug: string; row: string }[]> {
  const catalog = await getCatalog();
  return catalog.questions.flatMap((q) =>
    q.type === "oil-common-basis"
      ? oilBasis(catalog, q)
          .rows.filter((r) => r.kbd)
          .map((r) => ({ slug: q.slug, row: r.rowId }))
      : [],
  );
}

/** One converted figure: the arithmetic, its inputs with links and vintages, and a citation. */
export interface ConvertedPage {
  slug: string;
  question: string;
  subject: string;
  country: string;
  row: BasisRow;
  /** The input rows, each with its figure page. */
  inputs: (Input & { href: string })[];
  factorWhy?: string;
  caveats: CitedCaveat[];
  citation: Citation;
}

export async function getConvertedPage(
  slug: string,
  rowId: string,
  built: string,
): Promise<ConvertedPage | undefined> {
  const catalog = await getCatalog();
  const spec = catalog.questions.find((q) => q.slug === slug);
  if (!spec || spec.type !== "oil-common-basis") return undefined;
  const basis = oilBasis(catalog, spec);
  const row = basis.rows.find((r) => r.rowId === rowId);
  if (!row?.kbd) return undefined;
  const seen = new Set<string>();
  const inputs = [...row.kbd.inputs, ...(row.share?.inputs ?? [])].flatMap((i) => {
    const key = `${i.slug}#${i.rowId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...i, href: figureHref(i.slug, i.rowId) }];
  });
  const dataset = basis.dataset;
  const sourceRow = dataset.rows.find((r) => String(r[dataset.roles.id]) === rowId)!;
  const rowSources = ((sourceRow[dataset.roles.sources] as string[] | undefined) ?? [])
    .map((id) => catalog.sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined);
  const title = `${row.series} to ${spec.country} on one basis: ${computedText(row.kbd, "kbd")}${row.share ? `, ${computedText(row.share, "pct")} of ${spec.country}'s oil consumption` : ""} (${row.period})`;
  return {
    slug,
    question: spec.question,
    subject: spec.subject,
    country: spec.country,
    row,
    inputs,
    factorWhy: spec.factor.why,
    caveats: cited(catalog, spec.caveats).filter(
      (c) => c.about === (row.official ? "official records" : "other estimates"),
    ),
    citation: citation({
      title,
      dataset: `${spec.question} (computed by Flowledger)`,
      original: originalSources(rowSources),
      vintage: inputs
        .map((i) => i.vintage)
        .filter(Boolean)
        .join("; "),
      built,
      url: `${SITE_URL}${convertedHref(slug, rowId)}`,
      key: `flowledger-${slug}-${rowId}`.replace(/[^A-Za-z0-9-]/g, "-"),
    }),
  };
}

/** The download of a question: one row per estimate, or per window, as the page shows them. */
export function questionTable(page: QuestionPage): {
  header: string[];
  rows: (string | number | undefined)[][];
} {
  if (page.type === "sipri-share") {
    const v = page.answer.vintage;
    return {
      header: [
        "window",
        "window_start",
        "window_end",
        "published_share_pct",
        "published_row_ids",
        "recomputed_share_pct",
        "recomputed_tiv_m",
        "total_tiv_m",
        "recomputed_from",
        "note",
      ],
      rows: page.answer.windows.map((w) => [
        w.window,
        w.from,
        w.to,
        [...new Set(w.published.map((p) => p.share))].join("; ") || undefined,
        w.published.map((p) => p.rowId).join("; ") || undefined,
        w.recomputed ? withoutFloatNoise(w.recomputed.share) : undefined,
        w.recomputed ? withoutFloatNoise(w.recomputed.tiv) : undefined,
        w.recomputed ? withoutFloatNoise(w.recomputed.total) : undefined,
        w.recomputed
          ? `SIPRI trade register${v ? `, data generated ${v}` : ""} (computed by Flowledger)`
          : undefined,
        w.recomputedNote,
      ]),
    };
  }
  const inputsText = (c: Computed | undefined) =>
    c?.inputs
      .map((i) => `${i.slug}#${i.rowId} (${i.vintage}${i.location ? `, ${i.location}` : ""})`)
      .join("; ");
  return {
    header: [
      "row_id",
      "supplier",
      "group",
      "official",
      "repeats",
      "value_as_stated",
      "quantity",
      "period_as_stated",
      "period_start",
      "period_end",
      "kbd",
      "kbd_high",
      "pct_of_consumption",
      "pct_of_consumption_high",
      "formula",
      "pct_formula",
      "inputs",
      "pct_inputs",
      "reason_not_converted",
    ],
    rows: page.rows.map((r) => [
      r.rowId,
      r.series,
      r.group ? "yes" : "no",
      r.official ? "yes" : "no",
      r.repeats,
      r.stated.fullText,
      r.quantity,
      r.period,
      r.from,
      r.to,
      r.kbd ? withoutFloatNoise(r.kbd.value) : undefined,
      r.kbd?.high !== undefined ? withoutFloatNoise(r.kbd.high) : undefined,
      r.share ? withoutFloatNoise(r.share.value) : undefined,
      r.share?.high !== undefined ? withoutFloatNoise(r.share.high) : undefined,
      r.kbd?.formula,
      r.share?.formula,
      inputsText(r.kbd),
      inputsText(r.share),
      r.reason ?? (r.kbd && !r.share ? `share of consumption: ${r.shareReason}` : undefined),
    ]),
  };
}
