import type { EstimateMark as Mark } from "@/lib/charts/estimates/model";
import { markerPath } from "@/lib/charts/markers";
import { seriesColor } from "@/lib/charts/palette";

/** The words a mark carries for screen readers and tooltips: value, denominator, period, source. */
export function markTitle(mark: Mark): string {
  const p = mark.point;
  const reports = p.reports
    ? ` Reported by ${p.reports.length} outlets: ${p.reports.map((r) => r.source).join("; ")}.`
    : "";
  return `${p.series}: ${p.valueText}, ${p.period}. Source: ${p.source}.${reports}`;
}

/**
 * One estimate as its period is stated: a line over a span, a point for an as-of date, an arrow
 * for "since" and year to date (dashed, of no length, when the source gives no end), a hollow
 * marker for an undated figure; a vertical line up to the high end of a stated range. A mark
 * leads to its figure's page (or its claim); out of the tab order, as the table's ¶ links and
 * the folded reports lead to the same pages from the keyboard.
 */
export function EstimateMark({ mark, compact = false }: { mark: Mark; compact?: boolean }) {
  const color = seriesColor(mark.color);
  const width = compact ? 1.5 : 2;
  const { cx, cy, x0, x1 } = mark;
  const drawn = (
    <>
      {x1 > x0 ? (
        <line
          x1={x0}
          x2={x1}
          y1={cy}
          y2={cy}
          stroke={color}
          strokeWidth={width}
          strokeDasharray={mark.open ? "3 2" : undefined}
        />
      ) : null}
      {mark.arrow && !compact ? <path d={`M${x1},${cy}l-6,-4v8Z`} fill={color} /> : null}
      {mark.yHigh !== undefined ? (
        <line x1={cx} x2={cx} y1={cy} y2={mark.yHigh} stroke={color} strokeWidth={width} />
      ) : null}
      {compact ? (
        <circle cx={cx} cy={cy} r={2.5} fill={mark.hollow ? "none" : color} stroke={color} />
      ) : (
        <path
          d={markerPath(mark.shape, cx, cy)}
          fill={mark.hollow ? "var(--bg)" : color}
          stroke={mark.hollow ? color : "var(--bg)"}
          strokeWidth={mark.hollow ? 2 : 1}
        />
      )}
    </>
  );
  return mark.point.href && !compact ? (
    <a href={mark.point.href} tabIndex={-1} className="mark-link" aria-label={markTitle(mark)}>
      {drawn}
    </a>
  ) : (
    drawn
  );
}
