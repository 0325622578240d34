import type { FlowsChoices, FlowsOptions } from "@/lib/flows/view";
import { FIGURES, FIGURE_NAMES } from "@/lib/flows/view";

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
 * choices in the address (GET), so a shared link shows the same figures.
 */
export function FlowsControls({
  choices,
  options,
}: {
  choices: FlowsChoices;
  options: FlowsOptions;
}) {
  return (
    <form className="flows-controls" method="get" action="/flows">
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
      <YearSelect
        label="EU register year"
        name="eu"
        value={choices.euYear}
        years={options.euYears}
      />
      <YearSelect
        label="Energy Institute year"
        name="ei"
        value={choices.eiYear}
        years={options.eiYears}
      />
      <label>
        Exporting region{" "}
        <select name="region" defaultValue={choices.region}>
          {options.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Figures shown</legend>
        {FIGURES.map((f) => (
          <label key={f} className="check">
            <input
              type="checkbox"
              name="show"
              value={f}
              defaultChecked={choices.show.includes(f)}
            />{" "}
            {FIGURE_NAMES[f]}
          </label>
        ))}
      </fieldset>
      <button type="submit">Show these flows</button>
    </form>
  );
}
