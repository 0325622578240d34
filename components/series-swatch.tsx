import { seriesColor, seriesShape } from "@/lib/palette";

const SHAPES: Record<ReturnType<typeof seriesShape>, string> = {
  circle: "M7 1a6 6 0 1 0 0.001 0Z",
  square: "M2 2h10v10H2Z",
  triangle: "M7 1l6 11H1Z",
  diamond: "M7 0.5l6.5 6.5L7 13.5 0.5 7Z",
  cross: "M5 1h4v4h4v4H9v4H5V9H1V5h4Z",
  star: "M7 0.5l1.9 4.3 4.6.4-3.5 3 1.1 4.6L7 10.4l-4.1 2.4 1.1-4.6-3.5-3 4.6-.4Z",
  wye: "M5.3 1h3.4v4.5l3.9-2.2 1.7 2.9-3.9 2.3 3.9 2.2-1.7 3-3.9-2.3V13H5.3v-1.6L1.4 13.7-.3 10.8l3.9-2.2L-.3 6.2l1.7-2.9 3.9 2.2Z",
};

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
        d={shape ? SHAPES[seriesShape(index)] : SHAPES.square}
        fill={color ?? seriesColor(index)}
      />
    </svg>
  );
}
