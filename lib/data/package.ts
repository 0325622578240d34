import { strToU8, zipSync } from "fflate";
import type { Catalog, Dataset } from "./catalog";
import { BOM, citedSources, datasetCsv, datasetJson, publicColumns } from "./export";
import { formatPartialDate } from "./format";

/**
 * The download package, like OWID's: one ZIP holding the data, what it means and where it comes
 * from, for a reader who has the file but not the page.
 *
 * - `<slug>.csv`: the data as scripts expect it (RFC 4180, UTF-8, no byte-order mark).
 * - `<slug>.excel.csv`: the same bytes after a UTF-8 byte-order mark, without which Excel reads
 *   en dashes and non-Latin names as mojibake.
 * - `README.md`: the dataset, each column's label, unit and description, every cited source,
 *   the vintage, the licence and how to cite.
 * - `metadata.json`: the JSON download without its rows.
 */


/** Markdown table cells: no pipes or line breaks inside. */
function cell(text: string | undefined): string {
  return (text ?? "").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

export function packageReadme(catalog: Catalog, dataset: Dataset): string {
  const { meta, slug } = dataset;
  const page = `/datasets/${slug}`;
  const lines = [
    `# ${meta.title}`,
    "",
    meta.subtitle,
    "",
    meta.description,
    "",
    `Units: ${meta.units}`,
    "",
    `Rows: ${dataset.rows.length}.${meta.vintage ? ` Data generated ${meta.vintage}.` : ""}${meta.attribution ? ` ${meta.attribution}.` : ""}`,
    `Page: ${page} on the Flowledger site this package was downloaded from.`,
    "",
    "## Files",
    "",
    `- \`${slug}.csv\`: the rows (RFC 4180, UTF-8 without a byte-order mark: for scripts).`,
    `- \`${slug}.excel.csv\`: the same rows with a UTF-8 byte-order mark, so that Excel shows every character right.`,
    "- `metadata.json`: the columns, notes and cited sources as JSON.",
    "",
    "Text that a spreadsheet would run as a formula (a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading `'`, as OWASP advises; remove it to get the source's exact text.",
    "",
    "## Columns",
    "",
    "The CSV's headers are the keys below; the page shows the labels.",
    "",
    "| Key | Label | Type | Unit | Description |",
    "| --- | --- | --- | --- | --- |",
    ...publicColumns(dataset).flatMap((c) => {
      const row = `| \`${c.key}\` | ${cell(c.label)} | ${c.type} | ${cell(c.unit ?? (c.unitColumn ? `per row, in \`${c.unitColumn}\`` : ""))} | ${cell(c.description)} |`;
      if (c.type !== "date") return [row];
      const day = c.notBefore ? "last" : "first";
      return [
        `| \`${c.key}\` | ${cell(c.label)} | date (YYYY-MM-DD) |  | ${cell(c.description)} Written as a full date: the ${day} day of what the source stated; \`${c.key}_precision\` says how precise that was. |`,
        `| \`${c.key}_precision\` | ${cell(c.label)}: precision | category |  | \`year\`, \`month\` or \`day\`: how precisely the source stated it (a day is only stated when this says \`day\`). |`,
      ];
    }),
    "",
    ...(meta.notes.length > 0 ? ["## Notes", "", ...meta.notes.map((n) => `- ${n}`), ""] : []),
    "## Sources",
    "",
    ...citedSources(catalog, dataset).map((s) => {
      const date = s.published ? `, ${formatPartialDate(s.published)}` : "";
      const url = s.url ? ` ${s.url}` : "";
      return `- \`${s.id}\`: ${s.publisher}${s.author ? ` (${s.author})` : ""}, "${s.title}"${date}.${url} (accessed ${s.accessed})`;
    }),
    "",
    "## Licence and how to cite",
    "",
    "Flowledger's own compilations (claims, verdicts, lineage of re-reports, computed figures) are under CC BY 4.0. Figures from third parties stay under their publishers' terms (SIPRI, the Energy Institute, the European Commission); words quoted from press and analysis sources are short attributed quotations.",
    "",
    `Cite as: Flowledger, "${meta.title}", ${page}, accessed <date>; and the sources above for the figures you use.`,
    "",
  ];
  return lines.join("\n");
}

/** The files of the package, by name. */
export function packageFiles(catalog: Catalog, dataset: Dataset): Record<string, string> {
  const csv = datasetCsv(dataset);
  const metadata: Partial<ReturnType<typeof datasetJson>> = datasetJson(catalog, dataset);
  delete metadata.rows;
  return {
    [`${dataset.slug}.csv`]: csv,
    [`${dataset.slug}.excel.csv`]: BOM + csv,
    "README.md": packageReadme(catalog, dataset),
    "metadata.json": `${JSON.stringify(metadata, null, 2)}\n`,
  };
}

/** The package as ZIP bytes; `mtime` fixed so the same data gives the same file. */
export function datasetPackage(catalog: Catalog, dataset: Dataset): Uint8Array {
  const files = packageFiles(catalog, dataset);
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [
        name,
        [strToU8(text), { mtime: new Date("2026-01-01T00:00:00Z") }],
      ]),
    ),
  );
}
