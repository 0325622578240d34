import { LABEL_GAP, type BandsLayout } from "@/lib/charts/bars/model";
import { TICK_TEXT } from "./value-axis";

/** The category labels under a bar chart, thinned to those that fit, turned and cut when long. */
export function CategoryLabels({ layout }: { layout: BandsLayout }) {
  const y = layout.baseline + LABEL_GAP;
  return (
    <g>
      {layout.labels.map((l) => (
        <text
          key={l.index}
          x={l.x}
          y={y}
          textAnchor={layout.rotateLabels ? "end" : "middle"}
          transform={layout.rotateLabels ? `rotate(-30 ${l.x} ${y})` : undefined}
          {...TICK_TEXT}
        >
          {l.text !== l.full ? <title>{l.full}</title> : null}
          {l.text}
        </text>
      ))}
    </g>
  );
}
