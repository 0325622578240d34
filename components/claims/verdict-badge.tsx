import { VERDICTS, verdictTone, type Verdict } from "@/lib/claims/verdicts";

/** A verdict as a coloured label; its meaning is in the title and in the legend on /claims. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict verdict-${verdictTone(verdict)}`} title={VERDICTS[verdict]}>
      {verdict}
    </span>
  );
}
