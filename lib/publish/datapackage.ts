import type { Catalog, Dataset } from "../data/catalog";
import { csvHeader, citedSources, datasetCsv, publicColumns } from "../data/export";
import type { ColumnSpec, Source } from "../data/schema";
import { datasetVintage } from "../data/vintage";
import { sha256 } from "./downloads";

/**
 * `/datapackage.json`: a Frictionless Tabular Data Package (spec v1) describing every CSV the
 * site serves — fields with types, units and descriptions from the metadata, the sources, the
 * licences — so `frictionless validate` or any Data Package reader can load the site as data.
 * Paths are relative to the descriptor, so the package holds wherever the site is served.
 */

interface Licence {
  name: string;
  title: string;
  path: string;
}

const COMPILATION: Licence = {
  name: "CC-BY-4.0",
  title:
    "Flowledger's own compilation (selection, lineage of re-reports, verdicts, computed figures): Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
};

/** Publishers' terms as their PROVENANCE notes state them; the path is the publisher's page. */
const PUBLISHER_TERMS: { publisher: RegExp; name: string; title: string }[] = [
  {
    publisher: /\bSIPRI\b/,
    name: "sipri-terms",
    title:
      "© SIPRI. SIPRI's terms allow reuse with attribution: SIPRI Arms Transfers Database, data generated <date>",
  },
  {
    publisher: /^Energy Institute\b/,
    name: "energy-institute-statistical-review-terms",
    title:
      "Energy Institute Statistical Review of World Energy: free to access; republished with attribution, citing the edition and the figures derived",
  },
  {
    publisher: /^European Commission\b/,
    name: "european-commission-reuse-policy",
    title: "European Commission: reuse under the Commission's reuse policy, with attribution",
  },
  {
    publisher: /^GeoNames$/,
    name: "CC-BY-4.0",
    title: "GeoNames gazetteer: Creative Commons Attribution 4.0",
  },
];

/** The licences a dataset's rows fall under: the compilation's and each data publisher's. */
export function datasetLicences(sources: readonly Source[]): Licence[] {
  const terms = PUBLISHER_TERMS.flatMap((t) => {
    const s = sources.find((x) => x.kind === "dataset" && x.url && t.publisher.test(x.publisher));
    return s ? [{ name: t.name, title: t.title, path: s.url! }] : [];
  });
  return [COMPILATION, ...terms];
}

const FIELD_TYPE: Record<ColumnSpec["type"], string> = {
  id: "string",
  text: "string",
  category: "string",
  number: "number",
  percent: "number",
  integer: "integer",
  date: "date",
  sources: "string",
  url: "string",
  evidence: "string",
};

const FIELD_NOTE: Partial<Record<ColumnSpec["type"], string>> = {
  sources: "Ids of rows in the sources list, separated by `;`.",
  evidence: "References separated by `;`: `<dataset>#<row id>` or `source:<source id>`.",
};

function unitOf(c: ColumnSpec): string | undefined {
  return c.unit ?? (c.unitColumn ? `per row, in the column ${c.unitColumn}` : undefined);
}

/** The Table Schema fields of a column: a date is written in full with a `_precision` field. */
export function columnFields(c: ColumnSpec): Record<string, unknown>[] {
  const unit = unitOf(c);
  const description = [c.description, FIELD_NOTE[c.type], unit ? `Unit: ${unit}.` : undefined]
    .filter(Boolean)
    .join(" ");
  const constraints: Record<string, unknown> = {};
  if (!c.optional) constraints.required = true;
  if (c.type === "category" && c.values) constraints.enum = c.values;
  if (c.type === "percent") Object.assign(constraints, { minimum: 0, maximum: 100 });
  if (c.min !== undefined) constraints.minimum = c.min;
  if (c.max !== undefined) constraints.maximum = c.max;
  if (c.type === "id") constraints.unique = true;
  const field = {
    name: c.key,
    title: c.label,
    type: FIELD_TYPE[c.type],
    ...(c.type === "url" ? { format: "uri" } : {}),
    ...(description ? { description } : {}),
    ...(unit ? { unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
  if (c.type !== "date") return [field];
  const day = c.notBefore ? "last" : "first";
  return [
    {
      ...field,
      description: `${description ? `${description} ` : ""}Written as a full date: the ${day} day of what the source stated.`,
    },
    {
      name: `${c.key}_precision`,
      title: `${c.label}: precision`,
      type: "string",
      description: "How precisely the source stated the date: year, month or day.",
      constraints: { enum: ["year", "month", "day"], ...(c.optional ? {} : { required: true }) },
    },
  ];
}

function resource(catalog: Catalog, dataset: Dataset, path: string): Record<string, unknown> {
  const { meta } = dataset;
  const csv = datasetCsv(dataset);
  const columns = publicColumns(dataset);
  const fields = columns.flatMap(columnFields);
  // The writer and this description must name the same columns in the same order.
  const header = csvHeader(columns);
  if (header.join() !== fields.map((f) => f.name).join())
    throw new Error(`datapackage: ${dataset.slug}: fields do not match the CSV header`);
  const sources = citedSources(catalog, dataset);
  const vintage = datasetVintage(dataset);
  return {
    profile: "tabular-data-resource",
    name: dataset.slug,
    path,
    title: meta.title,
    description: `${meta.description} Units: ${meta.units}${vintage ? ` Data vintage: ${vintage}.` : ""}`,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    bytes: Buffer.byteLength(csv),
    hash: `sha256:${sha256(csv)}`,
    schema: { fields, primaryKey: dataset.roles.id, missingValues: [""] },
    sources: sources.map((s) => ({
      title: `${s.publisher}: ${s.title}`,
      ...(s.url ? { path: s.url } : {}),
    })),
    licenses: datasetLicences(sources),
  };
}

export function dataPackage(catalog: Catalog, built: string): Record<string, unknown> {
  const resources = catalog.datasets.map((d) =>
    resource(catalog, d, `datasets/${d.slug}/data.csv`),
  );
  if (catalog.claims) resources.push(resource(catalog, catalog.claims, "claims/data.csv"));
  return {
    profile: "tabular-data-package",
    name: "flowledger",
    title: "Flowledger: Azerbaijan–Israel energy and arms flows, every number sourced",
    description:
      "Every dataset Flowledger shows, as the CSV files its pages offer: oil import shares, arms transfers (SIPRI TIV), investment, energy statistics and the claims ledger. Each row names its sources; quoted figures carry the source's words.",
    created: `${built}T00:00:00Z`,
    licenses: [COMPILATION],
    keywords: ["Azerbaijan", "Israel", "crude oil", "arms transfers", "SIPRI", "fact-checking"],
    resources,
  };
}
