/** A source as a numbered footnote of one page (serialisable: the table shows the markers). */
export interface Footnote {
  n: number;
  /** Publisher, shown beside the marker. */
  label: string;
  title: string;
  url?: string;
  date?: string;
}
