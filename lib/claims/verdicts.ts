/**
 * The fixed vocabulary of verdicts in the claims ledger, from best to worst supported, each with
 * the sentence the /claims page shows to explain it.
 */
export const VERDICTS = {
  supported: "The evidence gives this figure for this measure and period.",
  "broadly supported":
    'The evidence supports the figure, but the claim\'s wording or measure differs (e.g. "oil needs" for crude imports, "over" for "nearly").',
  "one of several estimates":
    "The figure matches or sits among published estimates that differ from each other; the claim presents one of them as the fact.",
  "period-dependent": "True for some periods and not for others; the claim does not say which.",
  "right figure, wrong period":
    "The figure exists, but for a different period than the claim gives.",
  "half supported": "One part of the claim is supported, another is not.",
  "not supported": "The evidence contradicts the claim.",
  "not found":
    "Searched for and absent: none of the sources collected for this site shows what the claim asserts.",
  unverified:
    "No evidence either way: none of the sources collected for this site could confirm or refute it.",
} as const;

export type Verdict = keyof typeof VERDICTS;

export const VERDICT_ORDER = Object.keys(VERDICTS) as Verdict[];

export function isVerdict(s: string): s is Verdict {
  return Object.hasOwn(VERDICTS, s);
}

/** Badge tone: how far the claim is from the evidence. */
export function verdictTone(v: Verdict): "good" | "mixed" | "bad" | "none" {
  if (v === "supported" || v === "broadly supported") return "good";
  if (v === "not supported") return "bad";
  if (v === "not found" || v === "unverified") return "none";
  return "mixed";
}
