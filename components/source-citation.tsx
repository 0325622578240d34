import { formatPartialDate } from "@/lib/data/format";
import type { Source } from "@/lib/data/schema";
import { ExternalLink } from "./external-link";

const KIND_LABEL: Record<Source["kind"], string> = {
  dataset: "database",
  estimate: "estimate with a method",
  official: "official statement",
  press: "news report",
  claim: "opinion article",
};

/** Title (linked), publisher, date and kind of one source, the way footnotes and /sources show it. */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      <cite className="source-title">
        <ExternalLink href={source.url}>{source.title}</ExternalLink>
      </cite>
      {". "}
      <span className="source-publisher">{source.publisher}</span>
      {source.author ? `, ${source.author}` : ""}
      {". "}
      <span className="source-date">
        {source.published ? formatPartialDate(source.published) : "Undated"}
      </span>
      {"; accessed "}
      {formatPartialDate(source.accessed)}
      {". "}
      <span className={`kind kind-${source.kind}`}>{KIND_LABEL[source.kind]}</span>
      {source.url ? null : <span className="no-url"> (address not known)</span>}
      {source.note ? <span className="source-note"> {source.note}</span> : null}
    </>
  );
}
