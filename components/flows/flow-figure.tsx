import type { DrawnFlowFigure } from "@/lib/pages/flows-page";
import { CorridorFigure } from "./corridor-figure";
import { OilLinkFigure } from "./oil-link-figure";
import { SankeyFigure } from "./sankey-figure";

/** One flow figure of data/figures.json, drawn by its kind: on /flows or framed alone. */
export function FlowFigure({
  figure,
  embedded = false,
}: {
  figure: DrawnFlowFigure;
  embedded?: boolean;
}) {
  switch (figure.kind) {
    case "corridor":
      return (
        <CorridorFigure
          data={figure.map}
          layers={figure.layers}
          headingLevel={embedded ? 1 : 2}
          embedded={embedded}
        />
      );
    case "oil-estimates":
      return <OilLinkFigure data={figure} embedded={embedded} />;
    case "sankey":
      return <SankeyFigure data={figure.sankey} embedded={embedded} />;
  }
}
