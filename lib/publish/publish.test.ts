import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { loadCatalogResult } from "@/lib/catalog/load-data";
import type { ColumnSpec } from "@/lib/data/schema";
import { columnFields, dataPackage, datasetLicences } from "./datapackage";
import { downloads, releaseManifest, sha256 } from "./downloads";
import { dataPackageValidator } from "@/tests/datapackage-schema";

describe("the data package, on the committed data", async () => {
  const { catalog } = await loadCatalogResult();
  const pkg = dataPackage(catalog!, "2026-11-30") as {
    resources: {
      name: string;
      path: string;
      hash: string;
      bytes: number;
      schema: { fields: { name: string; type: string; unit?: string }[] };
      licenses: { name: string }[];
    }[];
  };
  const validate = dataPackageValidator();

  it("is a valid Tabular Data Package", () => {
    const ok = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the validator refuses a package that breaks the spec", () => {
    const broken = structuredClone(pkg);
    broken.resources[0]!.schema.fields[0]!.type = "money";
    expect(validate(broken)).toBe(false);
    expect(validate({ ...pkg, resources: [] })).toBe(false);
  });

  it("describes every dataset and the ledger, fields in the CSV's own order, with its hash", () => {
    const all = [...catalog!.datasets, catalog!.claims!];
    const files = downloads(catalog!);
    expect(pkg.resources.map((r) => r.name)).toEqual(all.map((d) => d.slug));
    for (const [i, d] of all.entries()) {
      const csv = files.find((f) => f.path === `/${pkg.resources[i]!.path}`)!.body;
      const header = Papa.parse<string[]>(String(csv), { preview: 1 }).data[0];
      expect(
        pkg.resources[i]!.schema.fields.map((f) => f.name),
        d.slug,
      ).toEqual(header);
      expect(pkg.resources[i]!.hash).toBe(`sha256:${sha256(csv)}`);
      expect(pkg.resources[i]!.bytes).toBe(Buffer.byteLength(String(csv)));
    }
  });

  it("names units and the publishers' terms", () => {
    const transfers = pkg.resources.find((r) => r.name === "arms-transfers")!;
    expect(transfers.schema.fields.some((f) => f.unit?.includes("TIV"))).toBe(true);
    expect(transfers.licenses.map((l) => l.name)).toContain("sipri-terms");
    const eu = pkg.resources.find((r) => r.name === "eu-crude-imports")!;
    expect(eu.licenses.map((l) => l.name)).toContain("european-commission-reuse-policy");
    const ei = pkg.resources.find((r) => r.name === "oil-consumption-production")!;
    expect(ei.licenses.map((l) => l.name)).toContain("energy-institute-statistical-review-terms");
  });
});

describe(columnFields, () => {
  it("writes a date column as a full date and its precision", () => {
    const c: ColumnSpec = { key: "end", label: "Period end", type: "date", notBefore: "start" };
    const [date, precision] = columnFields(c);
    expect(date).toMatchObject({ name: "end", type: "date", constraints: { required: true } });
    expect(String(date!.description)).toContain("last day");
    expect(precision).toMatchObject({
      name: "end_precision",
      constraints: { enum: ["year", "month", "day"], required: true },
    });
  });

  it("bounds percentages, lists categories, leaves optional columns unrequired", () => {
    const [p] = columnFields({ key: "share", label: "Share", type: "percent", optional: true });
    expect(p).toMatchObject({ type: "number", constraints: { minimum: 0, maximum: 100 } });
    expect((p!.constraints as Record<string, unknown>).required).toBeUndefined();
    const [k] = columnFields({ key: "kind", label: "Kind", type: "category", values: ["a", "b"] });
    expect(k).toMatchObject({ type: "string", constraints: { enum: ["a", "b"] } });
  });
});

describe(datasetLicences, () => {
  it("adds a publisher's terms only when a dataset source of that publisher is cited", () => {
    const press = {
      id: "p",
      title: "t",
      publisher: "SIPRI fan blog",
      accessed: "2026",
      kind: "press" as const,
    };
    expect(datasetLicences([press]).map((l) => l.name)).toEqual(["CC-BY-4.0"]);
    const sipri = {
      ...press,
      kind: "dataset" as const,
      url: "https://www.sipri.org/x",
      publisher: "SIPRI",
    };
    expect(datasetLicences([sipri])).toContainEqual(
      expect.objectContaining({ name: "sipri-terms", path: "https://www.sipri.org/x" }),
    );
  });
});

describe("the release manifest", async () => {
  const { catalog } = await loadCatalogResult();
  const manifest = releaseManifest(catalog!, "2026-11-30");

  it("lists every download once with its sha256, size, rows and vintage", () => {
    const files = downloads(catalog!);
    expect(manifest.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(new Set(manifest.files.map((f) => f.path)).size).toBe(files.length);
    for (const f of manifest.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    const csv = manifest.files.find((f) => f.path === "/datasets/arms-transfers/data.csv")!;
    const transfers = catalog!.datasets.find((d) => d.slug === "arms-transfers")!;
    expect(csv.rows).toBe(transfers.rows.length);
    expect(csv.vintage).toBe("data generated 12 Feb 2026");
  });

  it("changes a file's hash when one cell changes", () => {
    const d = catalog!.datasets.find((x) => x.slug === "israel-oil-imports")!;
    const changed = {
      ...catalog!,
      datasets: catalog!.datasets.map((x) =>
        x === d ? { ...d, rows: [{ ...d.rows[0]!, quote: "changed" }, ...d.rows.slice(1)] } : x,
      ),
    };
    const path = "/datasets/israel-oil-imports/data.csv";
    const before = manifest.files.find((f) => f.path === path)!.sha256;
    const after = releaseManifest(changed, "2026-11-30").files.find((f) => f.path === path)!;
    expect(after.sha256).not.toBe(before);
  });
});
