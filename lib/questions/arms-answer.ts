/**
 * Israel's share of Azerbaijan's arms imports, window by window: SIPRI's figure as published at
 * each release (as the press reported it) beside the same window recomputed from SIPRI's current
 * register, and the claims about it set against the window they name. Computed from the
 * published-vs-recomputed comparison; the sentences are generated from its rows.
 */
import type { ClaimView } from "../claims/claims-view";
import type { Verdict } from "../claims/verdicts";
import type { Catalog } from "../data/catalog";
import { formatNumber, formatPartialDate } from "../data/format";
import type { ArmsQuestionSpec } from "../data/question-schema";
import { compareArms, type ComparisonRow } from "../sipri/comparison";

export interface WindowAnswer {
  window: string;
  from: number;
  to: number;
  /** SIPRI's shares as published (one per outlet that reported them). */
  published: { rowId: string; share: number; sourceIds: string[] }[];
  /** Recomputed from the register (per cent), with the TIV it rests on. */
  recomputed?: { share: number; tiv: number; total: number };
  recomputedNote?: string;
}

export interface ArmsClaimAnswer {
  id: string;
  quote: string;
  verdict: Verdict;
  stated: string;
  comparison: string;
}

export interface ArmsAnswer {
  spec: ArmsQuestionSpec;
  vintage?: string;
  windows: WindowAnswer[];
  headline: string[];
  claims: ArmsClaimAnswer[];
}

const pct = (n: number, digits?: number) => `${formatNumber(n, digits)}%`;

function windowText(w: WindowAnswer): string {
  const published = [...new Set(w.published.map((p) => p.share))];
  const pub = published.length
    ? `SIPRI published ${published.map((v) => pct(v)).join(" and ")}`
    : "no published figure found";
  const re = w.recomputed
    ? `recomputed ${pct(w.recomputed.share, 1)}`
    : `not recomputed (${w.recomputedNote})`;
  return `${w.window}: ${pub}; ${re}`;
}

export function armsAnswer(
  catalog: Catalog,
  spec: ArmsQuestionSpec,
  claims: readonly ClaimView[],
): ArmsAnswer {
  const published = catalog.datasets.find((d) => d.slug === spec.published)!;
  // Validation made sure the dataset has a published-vs-recomputed section.
  const section = published.meta.sections!.find((s) => s.type === "published-vs-recomputed")!;
  const transfers = catalog.datasets.find((d) => d.slug === section.transfers)!;
  const comparison = compareArms(published, transfers, catalog, {
    columns: section.columns,
    headlineFlows: [{ country: spec.country, role: spec.role, partner: spec.partner }],
  });
  const flow =
    spec.role === "imports"
      ? `${spec.partner} → ${spec.country}`
      : `${spec.country} → ${spec.partner}`;
  const measure = `% of ${spec.country}'s arms ${spec.role}`;
  const rows = comparison.rows.filter(
    (r: ComparisonRow) => r.flow === flow && r.measure === measure,
  );
  const windows: WindowAnswer[] = rows.map((r) => ({
    window: r.window,
    from: r.from,
    to: r.to,
    published: r.published.flatMap((p) =>
      p.share !== undefined ? [{ rowId: p.rowId, share: p.share, sourceIds: p.sourceIds }] : [],
    ),
    ...(r.recomputed?.share !== undefined
      ? {
          recomputed: {
            share: r.recomputed.share,
            tiv: r.recomputed.tiv,
            total: r.recomputed.total,
          },
        }
      : {}),
    ...(r.recomputedNote ? { recomputedNote: r.recomputedNote } : {}),
  }));
  const vintage = comparison.vintage ? formatPartialDate(comparison.vintage) : undefined;
  const latest = [...windows].reverse().find((w) => w.recomputed);
  const lastPublished = [...windows].reverse().find((w) => w.published.length);
  const headline: string[] = [];
  if (latest)
    headline.push(
      `In ${latest.window}, ${spec.partner} supplied ${pct(latest.recomputed!.share, 1)} of ${spec.country}'s arms imports, recomputed from SIPRI's register${vintage ? ` (data generated ${vintage})` : ""}: ${formatNumber(latest.recomputed!.tiv, 1)} of ${formatNumber(latest.recomputed!.total, 1)} million TIV.`,
    );
  const peak = windows
    .filter((w) => w.recomputed)
    .reduce<WindowAnswer | undefined>(
      (a, w) => (!a || w.recomputed!.share > a.recomputed!.share ? w : a),
      undefined,
    );
  if (peak && peak !== latest)
    headline.push(
      `The highest recomputed share is ${pct(peak.recomputed!.share, 1)}, for ${peak.window}.`,
    );
  if (lastPublished)
    headline.push(
      `The latest share SIPRI published for this flow, as found: ${windowText(lastPublished)}.`,
    );
  const claimAnswers = spec.claims
    .map((id) => claims.find((c) => c.id === id))
    .filter((c): c is ClaimView => c !== undefined)
    .map((c) => ({
      id: c.id,
      quote: c.quote,
      verdict: c.verdict,
      stated: c.stated,
      comparison: claimComparison(c, windows),
    }));
  return {
    spec,
    ...(vintage ? { vintage } : {}),
    windows,
    headline,
    claims: claimAnswers,
  };
}

/** The claim against the window it names, or, when it names no SIPRI window, those it overlaps. */
function claimComparison(c: ClaimView, windows: WindowAnswer[]): string {
  if (!c.statedStart) return "States no period: set against no window.";
  const from = Number(c.statedStart.slice(0, 4));
  const to = Number((c.statedEnd ?? c.statedStart).slice(0, 4));
  const exact = windows.find((w) => w.from === from && w.to === to);
  if (exact) return `The window it names — ${windowText(exact)}.`;
  const near = windows.filter(
    (w) => w.from <= to && w.to >= from && (w.from === from || w.to === to),
  );
  return near.length
    ? `${from}–${to} is not one of SIPRI's five-year windows. ${near.map(windowText).join(". ")}.`
    : `${from}–${to} is not one of SIPRI's five-year windows, and none in the data starts or ends with it.`;
}
