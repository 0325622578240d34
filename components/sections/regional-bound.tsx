import type { BoundView } from "@/lib/energy/context-section";
import { boundText } from "@/lib/pages/context-table";

/**
 * A regional flow drawn apart from the estimates: one bar per year on a 0–100% scale of the
 * country's oil consumption, labelled as the upper bound it is, with its formula and cells.
 */
export function RegionalBound({ bound }: { bound: BoundView }) {
  const rowHeight = 34;
  const height = bound.years.length * rowHeight + 24;
  return (
    <figure className="regional-bound" aria-labelledby={`bound-${bound.id}-title`}>
      <figcaption>
        <h4 id={`bound-${bound.id}-title`}>{bound.title}</h4>
        <p className="subtitle">
          Computed by Flowledger. A <strong>regional upper bound</strong>, drawn apart from the
          estimates: the whole regional flow, as if all of it went to {bound.country}. Not the
          bilateral flow.
        </p>
      </figcaption>
      {bound.years.length === 0 ? (
        <p className="muted">
          No year has both the regional flow and {bound.country}&rsquo;s consumption in the data.
        </p>
      ) : (
        <svg
          viewBox={`0 0 640 ${height}`}
          role="img"
          aria-label={bound.years
            .map((y) => `${y.year}: ${boundText(y.percent, y.bpd, bound.country)}`)
            .join("; ")}
          className="bound-bars"
        >
          {[0, 25, 50, 75, 100].map((t) => (
            <g key={t}>
              <line x1={60 + t * 4.4} x2={60 + t * 4.4} y1={0} y2={height - 20} className="grid" />
              <text x={60 + t * 4.4} y={height - 6} textAnchor="middle" className="tick">
                {t}%
              </text>
            </g>
          ))}
          {bound.years.map((y, i) => (
            <g key={y.year} transform={`translate(0 ${i * rowHeight + 4})`}>
              <text x={52} y={17} textAnchor="end" className="tick">
                {y.year}
              </text>
              <rect
                x={60}
                y={4}
                width={Math.min(100, y.percent) * 4.4}
                height={18}
                className="bound-bar"
              />
              <text x={66 + Math.min(100, y.percent) * 4.4} y={17} className="bound-label">
                at most {y.percent.toFixed(1)}%
              </text>
            </g>
          ))}
        </svg>
      )}
      <ul className="notes">
        {bound.years.map((y) => (
          <li key={y.year}>
            <strong>{y.year}</strong>: {boundText(y.percent, y.bpd, bound.country)}. {y.formula}.{" "}
            <a href={`/datasets/${y.flow.slug}#row-${y.flow.rowId}`}>
              Flow: {y.flow.vintage}, {y.flow.location}
            </a>
            {" · "}
            <a href={`/datasets/${y.consumption.slug}#row-${y.consumption.rowId}`}>
              Consumption: {y.consumption.vintage}, {y.consumption.location}
            </a>
          </li>
        ))}
        <li>{bound.explanation}</li>
      </ul>
    </figure>
  );
}
