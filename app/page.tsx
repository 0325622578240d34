import { DatasetCard } from "@/components/dataset-card";
import { chartData } from "@/lib/chart-data";
import { getCatalog } from "@/lib/load-data";

export default async function OverviewPage() {
  const catalog = await getCatalog();
  return (
    <>
      <section className="intro">
        <h1>Energy and arms flows between Azerbaijan, Israel and their partners</h1>
        <p>
          Articles say Azerbaijan supplies &ldquo;up to 40%&rdquo; or &ldquo;over 60%&rdquo; of
          Israel&rsquo;s oil and that Israel sold it &ldquo;69%&rdquo; of its arms. Here is each
          figure beside its evidence: who measured it, how, for which period, in which unit, and the
          exact words of the source. Where sources disagree, every estimate is shown.
        </p>
      </section>
      <section aria-label="Datasets" className="card-grid">
        {[...catalog.datasets]
          .sort(
            (a, b) =>
              (a.meta.order ?? 1e9) - (b.meta.order ?? 1e9) ||
              a.meta.title.localeCompare(b.meta.title),
          )
          .map((d) => (
            <DatasetCard
              key={d.slug}
              dataset={d}
              chart={chartData(d.meta, d.rows, catalog.sources)[0]}
            />
          ))}
      </section>
    </>
  );
}
