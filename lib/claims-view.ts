import type { Catalog } from "./catalog";
import { formatPartialDate, formatValue } from "./format";
import { rowSummary } from "./row-summary";
import { EVIDENCE_REF, type Source } from "./schema";
import type { Verdict } from "./verdicts";

export interface EvidenceItem {
  href: string;
  /** For a row: its value; for a source: its title. */
  label: string;
  detail: string;
}

/** A claim ready to render: everything the /claims table shows, as plain data. */
export interface ClaimView {
  id: string;
  quote: string;
  topic: string;
  verdict: Verdict;
  explanation: string;
  stated: string;
  statedPeriod: string;
  source: { id: string; publisher: string; title: string; kind: Source["kind"]; url?: string };
  /** Publication date (ISO, as precise as known) and how to show it. */
  date: string;
  dateText: string;
  evidence: EvidenceItem[];
}

export function claimViews(catalog: Catalog): ClaimView[] {
  const ledger = catalog.claims;
  if (!ledger) return [];
  const sources = new Map(catalog.sources.map((s) => [s.id, s]));
  const datasets = new Map(catalog.datasets.map((d) => [d.slug, d]));
  const rowsById = new Map(
    catalog.datasets.map((d) => {
      const idKey = d.meta.columns.find((c) => c.type === "id")!.key;
      return [d.slug, new Map(d.rows.map((r) => [String(r[idKey]), r]))] as const;
    }),
  );
  return ledger.rows.map((row) => {
    const source = sources.get((row.source_id as string[])[0]!)!;
    const evidence = ((row.evidence as string[] | undefined) ?? []).map((ref): EvidenceItem => {
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
      const sum = rowSummary(dataset, rowsById.get(slug!)!.get(rowId!)!, sources);
      return {
        href: `/datasets/${slug}#row-${rowId}`,
        label: sum.value || sum.what,
        detail: [sum.what, sum.period, sum.who].filter(Boolean).join(" · "),
      };
    });
    const value = typeof row.stated_value === "number" ? row.stated_value : undefined;
    return {
      id: String(row.id),
      quote: String(row.quote),
      topic: String(row.topic),
      verdict: row.verdict as Verdict,
      explanation: String(row.explanation),
      stated:
        value === undefined
          ? ""
          : `${formatValue(value, { unit: row.stated_unit as string | undefined, qualifier: row.stated_qualifier as string | undefined })}${
              typeof row.stated_unit === "string" && row.stated_unit.startsWith("%")
                ? ` ${row.stated_unit.replace(/^%\s*/, "")}`
                : ""
            }`,
      statedPeriod: typeof row.stated_period === "string" ? row.stated_period : "",
      source: {
        id: source.id,
        publisher: source.publisher,
        title: source.title,
        kind: source.kind,
        ...(source.url ? { url: source.url } : {}),
      },
      date: source.published ?? "",
      dateText: source.published ? formatPartialDate(source.published) : "undated",
      evidence,
    };
  });
}
