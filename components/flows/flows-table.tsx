import { formatNumber } from "@/lib/data/format";
import type { FlowRow } from "@/lib/flows/export";
import type { DrawnFlowFigure } from "@/lib/pages/flows-page";

/** Every flow drawn above, one row each: the table alternative to the figures. */
export function FlowsTable({ rows, figures }: { rows: FlowRow[]; figures: DrawnFlowFigure[] }) {
  const names = new Map(figures.map((f) => [f.id, f.name]));
  return (
    <div className="table-scroll" role="region" aria-label="Every flow drawn (table)" tabIndex={0}>
      <table className="data-table flows-table">
        <caption>Every flow drawn above, with its unit, period and source</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">From → to</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Unit</th>
            <th scope="col">Period</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.figure}-${r.id}`} data-figure={r.figure} data-link-id={r.id}>
              <td>{names.get(r.figure)}</td>
              <td>
                <a href={r.href}>
                  {r.from} → {r.to}
                </a>
              </td>
              <td className="num">
                {r.value !== undefined ? formatNumber(r.value, 1) : ""}
                {r.rangeLow !== undefined && r.rangeHigh !== undefined
                  ? `${r.value !== undefined ? " " : ""}(${formatNumber(r.rangeLow)}–${formatNumber(r.rangeHigh)}${r.estimates !== undefined ? `, ${r.estimates} est.` : ""})`
                  : ""}
              </td>
              <td>{r.unit}</td>
              <td>{r.period}</td>
              <td>{r.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
