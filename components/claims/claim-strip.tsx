import { formatNumber } from "@/lib/data/format";

const W = 320;
const H = 44;
const PAD = 10;

/** A mark on a claim's strip: a figure of the same quantity, linked to where it comes from. */
export interface StripMark {
  value: number;
  text: string;
  href: string;
}

/**
 * A claim's value on one axis with figures of the same quantity: the independent estimates of
 * the claim's own whole, or — marked "converted" by the caller — the figures on a question's
 * common basis. Marks link to their rows (for pointers; the list beside it is the keyboard and
 * screen-reader way in, with the same information as text).
 */
export function ClaimStrip({
  claimed,
  claimText,
  marks,
}: {
  claimed: number;
  claimText: string;
  marks: readonly StripMark[];
}) {
  const values = [claimed, ...marks.map((e) => e.value)];
  const top = Math.max(...values) * 1.1 || 1;
  const x = (v: number) => PAD + (v / top) * (W - 2 * PAD);
  const axis = H - 12;
  return (
    <svg className="claim-strip" viewBox={`0 0 ${W} ${H}`} width="100%" aria-hidden="true">
      <line x1={PAD} x2={W - PAD} y1={axis} y2={axis} stroke="var(--axis)" />
      <text x={PAD} y={H - 1} fontSize={10} fill="var(--axis)">
        0
      </text>
      <text x={W - PAD} y={H - 1} fontSize={10} fill="var(--axis)" textAnchor="end">
        {formatNumber(Math.round(top))}
      </text>
      {marks.map((e) => (
        <a key={e.href} href={e.href} tabIndex={-1}>
          <title>{e.text}</title>
          <circle cx={x(e.value)} cy={axis - 10} r={5} fill="var(--series-1)" stroke="var(--bg)" />
        </a>
      ))}
      <g>
        <title>{`Claimed: ${claimText}`}</title>
        <path
          d={`M${x(claimed)},${axis - 19}l6,7l-6,7l-6,-7Z`}
          fill="var(--series-2)"
          stroke="var(--bg)"
        />
      </g>
    </svg>
  );
}
