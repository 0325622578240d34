/**
 * The answer, computed, per year: for every year the data hold an official (customs) or tracker
 * figure on the common basis, the official figure and its share of consumption, the independent
 * estimates on the same basis (count and range), and the claims about that year with their
 * verdicts and how far each is from the official figure — as data, plus one or two sentences
 * generated from it. No sentence here is typed per year: all of it comes from the rows.
 */
import type { ClaimView } from "../claims/claims-view";
import type { Verdict } from "../claims/verdicts";
import { formatNumber } from "../data/format";
import { computedText, type BasisRow, type Computed, type OilBasis } from "./oil-basis";

/** A claim set against one year's figures on the common basis. */
export interface ClaimOnYear {
  id: string;
  quote: string;
  verdict: Verdict;
  stated: string;
  /** "said in 2025; no period stated", or the period it states. */
  when: string;
  /** The claim on the common basis, when it converts. */
  kbd?: Computed;
  /** How it compares with the year's official figure, or why it is not on this basis. */
  comparison: string;
}

export interface YearAnswer {
  year: number;
  /** Official records whose period lies in this year (independent, converted), longest first. */
  official: BasisRow[];
  /** Other independent estimates of the subject on the common basis touching this year. */
  estimates: BasisRow[];
  /** Estimates of groups that include the subject (a crude grade, two suppliers together). */
  groups: BasisRow[];
  /** Estimates of the subject for this year that are shares of other wholes: not converted. */
  unconverted: BasisRow[];
  claims: ClaimOnYear[];
  sentences: string[];
}

export interface OilAnswer {
  years: YearAnswer[];
  /** The year the page opens with: the latest with an official figure and consumption. */
  lead?: YearAnswer;
  /** The page's opening sentences. */
  headline: string[];
  /** Claims that name no year and whose article is undated, so no year's figures meet them. */
  undatedClaims: ClaimOnYear[];
}

const kbd = (c: Pick<Computed, "value" | "high" | "qualifier">) => computedText(c, "kbd");
const pct = (c: Computed) => computedText(c, "pct");

/** The independent rows on the common basis (repeats are listed but not counted). */
function independent(rows: BasisRow[]): BasisRow[] {
  return rows.filter((r) => r.repeats === undefined);
}

function touches(r: BasisRow, year: number): boolean {
  return r.years.includes(year);
}

/** Only within the year: a customs figure for January–November 2023 is a 2023 figure. */
function within(r: BasisRow, year: number): boolean {
  return r.years.length === 1 && r.years[0] === year;
}

function days(r: BasisRow): number {
  return r.from && r.to ? (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 + 1 : 0;
}

function listText(rows: BasisRow[]): string {
  return rows.map((r) => `${kbd(r.kbd!)} (${r.estimator ?? r.source}, ${r.period})`).join("; ");
}

/** The years a claim is about: those it states, or the year its article appeared. */
function claimYears(c: ClaimView): { years: number[]; when: string } {
  if (c.statedStart) {
    const from = Number(c.statedStart.slice(0, 4));
    const to = Number((c.statedEnd ?? c.statedStart).slice(0, 4));
    return {
      years: Array.from({ length: to - from + 1 }, (_, i) => from + i),
      when: `for ${c.statedPeriod || `${from}–${to}`}, as stated`,
    };
  }
  if (c.date) {
    const y = Number(c.date.slice(0, 4));
    return { years: [y], when: `said in ${y}; no period stated` };
  }
  return { years: [], when: "undated article; no period stated" };
}

function claimOnYear(
  basis: OilBasis,
  c: ClaimView,
  year: number | undefined,
  official: BasisRow | undefined,
  measured: BasisRow[],
  when: string,
): ClaimOnYear {
  const { spec } = basis;
  const base = {
    id: c.id,
    quote: c.quote,
    verdict: c.verdict,
    stated: c.stated,
    when,
  };
  const supplier = c.compare?.filters.find(([k]) => k === spec.estimates.supplier)?.[1];
  const value = c.statedValue;
  if (value === undefined || !c.statedUnit?.startsWith("%"))
    return { ...base, comparison: "States no share, so it is not put on the common basis." };
  const whole = c.statedDenominator;
  if (!whole || !spec.estimates.consumption.includes(whole))
    return {
      ...base,
      comparison: `Not on the common basis: a share of ${whole ?? "an unstated whole"}, and the data hold no total of that whole to convert it with.`,
    };
  if (year === undefined)
    return { ...base, comparison: "Not on the common basis: no year to take consumption for." };
  const consumption = basis.consumption.get(year);
  if (!consumption)
    return {
      ...base,
      comparison: `Not on the common basis: no published consumption for ${year} in the data.`,
    };
  const converted: Computed = {
    value: (value / 100) * consumption.kbd,
    ...(c.statedQualifier ? { qualifier: c.statedQualifier } : {}),
    formula: `${formatNumber(value)}% × ${spec.country}'s oil consumption, ${consumption.input.text} (${consumption.input.vintage})`,
    inputs: [consumption.input],
  };
  const who = supplier && supplier !== spec.subject ? ` (${supplier}, a group)` : "";
  const times = (r: BasisRow) => formatNumber(converted.value / r.kbd!.value, 1);
  const others = measured.length
    ? `; measured that year: ${measured.map((r) => `${r.series} ${kbd(r.kbd!)} (${r.estimator ?? r.source}), ${times(r)} times`).join("; ")}`
    : "";
  const against =
    official && (!supplier || supplier === spec.subject)
      ? `, ${times(official)} times the customs figure (${kbd(official.kbd!)})`
      : official
        ? `; the customs figure is for ${spec.subject} alone (${kbd(official.kbd!)})${others}`
        : `; no customs figure for ${year}${others}`;
  return {
    ...base,
    kbd: converted,
    comparison: `On the common basis${who}: ${kbd(converted)} in ${year}${against}.`,
  };
}

/** The answer for every year with an official or tracker figure on the common basis. */
export function oilAnswer(basis: OilBasis, claims: readonly ClaimView[]): OilAnswer {
  const { spec } = basis;
  const converted = independent(basis.rows).filter((r) => r.kbd);
  const years = [...new Set(converted.flatMap((r) => r.years))].sort((a, b) => a - b);
  const asked = spec.claims
    .map((id) => claims.find((c) => c.id === id))
    .filter((c): c is ClaimView => c !== undefined);
  const placed = asked.map((c) => ({ claim: c, ...claimYears(c) }));
  const answers = years.map((year): YearAnswer => {
    const subject = converted.filter((r) => !r.group && touches(r, year));
    const official = subject
      .filter((r) => r.official && within(r, year))
      .sort((a, b) => days(b) - days(a));
    const reference = official[0];
    const estimates = subject.filter((r) => !official.includes(r) && !r.official);
    const groups = converted.filter((r) => r.group && touches(r, year));
    const unconverted = independent(basis.rows).filter(
      (r) => !r.group && !r.kbd && touches(r, year) && r.stated.unit?.startsWith("%"),
    );
    const onYear = placed
      .filter((p) => p.years.includes(year))
      .map((p) => claimOnYear(basis, p.claim, year, reference, [...estimates, ...groups], p.when));
    return {
      year,
      official,
      estimates,
      groups,
      unconverted,
      claims: onYear,
      sentences: yearSentences(basis, year, official, estimates, groups),
    };
  });
  const lead = [...answers].reverse().find((a) => a.official.some((r) => r.share));
  const undatedClaims = placed
    .filter((p) => p.years.length === 0 || !p.years.some((y) => years.includes(y)))
    .map((p) => claimOnYear(basis, p.claim, p.years[0], undefined, [], p.when));
  return {
    years: answers,
    ...(lead ? { lead } : {}),
    headline: headline(basis, answers, lead, asked),
    undatedClaims,
  };
}

function yearSentences(
  basis: OilBasis,
  year: number,
  official: BasisRow[],
  estimates: BasisRow[],
  groups: BasisRow[],
): string[] {
  const { spec } = basis;
  const out: string[] = [];
  const ref = official[0];
  out.push(
    ref
      ? `${spec.subject}'s customs recorded ${ref.stated.fullText} for ${ref.period}: ${kbd(ref.kbd!)}${ref.share ? `, ${pct(ref.share)} of ${spec.country}'s oil consumption in ${year}` : `; ${ref.shareReason}`}.`
      : `No customs figure for ${year} in the data.`,
  );
  const n = estimates.length;
  const range = (rows: BasisRow[]) => {
    const lo = Math.min(...rows.map((r) => r.kbd!.value));
    const hi = Math.max(...rows.map((r) => r.kbd!.high ?? r.kbd!.value));
    return lo === hi ? kbd({ value: lo }) : `${formatNumber(lo, 1)}–${kbd({ value: hi })}`;
  };
  const parts = [
    n
      ? `${n}${ref ? " other" : ""} independent ${n === 1 ? "estimate" : "estimates"} of ${spec.subject} alone on the same basis: ${range(estimates)}`
      : `no${ref ? " other" : ""} estimate of ${spec.subject} alone on this basis`,
    ...(groups.length
      ? [`${groups.length} for groups that include ${spec.subject}: ${range(groups)}`]
      : []),
  ];
  out.push(`${parts.join("; ")}.`.replace(/^./, (c) => c.toUpperCase()));
  return out;
}

function headline(
  basis: OilBasis,
  years: YearAnswer[],
  lead: YearAnswer | undefined,
  claims: ClaimView[],
): string[] {
  const { spec } = basis;
  const out: string[] = [];
  const ref = lead?.official[0];
  if (lead && ref?.share) {
    out.push(
      `In ${lead.year}, ${spec.subject}'s customs recorded oil exports to ${spec.country} of ${ref.stated.fullText} for ${ref.period}: about ${kbd(ref.kbd!)}, ${pct(ref.share)} of ${spec.country}'s oil consumption that year.`,
    );
    // The claimed shares, as the volumes they would take against that year's consumption.
    const consumption = basis.consumption.get(lead.year)!;
    const claimed = [
      ...new Set(
        claims
          .filter(
            (c) =>
              c.statedValue !== undefined &&
              c.statedUnit?.startsWith("%") &&
              (c.compare?.filters.find(([k]) => k === spec.estimates.supplier)?.[1] ??
                spec.subject) === spec.subject,
          )
          .map((c) => c.statedValue!),
      ),
    ].sort((a, b) => a - b);
    if (claimed.length)
      out.push(
        `As shares of ${spec.country}'s oil consumption in ${lead.year}, the shares claimed for ${spec.subject} (${claimed.map((v) => `${formatNumber(v)}%`).join(", ")}) would be ${claimed.map((v) => formatNumber((v / 100) * consumption.kbd, 1)).join(", ")} thousand b/d: ${claimed.map((v) => formatNumber(((v / 100) * consumption.kbd) / ref.kbd!.value, 1)).join(", ")} times the customs figure. Most claims name other wholes (oil imports, "oil"), which the data cannot convert: each claim below says which.`,
      );
  }
  const latest = years[years.length - 1];
  if (latest && latest !== lead) {
    const figures = [...latest.official, ...latest.estimates];
    out.push(
      figures.length
        ? `The latest year with a figure on this basis is ${latest.year}: ${listText(figures)}${figures.every((r) => !r.share) ? `; ${spec.country}'s consumption for ${latest.year} is not yet published in the data` : ""}.`
        : `The latest year with a figure on this basis is ${latest.year}, for groups only.`,
    );
  }
  return out;
}
