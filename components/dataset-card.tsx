import Link from "next/link";
import type { Dataset } from "@/lib/catalog";
import { formatNumber } from "@/lib/format";
import type { ChartData } from "@/lib/chart-data";
import { keyFigure } from "@/lib/key-figure";
import { MiniChart } from "./mini-chart";

/** One dataset on the overview: what it is, its headline figure, its size, and the way in. */
export function DatasetCard({ dataset, chart }: { dataset: Dataset; chart?: ChartData }) {
  const figure = keyFigure(dataset);
  const n = dataset.rows.length;
  return (
    <article className="dataset-card" aria-labelledby={`card-${dataset.slug}`}>
      <h2 id={`card-${dataset.slug}`}>
        <Link href={`/datasets/${dataset.slug}`}>{dataset.meta.title}</Link>
      </h2>
      <p className="card-description">{dataset.meta.description}</p>
      {figure ? (
        <p className="key-figure">
          <span className="key-value">{figure.value}</span>
          <span className="key-label">{figure.label}</span>
          <span className="key-detail">{figure.detail}</span>
        </p>
      ) : (
        <p className="empty">No rows yet.</p>
      )}
      {chart ? <MiniChart chart={chart} /> : null}
      <p className="card-meta">
        {formatNumber(n)} row{n === 1 ? "" : "s"} · {formatNumber(dataset.citedSourceIds.length)}{" "}
        source
        {dataset.citedSourceIds.length === 1 ? "" : "s"}
      </p>
    </article>
  );
}
