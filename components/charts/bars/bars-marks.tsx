import type { BarsLayout } from "@/lib/charts/bars/model";
import { seriesColor } from "@/lib/charts/palette";

/** One bar per row, as placed by its layout, each with its row id and value as stated. */
export function BarsMarks({ layout, compact = false }: { layout: BarsLayout; compact?: boolean }) {
  return layout.marks.map((m) => (
    <rect
      key={m.bar.rowId}
      {...(compact ? {} : { "data-row-id": m.bar.rowId })}
      x={m.x}
      width={m.width}
      y={m.y}
      height={m.height}
      fill={seriesColor(0)}
    >
      {compact ? null : (
        <title>{`${m.bar.category}: ${m.bar.valueText}. Source: ${m.bar.source}`}</title>
      )}
    </rect>
  ));
}
