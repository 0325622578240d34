import { writeCsv, type CsvValue } from "../data/csv-write";
import { slug, uniqueIds } from "../data/row-ids";
import type { DatasetMeta, Source } from "../data/schema";
import type { EiReview } from "./ei-review";
import type { EuImportRow } from "./eu-register";

/**
 * The energy datasets, as CSV text + metadata, from parsed Energy Institute reviews and EU
 * register workbooks. Output is deterministic (sorted rows, no timestamps): the same workbooks
 * always give byte-identical files. Each CSV's header is its metadata's columns, in order.
 */

export const EI_SOURCE_PREFIX = "ei-statistical-review-";
export const EU_SOURCE_ID = "ec-crude-oil-import-register";

export const eiSourceId = (edition: string) => `${EI_SOURCE_PREFIX}${edition}`;
export const editionLabel = (edition: string) => `${edition} edition`;

export function eiSource(review: EiReview, accessed: string, note?: string): Source {
  return {
    id: eiSourceId(review.edition),
    title: `Statistical Review of World Energy ${review.edition}: all-data workbook`,
    publisher: "Energy Institute (with KPMG and Kearney)",
    url: "https://www.energyinst.org/statistical-review",
    published: review.edition,
    accessed,
    kind: "dataset",
    note: [
      `The ${review.edition} edition (data to ${Number(review.edition) - 1}). Figures are read from the workbook's own cells by Flowledger's importer; each row names its sheet and cell.`,
      note,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export function euSource(rows: EuImportRow[], accessed: string, note?: string): Source {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  return {
    id: EU_SOURCE_ID,
    title: `Registration of Crude Oil Imports and Deliveries in the European Union (EU28), monthly workbooks ${years[0]}–${years[years.length - 1]}`,
    publisher: "European Commission, Directorate-General for Energy",
    url: "https://energy.ec.europa.eu/data-and-analysis/eu-crude-oil-imports-and-supply-cost_en",
    published: String(years[years.length - 1]),
    accessed,
    kind: "dataset",
    note: [
      "Compiled under Council Regulation (EC) No 2964/95. Rows are read from the month sheets by Flowledger's importer; values and prices the register marks confidential, (3), are left empty.",
      note,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

const json = (meta: DatasetMeta) => `${JSON.stringify(meta, null, 2)}\n`;
const MARKERS = ["less than 0.05", "n/a", "-"];
const MARKER_DEFINITIONS = {
  "less than 0.05":
    'The workbook shows "^" or "†": less than 0.05 in the table\'s unit (the sheet\'s footnote). No number is stored.',
  "n/a": 'The workbook shows "n/a": not available.',
  "-": 'The workbook shows "-": no figure.',
};

type Column = DatasetMeta["columns"][number];

const ID_COLUMN: Column = { key: "id", label: "Row ID", type: "id", display: { hidden: true } };
const YEAR_COLUMN: Column = {
  key: "year",
  label: "Year",
  type: "integer",
  min: 1900,
  display: { plain: true },
};
const UNIT_COLUMN: Column = {
  key: "unit",
  label: "Unit",
  type: "category",
  values: ["thousand b/d", "Mt"],
  definitions: { "thousand b/d": "Thousand barrels daily.", Mt: "Million tonnes." },
};
const MARKER_COLUMN: Column = {
  key: "marker",
  label: "Marker",
  type: "category",
  optional: true,
  values: MARKERS,
  definitions: MARKER_DEFINITIONS,
};

/** Where each figure was read: its edition (and the editions that agree), sheet, cell, source. */
function traceColumns(editions: string[], opts: { sameIn?: boolean } = {}): Column[] {
  return [
    {
      key: "edition",
      label: "Edition",
      type: "category",
      values: editions,
      description:
        "The edition of the Statistical Review this figure is read from (the data vintage).",
    },
    ...(opts.sameIn
      ? [
          {
            key: "same_in",
            label: "Same figure in",
            type: "text",
            optional: true,
            description: "Other editions that give this figure for this year unchanged.",
          } satisfies Column,
        ]
      : []),
    {
      key: "sheet",
      label: "Sheet",
      type: "text",
      description: "The sheet's name in that edition's workbook.",
    },
    { key: "cell", label: "Cell", type: "text" },
    { key: "source_ids", label: "Source", type: "sources" },
  ];
}

/** Two readings of one cell agree when they differ only by floating-point noise. */
const sameFigure = (a: number | undefined, b: number | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)));

const UNIT_SHORT = { "thousand barrels daily": "thousand b/d", "million tonnes": "Mt" } as const;

/**
 * `oil-consumption-production`: every entity × year × measure × unit of the latest edition,
 * plus each older edition's figure where it differs (a revision, kept as its own row).
 */
/**
 * Figures of several editions, newest first: each key keeps the newest edition's figure, and an
 * older edition's only where it differs (a revision); `sameIn` lists the editions that agree.
 */
function latestWithRevisions<T extends { value?: number; marker?: string }>(
  reviews: EiReview[],
  figures: (review: EiReview) => T[],
  key: (figure: T) => string,
): { v: T; edition: string; sameIn: string[] }[] {
  const kept = new Map<string, { v: T; edition: string; sameIn: string[] }[]>();
  for (const review of [...reviews].sort((a, b) => Number(b.edition) - Number(a.edition)))
    for (const v of figures(review)) {
      const rows = kept.get(key(v)) ?? [];
      const same = rows.find((r) => sameFigure(r.v.value, v.value) && r.v.marker === v.marker);
      if (same) same.sameIn.push(review.edition);
      else rows.push({ v, edition: review.edition, sameIn: [] });
      kept.set(key(v), rows);
    }
  return [...kept.values()].flat();
}

export function oilConsumptionProduction(reviews: EiReview[]) {
  const byEdition = [...reviews].sort((a, b) => Number(b.edition) - Number(a.edition));
  const rows = latestWithRevisions(
    reviews,
    (review) =>
      review.tables.flatMap((t) =>
        t.values.map((v) => ({ ...v, measure: t.measure, unit: UNIT_SHORT[t.unit] })),
      ),
    (v) => `${v.measure}|${v.unit}|${v.entity}|${v.year}`,
  ).map((r) => ({ ...r, measure: r.v.measure, unit: r.v.unit }));

  rows.sort(
    (a, b) =>
      cmp(a.measure, b.measure) ||
      cmp(a.unit, b.unit) ||
      cmp(a.v.entity, b.v.entity) ||
      a.v.year - b.v.year ||
      cmp(b.edition, a.edition),
  );
  const ids = uniqueIds(
    rows.map((r) =>
      slug(`${r.v.entity}-${r.measure}-${r.unit === "Mt" ? "mt" : "kbd"}-${r.v.year}-${r.edition}`),
    ),
  );
  const editions = byEdition.map((r) => editionLabel(r.edition));
  const latest = byEdition[0]!.edition;
  const meta: DatasetMeta = {
    title: "Oil consumption and production by country (Energy Institute)",
    order: 6,
    subtitle: `Every country and region in the Energy Institute Statistical Review (${editions.join(" and ")}), in thousand barrels daily and in million tonnes, with each figure's sheet and cell`,
    description:
      "Oil consumption and production per country and year as the Energy Institute's Statistical Review of World Energy publishes them. Region totals are kept apart from countries (entity kind). Each figure is the latest edition's; where an older edition gave a different figure for the same year (a revision), that figure is kept as its own row.",
    units:
      "thousand b/d: thousand barrels daily; Mt: million tonnes. Consumption is inland demand plus international aviation and marine bunkers and refinery fuel and loss (the sheet's footnote); production includes crude oil, shale oil, oil sands, condensates and NGLs.",
    attribution: `Energy Institute Statistical Review of World Energy (${editions.join(", ")})`,
    keyFigure: {
      type: "row",
      rowId:
        ids[
          rows.findIndex(
            (r) =>
              r.v.entity === "Israel" &&
              r.measure === "consumption" &&
              r.unit === "thousand b/d" &&
              r.edition === latest &&
              r.v.year ===
                Math.max(...rows.filter((x) => x.v.entity === "Israel").map((x) => x.v.year)),
          )
        ] ?? ids[0]!,
      label: "Israel's oil consumption, latest year",
    },
    columns: [
      ID_COLUMN,
      { key: "entity", label: "Country or region", type: "text" },
      {
        key: "entity_kind",
        label: "Kind",
        type: "category",
        values: ["country", "country group", "region total"],
        definitions: {
          country: "One country (or the USSR, before 1985).",
          "country group":
            'Several countries the review does not list one by one ("Other Europe", "Central America").',
          "region total":
            'A total the review prints ("Total Europe", "of which: OECD", "European Union"); never add it to its members.',
        },
      },
      {
        key: "region",
        label: "Region",
        type: "text",
        optional: true,
        description: 'The region whose "Total …" row closes the block the entity is listed in.',
      },
      {
        key: "measure",
        label: "Measure",
        type: "category",
        values: ["consumption", "production"],
        definitions: {
          consumption:
            "Inland demand plus international aviation and marine bunkers and refinery fuel and loss.",
          production: "Crude oil, shale oil, oil sands, condensates and natural gas liquids.",
        },
      },
      YEAR_COLUMN,
      {
        key: "value",
        label: "Figure",
        type: "number",
        unitColumn: "unit",
        optional: true,
        description:
          "The cell's value, unrounded in downloads; shown to one decimal, as the review prints it.",
        display: { digits: 1 },
      },
      UNIT_COLUMN,
      MARKER_COLUMN,
      ...traceColumns(editions, { sameIn: true }),
    ],
    roles: {
      value: "value",
      period: { start: "year" },
      labels: ["entity", "measure"],
      vintage: "edition",
      location: ["sheet", "cell"],
    },
    requireOneOf: [["value", "marker"]],
    uniqueBy: ["entity", "measure", "unit", "year", "edition"],
    charts: [
      {
        type: "estimates",
        id: "israel-consumption",
        title: "Israel's oil consumption, by edition of the Statistical Review",
        subtitle: `Thousand barrels daily. Each edition's figure is its own mark: where the ${editions[1] ?? "older edition"} differs from the ${editions[0]}, both show.`,
        where: { entity: ["Israel"], measure: ["consumption"] },
        unitStartsWith: "thousand b/d",
        value: "value",
        series: "edition",
        yLabel: "Thousand barrels daily",
      },
      {
        type: "estimates",
        id: "azerbaijan-kazakhstan-production",
        title: "Oil production of Azerbaijan and Kazakhstan",
        subtitle:
          "Thousand barrels daily, crude oil, condensates and NGLs, by edition of the Statistical Review.",
        where: { entity: ["Azerbaijan", "Kazakhstan"], measure: ["production"] },
        unitStartsWith: "thousand b/d",
        value: "value",
        series: ["entity", "edition"],
        yLabel: "Thousand barrels daily",
      },
    ],
    notes: [
      'Before 1985 the review gives the Soviet Union as one row ("USSR") and its successor states as zeros; from 1985 the reverse. Those zeros mean "included in another row" and are not stored.',
      'Region totals (entity kind "region total") are the review\'s own sums: adding them to their member countries counts the same oil twice.',
      "Growth-rate and share columns at the right of each sheet are the review's computations and are not imported.",
      'Editions revise past years. A year whose figure changed between editions appears once per edition; "Same figure in" lists the editions that agree.',
    ],
  };
  const csv = writeCsv(
    meta.columns.map((c) => c.key),
    rows.map((r, i): CsvValue[] => [
      ids[i],
      r.v.entity,
      r.v.kind,
      r.v.region,
      r.measure,
      r.v.year,
      r.v.value,
      r.unit,
      r.v.marker,
      editionLabel(r.edition),
      r.sameIn.map(editionLabel).join("; "),
      r.v.sheet,
      r.v.cell,
      eiSourceId(r.edition),
    ]),
  );
  return { csv, meta: json(meta), rows: rows.length };
}

/** `crude-trade-between-regions`: the inter-area matrix of each edition (its own year). */
export function crudeTradeBetweenRegions(reviews: EiReview[]) {
  const values = reviews.flatMap((r) => r.matrix.values.map((v) => ({ ...v, edition: r.edition })));
  values.sort(
    (a, b) =>
      a.year - b.year ||
      cmp(a.kind, b.kind) ||
      cmp(a.from, b.from) ||
      cmp(a.to, b.to) ||
      cmp(a.edition, b.edition),
  );
  const ids = uniqueIds(values.map((v) => slug(`${v.kind}-${v.from}-to-${v.to}-${v.year}`)));
  const years = [...new Set(values.map((v) => v.year))].sort();
  const latestYear = years[years.length - 1]!;
  const editions = [...new Set(reviews.map((r) => editionLabel(r.edition)))].sort();
  const meta: DatasetMeta = {
    title: "Oil trade between regions (Energy Institute inter-area movements)",
    order: 7,
    subtitle: `Crude oil and oil products moved from each exporting region or country to each importing region, million tonnes, ${years.join(" and ")} (${editions.join(", ")} of the Statistical Review)`,
    description:
      "The Statistical Review's inter-area movements matrix: exporters (rows; the Middle East split into Iraq, Kuwait, Saudi Arabia, the UAE and Other Middle East) by importing regions (columns), for the one year each edition covers. Movements within a region are excluded.",
    units:
      "Mt: million tonnes in the year. Crude includes condensates. Conversions on this site use the review's own factors (the crude oil conversion factors dataset).",
    attribution: `Energy Institute Statistical Review of World Energy (${editions.join(", ")}), sheet "Oil - Inter-area movements"`,
    columns: [
      ID_COLUMN,
      {
        key: "kind",
        label: "Crude or product",
        type: "category",
        values: ["crude", "product"],
        definitions: {
          crude: "Crude oil, condensates included.",
          product: "Refined oil products; biofuels are not included.",
        },
      },
      { key: "from", label: "From (exporter)", type: "text" },
      { key: "to", label: "To (importing region)", type: "text" },
      YEAR_COLUMN,
      {
        key: "value_mt",
        label: "Volume",
        type: "number",
        unit: "Mt",
        min: 0,
        optional: true,
        description: "The cell's value, unrounded in downloads; shown to two decimals.",
        display: { digits: 2 },
      },
      MARKER_COLUMN,
      ...traceColumns(editions),
    ],
    roles: {
      value: "value_mt",
      period: { start: "year" },
      from: "from",
      to: "to",
      labels: ["from", "to", "kind"],
      vintage: "edition",
      location: ["sheet", "cell"],
    },
    requireOneOf: [["value_mt", "marker"]],
    uniqueBy: ["kind", "from", "to", "year"],
    charts: [
      {
        type: "stacked",
        id: "other-cis-crude-destinations",
        title: `Where the "Other CIS" region's crude went in ${latestYear}`,
        subtitle: `Million tonnes by importing region (${editions[editions.length - 1]}). Other CIS is Azerbaijan, Kazakhstan, Turkmenistan and the other CIS members except Russia; the Middle East includes Israel.`,
        where: { from: ["Other CIS"], kind: ["crude"], year: [String(latestYear)] },
        x: "to",
        series: "kind",
        value: "value_mt",
        yLabel: "Million tonnes of crude",
      },
    ],
    notes: [
      "Intra-area movements (for example between countries within Europe) are excluded, so the matrix's diagonal is zero.",
      'Regions follow the workbook\'s "Definitions" sheet: Other CIS includes Azerbaijan, Kazakhstan and Turkmenistan; Middle East includes Israel; Europe includes Turkey. The Russian Federation is named "Russia" in the 2023 edition.',
      "Each edition covers one year; the same year is not repeated across these editions.",
    ],
  };
  const csv = writeCsv(
    meta.columns.map((c) => c.key),
    values.map((v, i): CsvValue[] => [
      ids[i],
      v.kind,
      v.from,
      v.to,
      v.year,
      v.value,
      v.marker,
      editionLabel(v.edition),
      v.sheet,
      v.cell,
      eiSourceId(v.edition),
    ]),
  );
  return { csv, meta: json(meta), rows: values.length };
}

/** `oil-trade-by-region`: each region's crude and product imports and exports, two years per edition. */
export function oilTradeByRegion(reviews: EiReview[]) {
  const rows = latestWithRevisions(
    reviews,
    (review) => review.trade.map((v) => ({ ...v, unitShort: UNIT_SHORT[v.unit] })),
    (v) => `${v.region}|${v.year}|${v.kind}|${v.flow}|${v.unit}`,
  );
  rows.sort(
    (a, b) =>
      a.v.year - b.v.year ||
      cmp(a.v.unitShort, b.v.unitShort) ||
      cmp(a.v.kind, b.v.kind) ||
      cmp(a.v.flow, b.v.flow) ||
      cmp(a.v.region, b.v.region) ||
      cmp(b.edition, a.edition),
  );
  const ids = uniqueIds(
    rows.map((r) =>
      slug(
        `${r.v.region}-${r.v.kind}-${r.v.flow}-${r.v.unitShort === "Mt" ? "mt" : "kbd"}-${r.v.year}-${r.edition}`,
      ),
    ),
  );
  const editions = [...new Set(reviews.map((r) => editionLabel(r.edition)))].sort();
  const years = [...new Set(rows.map((r) => r.v.year))].sort();
  const latest = years[years.length - 1]!;
  const meta: DatasetMeta = {
    title: "Oil imports and exports by region (Energy Institute)",
    order: 8,
    subtitle: `Crude and product imports and exports of each trading region, ${years.join(", ")}, in million tonnes and thousand barrels daily (${editions.join(", ")} of the Statistical Review)`,
    description:
      "The Statistical Review's regional trade table: each region's crude and product imports and exports. \"Other Middle East\" is the importing region that holds Israel (with Jordan, Lebanon, Syria, Bahrain, Oman, Qatar, Yemen and Iran). A year both editions give keeps the newest figure, and the older one too where it was revised.",
    units:
      "Mt: million tonnes in the year; thousand b/d: thousand barrels daily. Crude includes condensates; biofuels are not included.",
    attribution: `Energy Institute Statistical Review of World Energy (${editions.join(", ")}), regional trade sheet`,
    columns: [
      ID_COLUMN,
      { key: "region", label: "Region", type: "text" },
      YEAR_COLUMN,
      {
        key: "kind",
        label: "Crude or product",
        type: "category",
        values: ["crude", "product"],
        definitions: {
          crude: "Crude oil, condensates included.",
          product: "Refined oil products; biofuels are not included.",
        },
      },
      {
        key: "flow",
        label: "Flow",
        type: "category",
        values: ["imports", "exports"],
        definitions: {
          imports: "Brought into the region from other regions.",
          exports: "Sent from the region to other regions.",
        },
      },
      {
        key: "value",
        label: "Figure",
        type: "number",
        unitColumn: "unit",
        min: 0,
        optional: true,
        description: "The cell's value, unrounded in downloads; shown to one decimal.",
        display: { digits: 1 },
      },
      UNIT_COLUMN,
      MARKER_COLUMN,
      ...traceColumns(editions, { sameIn: true }),
    ],
    roles: {
      value: "value",
      period: { start: "year" },
      labels: ["region", "kind", "flow"],
      vintage: "edition",
      location: ["sheet", "cell"],
    },
    requireOneOf: [["value", "marker"]],
    uniqueBy: ["region", "year", "kind", "flow", "unit", "edition"],
    charts: [
      {
        type: "stacked",
        id: "crude-imports-by-region",
        title: `Crude imports by region, ${latest}`,
        subtitle: `Thousand barrels daily, ${editions[editions.length - 1]}. "Other Middle East" holds Israel.`,
        where: {
          kind: ["crude"],
          flow: ["imports"],
          unit: ["thousand b/d"],
          year: [String(latest)],
        },
        x: "region",
        series: "flow",
        value: "value",
        yLabel: "Thousand barrels daily of crude",
      },
    ],
    notes: [
      "Intra-area movements (for example between countries within Europe) are excluded, as in the inter-area matrix.",
      '"Total World" is the review\'s own sum; it is not a region.',
      'The workbook marks figures below 0.05 with "†" and below 0.5 with "‡" in its notes; the cells hold numbers, which are kept.',
    ],
  };
  const csv = writeCsv(
    meta.columns.map((c) => c.key),
    rows.map((r, i): CsvValue[] => [
      ids[i],
      r.v.region,
      r.v.year,
      r.v.kind,
      r.v.flow,
      r.v.value,
      r.v.unitShort,
      r.v.marker,
      editionLabel(r.edition),
      r.sameIn.map(editionLabel).join("; "),
      r.v.sheet,
      r.v.cell,
      eiSourceId(r.edition),
    ]),
  );
  return { csv, meta: json(meta), rows: rows.length };
}

/** `oil-conversion-factors`: the crude factors each edition prints. */
export function oilConversionFactors(reviews: EiReview[]) {
  const rows = reviews
    .flatMap((r) => r.conversion.map((f) => ({ ...f, edition: r.edition })))
    .sort((a, b) => cmp(a.id, b.id) || cmp(a.edition, b.edition));
  const editions = [...new Set(reviews.map((r) => editionLabel(r.edition)))].sort();
  const meta: DatasetMeta = {
    title: "Crude oil conversion factors (Energy Institute)",
    order: 9,
    subtitle: `The approximate factors the Statistical Review prints for crude oil (${editions.join(", ")}), used by every conversion on this site`,
    description:
      'Tonnes to barrels, barrels to tonnes and barrels per day to tonnes per year, for crude oil of worldwide average gravity, as printed on each workbook\'s "Approximate conversion factors" sheet.',
    units: "Multiply a figure in the first unit by the factor to get the second.",
    attribution: `Energy Institute Statistical Review of World Energy (${editions.join(", ")}), sheet "Approximate conversion factors"`,
    columns: [
      ID_COLUMN,
      { key: "factor", label: "Factor", type: "text" },
      { key: "from_unit", label: "From", type: "text" },
      { key: "to_unit", label: "To", type: "text" },
      { key: "multiply_by", label: "Multiply by", type: "number", min: 0 },
      { key: "basis", label: "Basis", type: "text" },
      ...traceColumns(editions),
    ],
    roles: {
      value: "multiply_by",
      labels: ["from_unit", "to_unit"],
      vintage: "edition",
      location: ["sheet", "cell"],
    },
    uniqueBy: ["factor", "edition"],
    charts: [],
    notes: [
      "Approximate: a particular crude's density differs from the world average, so a conversion of one country's crude carries that uncertainty.",
    ],
  };
  const csv = writeCsv(
    meta.columns.map((c) => c.key),
    rows.map((f): CsvValue[] => [
      `${f.id}-${f.edition}`,
      f.id,
      f.from,
      f.to,
      f.factor,
      f.basis,
      editionLabel(f.edition),
      f.sheet,
      f.cell,
      eiSourceId(f.edition),
    ]),
  );
  return { csv, meta: json(meta), rows: rows.length };
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `eu-crude-imports`: every month sheet row of every register workbook. */
export function euCrudeImports(all: EuImportRow[]) {
  const rows = [...all].sort(
    (a, b) =>
      a.year - b.year ||
      a.month - b.month ||
      cmp(a.importer, b.importer) ||
      cmp(a.origin, b.origin) ||
      cmp(a.grade, b.grade),
  );
  const ids = uniqueIds(
    rows.map((r) =>
      slug(`${r.year}-${String(r.month).padStart(2, "0")}-${r.importer}-${r.origin}-${r.grade}`),
    ),
  );
  const years = [...new Set(rows.map((r) => r.year))].sort();
  const span = `${years[0]}–${years[years.length - 1]}`;
  const meta: DatasetMeta = {
    title: "EU crude oil imports by origin (European Commission register)",
    order: 10,
    subtitle: `Every EU28 member's monthly crude imports by country of origin and grade, ${span}, thousand barrels, with CIF value and price`,
    description: `The European Commission's Crude Oil Import Register, month by month (${span}): each reporting country's imports by origin and crude grade. Azerbaijan's crude reaches the EU mostly through the BTC pipeline and Ceyhan; this is where its buyers are recorded. Israel is not an EU member and does not appear.`,
    units:
      "Volume: thousand barrels in the month. Value: thousand US dollars, CIF (cost, insurance and freight). CIF price: US dollars per barrel. Share: the row's volume as a percentage of the EU's total crude imports that month (the register's fraction × 100).",
    attribution: `European Commission, DG Energy, Crude Oil Import Register (EU28), ${span}`,
    columns: [
      ID_COLUMN,
      {
        key: "period",
        label: "Month",
        type: "date",
        description: `The month of the sheet (${MONTH_NAMES[0]} … ${MONTH_NAMES[11]}).`,
      },
      {
        key: "year",
        label: "Year",
        type: "integer",
        min: 1900,
        display: { plain: true, hidden: true },
      },
      { key: "importer", label: "Importer (reporting country)", type: "text" },
      { key: "origin", label: "Country of origin", type: "text" },
      { key: "grade", label: "Crude grade", type: "text" },
      { key: "volume_kbbl", label: "Volume", type: "number", unit: "thousand bbl", min: 0 },
      {
        key: "value_kusd",
        label: "Value (CIF)",
        type: "number",
        unit: "US$ thousand",
        min: 0,
        optional: true,
      },
      {
        key: "cif_usd_per_bbl",
        label: "CIF price",
        type: "number",
        unit: "US$/bbl",
        min: 0,
        optional: true,
        display: { digits: 2 },
      },
      {
        key: "share_of_eu_pct",
        label: "Share of EU imports",
        type: "number",
        unit: "% of EU28 crude imports that month",
        min: 0,
        max: 100,
        optional: true,
        display: { digits: 3 },
      },
      {
        key: "confidential",
        label: "Confidential",
        type: "category",
        optional: true,
        values: ["confidential"],
        definitions: {
          confidential:
            'The register marks this row\'s value, price or share "(3)", confidential: those cells are empty here, not zero.',
        },
      },
      { key: "sheet", label: "Sheet", type: "text" },
      { key: "cell", label: "Cell", type: "text", description: "The row's volume cell." },
      { key: "source_ids", label: "Source", type: "sources" },
    ],
    roles: {
      value: "volume_kbbl",
      period: { start: "period" },
      from: "origin",
      to: "importer",
      labels: ["origin", "importer", "grade"],
      location: ["sheet", "cell"],
    },
    uniqueBy: ["period", "importer", "origin", "grade"],
    charts: [
      {
        type: "stacked",
        id: "azerbaijan-crude-to-eu",
        title: "Azerbaijan's crude to each EU country, per year",
        subtitle: `Thousand barrels, the register's months summed per year (${span}). The largest buyers are shown; the rest are summed as "all others".`,
        where: { origin: ["Azerbaijan"] },
        x: "year",
        series: "importer",
        value: "volume_kbbl",
        topSeries: 8,
        yLabel: "Thousand barrels of crude",
      },
    ],
    notes: [
      'Month sheets only: the workbooks\' cumulative "Detailed" sheet repeats the same imports and is not added to them.',
      'Cells marked "(3)" are confidential in the register: stored empty, never as zero. Volumes are never confidential.',
      "Yearly figures in the chart are sums of the months computed by Flowledger.",
    ],
  };
  const csv = writeCsv(
    meta.columns.map((c) => c.key),
    rows.map((r, i): CsvValue[] => [
      ids[i],
      `${r.year}-${String(r.month).padStart(2, "0")}`,
      r.year,
      r.importer,
      r.origin,
      r.grade,
      r.volumeKbbl,
      r.valueKusd,
      r.cifUsdPerBbl,
      r.shareOfEu === undefined ? undefined : Number((r.shareOfEu * 100).toPrecision(12)),
      r.confidential ? "confidential" : undefined,
      r.sheet,
      r.cell,
      EU_SOURCE_ID,
    ]),
  );
  return { csv, meta: json(meta), rows: rows.length };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
