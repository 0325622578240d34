import type { FigureData, LayoutOf } from "@/lib/charts/kinds";
import { viewOf, type DrawingProps } from "./kinds";

/**
 * A figure drawn as plain SVG from its layout, on the server as well as in the browser: it is
 * on the page at once (no script needed, nothing moves when scripts arrive, it prints), and
 * every mark has a <title> naming its value and source. An interactive version, drawn from the
 * same layout's domains and ticks, replaces it when the reader points at or focuses the chart.
 */
export function StaticChart<D extends FigureData>({
  data,
  layout,
}: {
  data: D;
  layout: LayoutOf<D["kind"]>;
}) {
  const { Drawing } = viewOf(data.kind);
  const props = { data, layout } as DrawingProps<never>;
  return <Drawing {...props} />;
}
