import type { ConsumptionContext as Context } from "@/lib/energy/context-section";
import { contextTable } from "@/lib/pages/context-table";
import { LazySortableTable as SortableTable } from "../table/lazy-sortable-table";
import { RegionalBound } from "./regional-bound";

/**
 * Every estimate against the country's published oil consumption, and the regional flows that
 * bound them. All of it is Flowledger's computation, and the section says so.
 */
export function ConsumptionContext({ context, slug }: { context: Context; slug: string }) {
  const computed = context.rows.filter((r) => r.computed).length;
  return (
    <section aria-labelledby="context-heading" className="consumption-context">
      <h2 id="context-heading">{context.title}</h2>
      <p>
        Computed by Flowledger, not stated by any source: each volume estimate as a share of{" "}
        {context.country}&rsquo;s oil consumption that year, and each share as the barrels per day
        it implies, against the consumption the Energy Institute&rsquo;s Statistical Review
        publishes (the edition is named on every row). Consumption includes oil products; an
        estimate of crude alone compared with it is a share of all oil used, not of crude imports.
      </p>
      {context.missing ? (
        <p className="muted">{context.missing}</p>
      ) : (
        <SortableTable
          id="context"
          caption={`${context.rows.length} independent estimates (re-reports left out), ${computed} of them with a computation; the rest say why not.`}
          table={contextTable(context, slug)}
        />
      )}
      {context.bounds.map((b) => (
        <RegionalBound key={b.id} bound={b} />
      ))}
      <ul className="notes">
        {context.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  );
}
