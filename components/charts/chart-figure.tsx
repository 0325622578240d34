import { isEmptyFigure, type ChartData } from "@/lib/charts/kinds";
import { ChartFrame } from "./chart-frame";
import { viewOf } from "./kinds";

interface Props {
  chart: ChartData;
  slug: string;
  sourceLine: string;
  notes?: string[];
  embedPath?: string;
  /** 1 when the figure is the whole page (an embed). */
  headingLevel?: 1 | 3;
}

/**
 * A chart as a figure: title and subtitle, the chart with its legend and export, a generated
 * text summary (the text alternative) and the source line, as OWID and Datawrapper frame theirs.
 */
export function ChartFigure({
  chart,
  slug,
  sourceLine,
  notes = [],
  embedPath,
  headingLevel = 3,
}: Props) {
  const Heading = headingLevel === 1 ? "h1" : "h3";
  return (
    <figure
      className="chart-figure"
      id={`chart-${chart.id}`}
      aria-labelledby={`chart-${chart.id}-title`}
    >
      <figcaption>
        <Heading id={`chart-${chart.id}-title`}>{chart.title}</Heading>
        {chart.subtitle ? <p className="chart-subtitle">{chart.subtitle}</p> : null}
      </figcaption>
      {isEmptyFigure(chart) ? (
        <p className="empty">No rows to chart.</p>
      ) : (
        <ChartFrame
          chart={chart}
          slug={slug}
          sourceLine={sourceLine}
          notes={notes}
          embedPath={embedPath}
        />
      )}
      <p className="chart-summary">
        <span className="visually-hidden">Chart summary: </span>
        {chart.summary}
      </p>
      <KindNotes chart={chart} />
      <p className="chart-source">{sourceLine}</p>
    </figure>
  );
}

/** What the chart's kind adds under it (the estimates' folded reports). */
function KindNotes({ chart }: { chart: ChartData }) {
  const { Notes } = viewOf(chart.kind);
  const props = { data: chart } as { data: never };
  return Notes ? <Notes {...props} /> : null;
}
