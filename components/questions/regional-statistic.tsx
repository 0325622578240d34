import type { OilQuestionPage } from "@/lib/pages/question-page";
import { convertedHref } from "@/lib/questions/hrefs";
import { figureHref } from "@/lib/data/row-ids";
import { formatNumber } from "@/lib/data/format";
import { computedText } from "@/lib/questions/oil-basis";
import { CitedList } from "./cited-list";

/**
 * The Energy Institute's regional crude flow, drawn apart from the estimates and named for what it
 * is: a published statistic, in the same units, with the figures on the common basis for the same
 * year set against it and what the publisher says of how it is made.
 */
export function RegionalStatistic({
  slug,
  regional,
}: {
  slug: string;
  regional: OilQuestionPage["regional"];
}) {
  return (
    <section aria-labelledby="regional-heading" className="regional-statistic">
      <h2 id="regional-heading">{regional.title}</h2>
      <p>{regional.explanation}</p>
      {regional.years.map((y) => (
        <div key={y.year} className="regional-year">
          <h3>{y.year}</h3>
          <p>{y.sentence}</p>
          <ul className="muted">
            <li>
              Published:{" "}
              <a href={figureHref(y.flow.input.slug, y.flow.input.rowId)}>{y.flow.input.text}</a> (
              {y.flow.input.vintage}
              {y.flow.input.location ? `, ${y.flow.input.location}` : ""})
              {y.kbd
                ? `; computed by Flowledger: ${y.kbd.formula} = ${formatNumber(y.kbd.value, 1)} thousand b/d`
                : ""}
              .
            </li>
            {y.against.map((a) => (
              <li key={a.row.rowId}>
                <a href={convertedHref(slug, a.row.rowId)}>
                  {a.row.series}: {computedText(a.row.kbd!, "kbd")}
                </a>{" "}
                ({a.row.period}), {formatNumber(a.ratio, 1)}× the regional rate
              </li>
            ))}
            {y.beside.map((b) => (
              <li key={b.input.rowId}>
                Beside it: <a href={figureHref(b.input.slug, b.input.rowId)}>{b.input.text}</a> (
                {b.input.vintage}
                {b.input.location ? `, ${b.input.location}` : ""})
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h3>What the Review says of how it is made</h3>
      <CitedList items={regional.reasons} />
    </section>
  );
}
