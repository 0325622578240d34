import type { ChartData } from "@/lib/chart-data";
import { BarsChart } from "./bars-chart";
import { EstimatesChart } from "./estimates-chart";
import { StackedChart } from "./stacked-chart";

/**
 * A chart as a figure: title and subtitle, the chart, a generated text summary (the text
 * alternative) and the source line, the way OWID and Datawrapper frame theirs.
 */
export function ChartFigure({ chart, sourceLine }: { chart: ChartData; sourceLine: string }) {
  const empty =
    chart.type === "estimates"
      ? chart.points.length === 0
      : chart.type === "bars"
        ? chart.bars.length === 0
        : chart.rows.length === 0;

  return (
    <figure
      className="chart-figure"
      id={`chart-${chart.id}`}
      aria-labelledby={`chart-${chart.id}-title`}
    >
      <figcaption>
        <h3 id={`chart-${chart.id}-title`}>{chart.title}</h3>
        {chart.subtitle ? <p className="chart-subtitle">{chart.subtitle}</p> : null}
      </figcaption>
      {empty ? (
        <p className="empty">No rows to chart.</p>
      ) : (
        <>
          <p className="axis-label" aria-hidden="true">
            {chart.yLabel}
          </p>
          <div className="chart-box" data-chart-type={chart.type}>
            {chart.type === "estimates" ? (
              <EstimatesChart data={chart} />
            ) : chart.type === "bars" ? (
              <BarsChart data={chart} />
            ) : (
              <StackedChart data={chart} />
            )}
          </div>
        </>
      )}
      <p className="chart-summary">
        <span className="visually-hidden">Chart summary: </span>
        {chart.summary}
      </p>
      <p className="chart-source">{sourceLine}</p>
    </figure>
  );
}
