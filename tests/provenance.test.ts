import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";

/**
 * Every figure traces to the research dossier: a row's quote is the dossier row's quote (or one
 * of its parts), and its source's address is the dossier row's. Claims are quoted exactly as in
 * claims.md. Needs ../shared; skipped, and says so, without it.
 */
const SHARED = path.resolve(import.meta.dirname, "../../shared/research");
const have = existsSync(path.join(SHARED, "figures.md"));
if (!have) console.warn(`SKIPPED: provenance test (no ${SHARED}; it lives in ../shared)`);

interface DossierRow {
  url: string;
  quote: string;
}

function dossier(): Map<string, DossierRow> {
  const rows = new Map<string, DossierRow>();
  let previous: DossierRow | undefined;
  for (const line of readFileSync(path.join(SHARED, "figures.md"), "utf8").split("\n")) {
    const cells = line.replace(/^\|\s*|\s*\|\s*$/g, "").split(" | ");
    if (cells.length !== 11 || !/^[123]\.\d+$/.test(cells[0]!)) continue;
    // "(as 3.2)" points at another row, "same" at the row above.
    const as = /^\(as (\d+\.\d+)\)$/.exec(cells[7]!);
    const url = as
      ? rows.get(as[1]!)!.url
      : /^same/.test(cells[7]!) && previous
        ? previous.url
        : cells[7]!;

    const row = { url, quote: cells[9]!.replace(/\\"/g, '"') };
    rows.set(cells[0]!, row);
    previous = row;
  }
  return rows;
}

describe.skipIf(!have)("provenance against ../shared/research", async () => {
  const { catalog } = await loadCatalogResult();
  const figures = have ? dossier() : new Map<string, DossierRow>();
  const sources = new Map(catalog!.sources.map((s) => [s.id, s]));

  it("reads the dossier", () => {
    expect(figures.size).toBeGreaterThan(80);
  });

  it("gives every dataset row the quote and the address of its dossier row", () => {
    let checked = 0;
    for (const d of catalog!.datasets) {
      for (const row of d.rows) {
        const ref = row.figure_ref;
        if (typeof ref !== "string") continue;
        const fig = figures.get(ref);
        expect(fig, `${d.slug}/${String(row.id)}: dossier row ${ref}`).toBeDefined();
        expect(fig!.quote, `${d.slug}/${String(row.id)}: quote`).toContain(String(row.quote));
        const urls = (row.source_ids as string[]).map((id) => sources.get(id)!.url);
        expect(
          urls.some((u) => u !== undefined && fig!.url.includes(u)),
          `${d.slug}/${String(row.id)}: ${urls.join(", ")} vs ${fig!.url}`,
        ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("quotes every claim exactly as claims.md does", () => {
    const md = readFileSync(path.join(SHARED, "claims.md"), "utf8");
    for (const row of catalog!.claims!.rows) {
      expect(md, String(row.id)).toContain(`| ${String(row.id)} |`);
      expect(md, String(row.id)).toContain(`"${String(row.quote)}"`);
    }
    expect(catalog!.claims!.rows).toHaveLength(23);
  });
});
