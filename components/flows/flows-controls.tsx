import type { FlowsChoices, FlowsOptions } from "@/lib/flows/view";
import { FIGURES, FIGURE_NAMES } from "@/lib/flows/view";

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
      <label>
        EU register year{" "}
        <select name="eu" defaultValue={String(choices.euYear)}>
          {options.euYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Energy Institute year{" "}
        <select name="ei" defaultValue={String(choices.eiYear)}>
          {options.eiYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
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
