import { readdirSync, readFileSync } from "node:fs";
import Papa from "papaparse";

/**
 * The committed data as the tests read it: expected values that change on re-import (a SIPRI
 * vintage, a published share) come from these files, never typed into a test.
 */
export type Row = Record<string, string>;

export function rowsOf(slug: string): Row[] {
  return Papa.parse<Row>(readFileSync(`data/${slug}.csv`, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

export function rowOf(slug: string, id: string): Row {
  const row = rowsOf(slug).find((r) => r.id === id);
  if (!row) throw new Error(`data/${slug}.csv has no row "${id}"`);
  return row;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A dataset's vintage as the pages print it: "2026-02-12" → "data generated 12 Feb 2026". */
export function vintageText(slug: string): string {
  const meta = JSON.parse(readFileSync(`data/${slug}.meta.json`, "utf8")) as { vintage?: string };
  if (!meta.vintage) throw new Error(`data/${slug}.meta.json has no vintage`);
  const [y, m, d] = meta.vintage.split("-");
  return `data generated ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A number as the pages print it (thousands separated, no trailing zeros). */
export function numberText(value: string): string {
  return Number(value).toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** Every dataset's slug (the claims ledger has its own page). */
export function datasetSlugs(): string[] {
  return readdirSync("data")
    .filter((n) => n.endsWith(".meta.json") && n !== "claims.meta.json")
    .map((n) => n.slice(0, -".meta.json".length))
    .sort();
}
