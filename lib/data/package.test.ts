import { unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { miniCatalog } from "@/tests/helpers";
import { citedSources, csvHeader, datasetCsv, publicColumns } from "./export";
import { datasetPackage } from "./package";

const catalog = miniCatalog();
const dataset = catalog.datasets.find((d) => d.slug === "oil")!;
const files = unzipSync(datasetPackage(catalog, dataset));
const text = (name: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(files[name]!);

describe(datasetPackage, () => {
  it("holds the CSV, a copy for Excel, a README and the metadata", () => {
    expect(Object.keys(files).sort()).toEqual(
      ["README.md", "metadata.json", "oil.csv", "oil.excel.csv"].sort(),
    );
  });

  it("keeps the scripts' CSV without a byte-order mark, exactly the CSV download", () => {
    expect([...files["oil.csv"]!.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(text("oil.csv")).toBe(datasetCsv(dataset));
    const parsed = Papa.parse<Record<string, string>>(text("oil.csv"), { header: true });
    expect(parsed.meta.fields![0]).toBe("id");
  });

  it("gives Excel's copy a UTF-8 byte-order mark that a BOM-aware reader drops", () => {
    const bytes = files["oil.excel.csv"]!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder, like Excel and Python's utf-8-sig codec, reads the mark as an encoding flag.
    expect(new TextDecoder("utf-8").decode(bytes)).toBe(datasetCsv(dataset));
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual(csvHeader(publicColumns(dataset)));
    expect(parsed.data).toHaveLength(dataset.rows.length);
  });

  it("explains every column and cites every source in its README", () => {
    const readme = text("README.md");
    expect(readme).toContain(`# ${dataset.meta.title}`);
    for (const key of csvHeader(publicColumns(dataset))) expect(readme).toContain(`| \`${key}\` |`);
    for (const s of citedSources(catalog, dataset)) {
      expect(readme).toContain(s.publisher);
      if (s.url) expect(readme).toContain(s.url);
    }
    expect(readme).toMatch(/CC BY 4\.0/);
    expect(readme).toContain("OWASP");
  });

  it("carries the metadata without the rows", () => {
    const meta = JSON.parse(text("metadata.json"));
    expect(meta).not.toHaveProperty("rows");
    expect(meta.title).toBe(dataset.meta.title);
    expect(meta.sources.map((s: { id: string }) => s.id)).toEqual(
      citedSources(catalog, dataset).map((s) => s.id),
    );
  });
});
