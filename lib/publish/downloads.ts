/**
 * What Flowledger gives away, described for machines: the files offered for download, byte for
 * byte as their routes serve them, the release manifest (sha256, size, rows, vintage of each)
 * and the Frictionless Data Package (datapackage.ts).
 */
import { createHash } from "node:crypto";
import { claimViews } from "../claims/claims-view";
import type { Catalog, Dataset } from "../data/catalog";
import { writeCsv } from "../data/csv-write";
import { datasetCsv, datasetJson } from "../data/export";
import { datasetPackage } from "../data/package";
import { datasetVintage } from "../data/vintage";
import { questionPage, questionTable, type QuestionPage } from "../pages/question-page";

export interface Download {
  path: string;
  body: string | Uint8Array;
  rows: number;
  dataset: string;
  vintage?: string;
}

export const datasetJsonText = (catalog: Catalog, dataset: Dataset) =>
  JSON.stringify(datasetJson(catalog, dataset), null, 2);

/** /claims/data.json: the ledger with each claim's evidence resolved. */
export function claimsJsonText(catalog: Catalog, claims: Dataset): string {
  const body = {
    ...datasetJson(catalog, claims),
    csv: "/claims/data.csv",
    resolved: claimViews(catalog),
  };
  return JSON.stringify(body, null, 2);
}

/** /questions/<slug>/data.csv: one row per estimate (or per window), as the page shows them. */
export function questionCsv(page: QuestionPage): string {
  const { header, rows } = questionTable(page);
  return writeCsv(header, rows, { neutraliseFormulae: true });
}

/** /questions/<slug>/data.json: the question, its basis, the answer and every row behind it. */
export function questionJson(page: QuestionPage): string {
  const { header, rows } = questionTable(page);
  const body = {
    question: page.question,
    quantity: page.quantity,
    basis: page.basis,
    answer: page.answer.headline,
    notes: page.notes,
    datasets: page.datasets,
    csv: `/questions/${page.slug}/data.csv`,
    rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null]))),
  };
  return JSON.stringify(body, null, 2);
}

export function downloads(catalog: Catalog): Download[] {
  const files = catalog.datasets.flatMap((d): Download[] => {
    const base = { rows: d.rows.length, dataset: d.slug, vintage: datasetVintage(d) };
    return [
      { path: `/datasets/${d.slug}/data.csv`, body: datasetCsv(d), ...base },
      { path: `/datasets/${d.slug}/data.json`, body: datasetJsonText(catalog, d), ...base },
      { path: `/datasets/${d.slug}/package.zip`, body: datasetPackage(catalog, d), ...base },
    ];
  });
  const { claims } = catalog;
  if (claims) {
    const base = { rows: claims.rows.length, dataset: claims.slug };
    files.push(
      { path: "/claims/data.csv", body: datasetCsv(claims), ...base },
      { path: "/claims/data.json", body: claimsJsonText(catalog, claims), ...base },
    );
  }
  for (const q of catalog.questions) {
    const page = questionPage(catalog, q.slug)!;
    const base = { rows: questionTable(page).rows.length, dataset: `questions/${q.slug}` };
    files.push(
      { path: `/questions/${q.slug}/data.csv`, body: questionCsv(page), ...base },
      { path: `/questions/${q.slug}/data.json`, body: questionJson(page), ...base },
    );
  }
  return files;
}

/** sha256 of what is served: a text's UTF-8 bytes. */
export function sha256(body: string | Uint8Array): string {
  return createHash("sha256").update(body).digest("hex");
}

/** `/manifest.json`: which version of each download a reader holds. */
export function releaseManifest(catalog: Catalog, built: string) {
  return {
    name: "Flowledger downloads",
    built,
    description:
      "Each file Flowledger offers for download, with its sha256, size in bytes, row count and data vintage. Compare a file you hold with its sha256 (e.g. `sha256sum data.csv`) to know whether it is this version.",
    files: downloads(catalog).map((f) => ({
      path: f.path,
      dataset: f.dataset,
      sha256: sha256(f.body),
      bytes: typeof f.body === "string" ? Buffer.byteLength(f.body) : f.body.byteLength,
      rows: f.rows,
      vintage: f.vintage ?? null,
    })),
  };
}
