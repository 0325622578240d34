import { markerPath, squarePath } from "@/lib/charts/markers";
import { seriesColor, seriesShape } from "@/lib/charts/palette";

/** The marker a series has in a chart, for legends: the same colour and the same shape. */
export function SeriesSwatch({
  index,
  shape = true,
  color,
}: {
  index: number;
  shape?: boolean;
  color?: string;
}) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend-swatch">
      <path
        d={shape ? markerPath(seriesShape(index), 7, 7) : squarePath(7, 7)}
        fill={color ?? seriesColor(index)}
      />
    </svg>
  );
}
