import { SANKEY_BOX, type SankeyData } from "@/lib/charts/sankey/model";
import { StaticChart } from "@/components/charts/static-chart";
import { layoutFigure } from "@/lib/charts/kinds";
import { FlowFigureTools } from "./flow-figure-tools";
import { embedFlowPath } from "@/lib/pages/embed";

/** A Sankey with the anatomy of every chart: title, subtitle, figure, summary, source line. */
export function SankeyFigure({ data, embedded = false }: { data: SankeyData; embedded?: boolean }) {
  const notes = [data.orderNote, ...data.notes];
  // Embedded, the figure is the whole page and its title the page's heading.
  const Heading = embedded ? "h1" : "h3";
  return (
    <figure
      className="chart-figure flow-figure"
      id={`flow-${data.id}`}
      aria-labelledby={`flow-${data.id}-title`}
    >
      <figcaption>
        <Heading id={`flow-${data.id}-title`}>{data.title}</Heading>
        <p className="chart-subtitle">{data.subtitle}</p>
      </figcaption>
      {data.empty ? (
        <p className="empty">{data.empty}</p>
      ) : (
        <>
          <FlowFigureTools
            fileName={`flows-${data.id}-${data.period}`}
            title={data.title}
            subtitle={data.subtitle}
            source={data.sourceLine}
            notes={notes}
            embedPath={embedded ? undefined : embedFlowPath(data.id)}
          />
          <div className="flow-box">
            <StaticChart data={data} layout={layoutFigure(data, SANKEY_BOX)} />
          </div>
        </>
      )}
      <p className="chart-summary">
        <span className="visually-hidden">Chart summary: </span>
        {data.summary}
      </p>
      <ul className="notes">
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p className="chart-source">{data.sourceLine}</p>
    </figure>
  );
}
