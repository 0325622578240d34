import { layoutFigure } from "@/lib/charts/kinds";
import { MAP_BOX, type MapData } from "@/lib/charts/map/model";
import { StaticChart } from "@/components/charts/static-chart";
import { FlowFigureTools } from "./flow-figure-tools";
import { embedFlowPath } from "@/lib/pages/embed";
import type { DrawnFlowFigure } from "@/lib/pages/flows-page";

type Layers = Extract<DrawnFlowFigure, { kind: "corridor" }>["layers"];

/**
 * The corridor map as a figure: title, subtitle, the layer shown (one unit each: a plain link
 * per layer, so it works without scripts and lives in the address), map, key of every arrow,
 * summary, source.
 */
export function CorridorFigure({
  data,
  layers,
  headingLevel = 2,
  embedded = false,
}: {
  data: MapData;
  layers: Layers;
  headingLevel?: 1 | 2 | 3;
  embedded?: boolean;
}) {
  const base = embedded ? embedFlowPath(data.id) : "/flows";
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1]!;
  const layout = layoutFigure(data, MAP_BOX);
  const keyed = layout.keyed.map((k) => `${k.n}: ${k.text}`);
  return (
    <figure
      className="chart-figure flow-figure corridor"
      id={`flow-${data.id}`}
      aria-labelledby={`flow-${data.id}-title`}
    >
      <figcaption>
        <Heading id={`flow-${data.id}-title`}>{data.title}</Heading>
        <p className="chart-subtitle">{data.subtitle}</p>
      </figcaption>
      <nav className="map-layers" aria-label="Unit shown on the map">
        <span className="muted">One unit at a time:</span>
        {layers.map((l) => (
          <a
            key={l.id}
            href={`${base}${l.query ? `?${l.query}` : ""}#flow-${data.id}`}
            aria-current={l.current ? "true" : undefined}
            data-layer={l.id}
            data-in-frame
          >
            {l.label}
          </a>
        ))}
      </nav>
      <FlowFigureTools
        fileName={`flows-${data.id}`}
        title={data.title}
        subtitle={data.subtitle}
        source={data.sourceLine}
        notes={[...keyed.map((k) => `Numbered on the map — ${k}`), ...data.legend]}
        embedPath={embedded ? undefined : embedFlowPath(data.id)}
      />
      <div className="flow-box">
        <StaticChart data={data} layout={layout} />
      </div>
      {keyed.length > 0 ? (
        <ol className="map-label-key" aria-label="Labels numbered on the map">
          {keyed.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ol>
      ) : null}
      <ul className="map-key">
        {data.arrows.map((a) => (
          <li key={a.id} className={`map-key-${a.kind}`}>
            <span className="map-key-swatch" aria-hidden="true" />
            <a href={a.href}>{a.label}</a>
            <span className="muted"> · {a.unit === "route" ? "route" : a.unit}</span>
          </li>
        ))}
      </ul>
      <p className="chart-summary">
        <span className="visually-hidden">Map summary: </span>
        {data.summary}
      </p>
      <ul className="notes">
        {data.legend.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p className="chart-source">{data.sourceLine}</p>
    </figure>
  );
}
