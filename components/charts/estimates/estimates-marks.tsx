import type { EstimatesLayout } from "@/lib/charts/estimates/model";
import { markerPath } from "@/lib/charts/markers";
import { seriesColor } from "@/lib/charts/palette";

/**
 * Every estimate as placed by its layout: a marker (its series' colour and shape), a line over
 * its period and a line up to the high end of a stated range. Each mark carries its row id and
 * a <title> naming value, period and source; `compact` drops those for the overview's miniature.
 */
export function EstimatesMarks({
  layout,
  compact = false,
}: {
  layout: EstimatesLayout;
  compact?: boolean;
}) {
  return layout.marks.map((m) => {
    const p = m.point;
    const color = seriesColor(m.seriesIndex);
    const width = compact ? 1.5 : 2;
    return (
      <g
        key={`${p.series}|${p.rowId}`}
        {...(compact ? {} : { "data-row-id": p.rowId, "data-series": p.series })}
      >
        {compact ? null : (
          <title>{`${p.series}: ${p.valueText}, ${p.period}. Source: ${p.source}`}</title>
        )}
        {m.x1 > m.x0 ? (
          <line x1={m.x0} x2={m.x1} y1={m.cy} y2={m.cy} stroke={color} strokeWidth={width} />
        ) : null}
        {m.yHigh !== undefined ? (
          <line x1={m.cx} x2={m.cx} y1={m.cy} y2={m.yHigh} stroke={color} strokeWidth={width} />
        ) : null}
        {compact ? (
          <circle cx={m.cx} cy={m.cy} r={2.5} fill={color} />
        ) : (
          <path
            d={markerPath(m.shape, m.cx, m.cy)}
            fill={color}
            stroke="var(--bg)"
            strokeWidth={1}
          />
        )}
      </g>
    );
  });
}
