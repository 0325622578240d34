/**
 * The claims ledger: each checked claim as plain data for /claims and for the disagreement
 * views, read through the ledger's declared roles (quote, stated value and period, verdict).
 */
import type { Catalog } from "../data/catalog";
import { formatPartialDate, rowValue } from "../data/format";
import { textCell } from "../data/roles";
import { figureHref } from "../data/row-ids";
import { rowSummary } from "../data/row-summary";
import { EVIDENCE_REF, type DataRow, type Source } from "../data/schema";
import { claimComparison, parseCompare, type ClaimComparison, type CompareRef } from "./compare";
import type { Verdict } from "./verdicts";
import { quantityOf } from "../evidence/quantities";
import { once } from "../data/memo";

export interface EvidenceItem {
  href: string;
  /** For a row: its value; for a source: its title. */
  label: string;
  detail: string;
  /**
   * A row measuring what the claim states (the rows it is compared with, of its stated whole):
   * the rest is context, another quantity or whole, never compared with it one to one.
   */
  same?: boolean;
  /** What a row measures: its denominator or measure. */
  quantity?: string;
}

/** A claim on a question's common basis, filled in by the question pages' layer. */
export interface ClaimOnBasis {
  slug: string;
  question: string;
  /** How the claim reads on the basis, or why it is not on it. */
  comparison: string;
  /** The claim and the year's figures in thousand b/d, when the claim converts. */
  strip?: {
    year: number;
    claim: { value: number; text: string };
    figures: { value: number; text: string; href: string }[];
  };
}

/** A claim ready to render: everything the /claims page shows, as plain data. */
export interface ClaimView {
  id: string;
  quote: string;
  topic: string;
  verdict: Verdict;
  explanation: string;
  /** The figure it states, with its unit and denominator ("up to 40% of Israel's oil imports"). */
  stated: string;
  /** The stated number, for charts; absent when the claim states none. */
  statedValue?: number;
  statedUnit?: string;
  /** Its hedge ("up to", "over"), when it states one. */
  statedQualifier?: string;
  statedPeriod: string;
  /** The stated period's dates, when the claim gives them. */
  statedStart?: string;
  statedEnd?: string;
  source: { id: string; publisher: string; title: string; kind: Source["kind"]; url?: string };
  /** The rows of the same quantity the claim is compared with (dataset and filters). */
  compare?: CompareRef;
  /** The independent estimates of the same quantity (and denominator) the claim sits among. */
  comparison?: ClaimComparison;
  /** The claim on the common basis of each question that asks it (added by the pages layer). */
  onBasis?: ClaimOnBasis[];
  /** What the claimed share is a share of, as the compared dataset names it. */
  statedDenominator?: string;
  /** Publication date (ISO, as precise as known) and how to show it. */
  date: string;
  dateText: string;
  evidence: EvidenceItem[];
}

export function claimViews(catalog: Catalog): ClaimView[] {
  return once(catalog, "claim-views", () => buildClaimViews(catalog));
}

function buildClaimViews(catalog: Catalog): ClaimView[] {
  const ledger = catalog.claims;
  if (!ledger) return [];
  const { roles } = ledger;
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const datasets = new Map(catalog.datasets.map((d) => [d.slug, d]));
  const rowsById = new Map(
    catalog.datasets.map(
      (d) => [d.slug, new Map(d.rows.map((r) => [String(r[d.roles.id]), r]))] as const,
    ),
  );
  const evidenceOf = (
    row: DataRow,
    compare: CompareRef | undefined,
    denominator: string | undefined,
  ) =>
    ((roles.evidence ? (row[roles.evidence] as string[] | undefined) : undefined) ?? []).map(
      (ref): EvidenceItem => {
        const [, slug, rowId, sourceId] = EVIDENCE_REF.exec(ref)!;
        if (sourceId) {
          const s = sources.get(sourceId)!;
          return {
            href: `/sources#${s.id}`,
            label: s.title,
            detail: `${s.publisher}${s.published ? `, ${formatPartialDate(s.published)}` : ""}`,
          };
        }
        const dataset = datasets.get(slug!)!;
        const target = rowsById.get(slug!)!.get(rowId!)!;
        const sum = rowSummary(dataset, target, sources);
        const quantity = quantityOf(dataset.roles, target);
        const same =
          compare !== undefined &&
          compare.slug === slug &&
          compare.filters.every(([k, v]) => String(target[k] ?? "") === v) &&
          (denominator === undefined ||
            textCell(target, dataset.roles.denominator) === denominator);
        return {
          href: figureHref(slug!, rowId!),
          label: sum.value || sum.what,
          detail: [sum.what, sum.period, sum.who].filter(Boolean).join(" · "),
          same,
          ...(quantity ? { quantity } : {}),
        };
      },
    );
  return ledger.rows.map((row) => {
    const source = sources.get((row[roles.sources] as string[])[0]!)!;
    const shown = roles.value ? rowValue(roles.value, row) : undefined;
    const start = textCell(row, roles.period?.start);
    const end = textCell(row, roles.period?.end);
    const ref = parseCompare(textCell(row, roles.compare) ?? "");
    const denominator = textCell(row, roles.statedDenominator);
    const comparison = ref ? claimComparison(catalog, ref, denominator) : undefined;
    return {
      id: String(row[roles.id]),
      quote: textCell(row, roles.quote) ?? "",
      topic: textCell(row, roles.topic) ?? "",
      verdict: textCell(row, roles.verdict) as Verdict,
      explanation: textCell(row, roles.explanation) ?? "",
      stated: shown?.fullText ?? "",
      ...(shown ? { statedValue: shown.value } : {}),
      ...(shown?.unit ? { statedUnit: shown.unit } : {}),
      ...(shown?.qualifier ? { statedQualifier: shown.qualifier } : {}),
      statedPeriod: textCell(row, roles.period?.label) ?? "",
      ...(start ? { statedStart: start } : {}),
      ...(end && end !== start ? { statedEnd: end } : {}),
      source: {
        id: source.id,
        publisher: source.publisher,
        title: source.title,
        kind: source.kind,
        ...(source.url ? { url: source.url } : {}),
      },
      date: source.published ?? "",
      dateText: source.published ? formatPartialDate(source.published) : "undated",
      evidence: evidenceOf(row, ref, denominator),
      ...(ref ? { compare: ref } : {}),
      ...(comparison ? { comparison } : {}),
      ...(denominator ? { statedDenominator: denominator } : {}),
    };
  });
}
