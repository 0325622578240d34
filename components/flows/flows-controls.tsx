"use client";

import type { FlowsChoices, FlowsOptions } from "@/lib/flows/view";

function YearSelect({
  label,
  name,
  value,
  years,
}: {
  label: string;
  name: string;
  value: number;
  years: number[];
}) {
  return (
    <label>
      {label}{" "}
      <select name={name} defaultValue={String(value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The flows' choices as a plain form: it works without scripts, and submitting it puts the
 * choices in the address (GET), so a shared link shows the same figures. With scripts, a changed
 * choice is applied at once: every figure on the page then says the window it draws.
 */
export function FlowsControls({
  choices,
  options,
}: {
  choices: FlowsChoices;
  options: FlowsOptions;
}) {
  return (
    <form
      className="flows-controls"
      method="get"
      action="/flows"
      onChange={(e) => e.currentTarget.requestSubmit()}
    >
      {/* The map's layer is chosen on the map; the form keeps it (the default goes unsaid). */}
      {choices.layer !== options.layers[0]?.id ? (
        <input type="hidden" name="layer" value={choices.layer} />
      ) : null}
      <label>
        Arms window{" "}
        <select name="window" defaultValue={`${choices.windowEnd - 4}-${choices.windowEnd}`}>
          {[...options.windowEnds].reverse().map((end) => (
            <option key={end} value={`${end - 4}-${end}`}>
              {end - 4}–{end}
            </option>
          ))}
        </select>
      </label>
      <label>
        Oil estimates{" "}
        <select
          name="oil"
          defaultValue={choices.oilYear !== undefined ? String(choices.oilYear) : "all"}
        >
          <option value="all">all years</option>
          {options.oilYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {options.crude.map((c) => (
        <YearSelect
          key={c.year.param}
          label={c.year.label}
          name={c.year.param}
          value={choices.crude[c.figure]!.year}
          years={c.year.values}
        />
      ))}
      {options.crude.flatMap((c) =>
        c.from
          ? [
              <label key={c.from.param}>
                {c.from.label}{" "}
                <select name={c.from.param} defaultValue={choices.crude[c.figure]!.from}>
                  {c.from.values.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              </label>,
            ]
          : [],
      )}
      <fieldset>
        <legend>Figures shown</legend>
        {options.figures.map((f) => (
          <label key={f.id} className="check">
            <input
              type="checkbox"
              name="show"
              value={f.id}
              defaultChecked={choices.show.includes(f.id)}
            />{" "}
            {f.name}
          </label>
        ))}
      </fieldset>
      <button type="submit">Show these flows</button>
    </form>
  );
}
