import type { MapData, MapLayout } from "@/lib/charts/map/model";

/**
 * A flow map drawn on the server: boundaries, route points and arrows, each arrow a link to the
 * evidence behind it that announces its value, unit, period and source, and shows them on focus.
 * Arrow labels hide on narrow screens, where the key below the map lists them. No text covers
 * another (the layout places them); a label with no free place is a number, listed under the map.
 */
export function MapDrawing({ data, layout }: { data: MapData; layout: MapLayout }) {
  const { width, height } = layout;
  return (
    <svg
      className="static-chart flow-svg flow-map"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`${data.title}. ${data.summary}`}
    >
      <defs>
        {(["crude", "arms", "investment"] as const).map((k) => (
          <marker
            key={k}
            id={`head-${data.id}-${k}`}
            viewBox="0 0 10 10"
            refX="3"
            refY="5"
            markerWidth="12"
            markerHeight="12"
            orient="auto-start-reverse"
            markerUnits="userSpaceOnUse"
            className={`arrow-head ${k}`}
          >
            <path d="M0,0L10,5L0,10z" />
          </marker>
        ))}
      </defs>
      <rect className="map-sea" width={width} height={height} />
      <g aria-hidden="true">
        {layout.countries.map((c) => (
          <path key={c.name} d={c.d} className={c.focus ? "map-country focus" : "map-country"} />
        ))}
        {layout.countries.map((c) =>
          c.label ? (
            <text
              key={c.name}
              x={c.label.x}
              y={c.label.y}
              className={c.keyed ? "map-key-number map-country-label" : "map-country-label"}
            >
              {c.keyed ?? c.name}
            </text>
          ) : null,
        )}
      </g>
      {layout.arrows.map((a) => {
        // The accessible name starts with the visible label, then says everything else.
        const text = `${a.arrow.label}. ${a.arrow.text}`;
        return (
          <a
            key={a.arrow.id}
            href={a.arrow.href}
            className={`flow-link map-arrow ${a.arrow.kind}`}
            data-tip={text}
            data-link-id={a.arrow.id}
            aria-label={text}
          >
            <title>{text}</title>
            {a.sleeve ? (
              <path d={a.d} className="sleeve" strokeWidth={a.sleeve[1]} fill="none" />
            ) : null}
            <path
              d={a.d}
              className={a.arrow.approximate ? "shaft approximate" : "shaft"}
              strokeWidth={a.width}
              fill="none"
              markerEnd={
                a.arrow.value !== undefined ? `url(#head-${data.id}-${a.arrow.kind})` : undefined
              }
            />
            <text
              x={a.labelAt.x}
              y={a.labelAt.y}
              className={a.keyed ? "map-key-number map-arrow-label" : "map-arrow-label"}
            >
              {a.keyed ?? a.arrow.label}
            </text>
          </a>
        );
      })}
      <g aria-hidden="true">
        {layout.places.map((p) => (
          <g key={p.id} className="map-place">
            <circle cx={p.x} cy={p.y} r={3.5} />
            {p.label ? (
              <text
                x={p.x}
                y={p.y}
                dx={`${p.label.dx}em`}
                dy={`${p.label.dy}em`}
                textAnchor={p.label.anchor}
              >
                {p.name}
              </text>
            ) : (
              <text x={p.x + 9} y={p.y - 4} className="map-key-number">
                {p.keyed}
              </text>
            )}
          </g>
        ))}
      </g>
    </svg>
  );
}
