import type { EstimatesLayout } from "@/lib/charts/estimates/model";
import { EstimateMark, markTitle } from "./estimate-mark";

/**
 * Every estimate as placed by its layout. Each mark carries its row id and a <title> naming
 * value, denominator, period, source and the outlets that reported it; `compact` drops those for
 * the overview's miniature.
 */
export function EstimatesMarks({
  layout,
  compact = false,
}: {
  layout: EstimatesLayout;
  compact?: boolean;
}) {
  return layout.marks.map((m) =>
    compact ? (
      <g key={`${m.point.series}|${m.point.rowId}`}>
        <EstimateMark mark={m} compact />
      </g>
    ) : (
      <g
        key={`${m.point.series}|${m.point.rowId}`}
        data-row-id={m.point.rowId}
        data-series={m.point.series}
        data-period-kind={m.point.periodKind ?? "span"}
        data-reports={m.point.reports?.length ?? 1}
      >
        <title>{markTitle(m)}</title>
        <EstimateMark mark={m} />
      </g>
    ),
  );
}
