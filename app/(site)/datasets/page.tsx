import type { Metadata } from "next";
import Link from "next/link";
import { formatNumber, formatPartialDate } from "@/lib/data/format";
import { getDatasetListings } from "@/lib/pages/overview";

export const metadata: Metadata = {
  title: "Datasets",
  description:
    "Every dataset behind Flowledger's figures: what it holds, its units, its size, its sources and its downloads.",
};

/** Every dataset in one table: the way in to each, and its files. */
export default async function DatasetsPage() {
  const listings = await getDatasetListings();
  return (
    <article className="datasets-index">
      <header>
        <h1>Datasets</h1>
        <p className="subtitle">
          Every dataset behind the figures, each with its own page (charts, sortable rows, sources)
          and its rows as CSV. The whole collection is also one{" "}
          <a href="/datapackage.json">data package</a>.
        </p>
      </header>
      <div className="table-scroll" role="region" aria-label="Datasets (table)" tabIndex={0}>
        <table className="data-table datasets-table">
          <caption>
            {formatNumber(listings.length)} datasets, in the order of the front page
          </caption>
          <thead>
            <tr>
              <th scope="col">Dataset</th>
              <th scope="col">Units</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col" className="num">
                Sources
              </th>
              <th scope="col">Download</th>
            </tr>
          </thead>
          <tbody>
            {listings.map((d) => (
              <tr key={d.slug} data-slug={d.slug}>
                <td data-label="Dataset">
                  <Link href={`/datasets/${d.slug}`}>{d.title}</Link>
                  <p className="muted">
                    {d.description}
                    {d.vintage ? ` Data generated ${formatPartialDate(d.vintage)}.` : ""}
                  </p>
                </td>
                <td data-label="Units">{d.units}</td>
                <td className="num" data-label="Rows">
                  {formatNumber(d.rowCount)}
                </td>
                <td className="num" data-label="Sources">
                  {formatNumber(d.sourceCount)}
                </td>
                <td data-label="Download">
                  <a href={`/datasets/${d.slug}/data.csv`} download>
                    CSV
                  </a>{" "}
                  ·{" "}
                  <a href={`/datasets/${d.slug}/package.zip`} download>
                    package
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
