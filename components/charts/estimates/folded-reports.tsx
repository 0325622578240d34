import type { EstimatesChartData } from "@/lib/charts/estimates/model";

/**
 * The measurements an estimates chart draws once although several outlets reported them: each
 * with the outlets, their words and a link to each row, so a reader sees what was folded.
 */
export function FoldedReports({ data: chart }: { data: EstimatesChartData }) {
  const folded = chart.points.filter((p) => p.reports && p.reports.length > 1);
  if (folded.length === 0) return null;
  return (
    <div className="folded-reports">
      <p className="muted">
        {folded.length === 1 ? "One mark stands" : `${folded.length} marks stand`} for a measurement
        that several outlets reported; each is counted once:
      </p>
      <ul>
        {folded.map((p) => (
          <li key={`${p.series}|${p.rowId}`}>
            <details data-row-id={p.rowId}>
              <summary>
                {p.valueText}, {p.period}: reported by {p.reports!.length} outlets
              </summary>
              <ul>
                {p.reports!.map((r) => (
                  <li key={r.rowId}>
                    <a href={r.href}>{r.source}</a>
                    {r.reportedAs ? <span className="muted"> ({r.reportedAs})</span> : null}
                    {r.quote ? <blockquote>{r.quote}</blockquote> : null}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
