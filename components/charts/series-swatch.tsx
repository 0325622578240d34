import { markerPath, squarePath } from "@/lib/charts/markers";
import { seriesColor, seriesShape, type SeriesStyle } from "@/lib/charts/palette";

/** The mark a series has in a chart, for legends: the same colour and, for estimates, the same shape. */
export function SeriesSwatch({
  style,
  marker = true,
  color,
}: {
  style: SeriesStyle;
  marker?: boolean;
  color?: string;
}) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend-swatch">
      <path
        d={marker ? markerPath(seriesShape(style.shape), 7, 7) : squarePath(7, 7)}
        fill={color ?? seriesColor(style.color)}
      />
    </svg>
  );
}
