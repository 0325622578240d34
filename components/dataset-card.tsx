import Link from "next/link";
import { formatNumber } from "@/lib/data/format";
import type { DatasetCardModel } from "@/lib/pages/overview";
import { questionHref } from "@/lib/questions/hrefs";
import { MiniChart } from "./charts/mini-chart";

/** One dataset on the overview: what it is, its headline figure, its size, and the way in. */
export function DatasetCard({ card }: { card: DatasetCardModel }) {
  const { figure, rowCount: n, sourceCount } = card;
  return (
    <article className="dataset-card" aria-labelledby={`card-${card.slug}`}>
      <h2 id={`card-${card.slug}`}>
        <Link href={`/datasets/${card.slug}`}>{card.title}</Link>
      </h2>
      <p className="card-description">{card.description}</p>
      {figure ? (
        <p className="key-figure">
          <span className="key-value">{figure.value}</span>
          <span className="key-label">{figure.label}</span>
          <span className="key-detail">{figure.detail}</span>
        </p>
      ) : n === 0 ? (
        <p className="empty">No rows yet.</p>
      ) : null}
      {card.chart ? <MiniChart chart={card.chart} /> : null}
      {card.questions.map((q) => (
        <p key={q.slug} className="card-question">
          On one basis: <Link href={questionHref(q.slug)}>{q.question}</Link>
        </p>
      ))}
      <p className="card-meta">
        {formatNumber(n)} row{n === 1 ? "" : "s"} · {formatNumber(sourceCount)} source
        {sourceCount === 1 ? "" : "s"}
      </p>
    </article>
  );
}
