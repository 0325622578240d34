import type { BoundView } from "@/lib/energy/context-section";
import { boundText } from "@/lib/pages/context-table";

/**
 * A regional flow drawn apart from the estimates: one bar per year on a 0–100% scale of the
 * country's oil consumption, labelled as the upper bound it is, with its formula and cells.
 */
export function RegionalBound({ bound }: { bound: BoundView }) {
  return (
    <figure className="regional-bound" aria-labelledby={`bound-${bound.id}-title`}>
      <figcaption>
        <h3 id={`bound-${bound.id}-title`}>{bound.title}</h3>
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
        // HTML bars on a fixed 0–100% scale reflow on a phone, where an SVG's text would shrink.
        <div
          className="bound-bars"
          role="list"
          aria-label={`Scale: 0–100% of ${bound.country}'s oil consumption`}
        >
          {bound.years.map((y) => (
            <div key={y.year} className="bound-row" role="listitem">
              <span className="bound-year">{y.year}</span>
              <span className="bound-track" aria-hidden="true">
                <span className="bound-bar" style={{ width: `${Math.min(100, y.percent)}%` }} />
              </span>
              <span className="bound-label">{boundText(y.percent, y.bpd, bound.country)}</span>
            </div>
          ))}
          <p className="muted bound-scale">
            Bars on a scale of 0–100% of {bound.country}&rsquo;s oil consumption.
          </p>
        </div>
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
