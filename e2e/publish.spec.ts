import { createHash } from "node:crypto";
import Papa from "papaparse";
import { dataPackageValidator } from "../tests/datapackage-schema";
import { expect, test } from "./fixtures";

interface Resource {
  name: string;
  path: string;
  hash: string;
  schema: { fields: { name: string }[] };
}

test("the data package validates against the spec, and each resource is the CSV served", async ({
  request,
}) => {
  const res = await request.get("/datapackage.json");
  expect(res.status()).toBe(200);
  const pkg = (await res.json()) as { resources: Resource[] };
  const validate = dataPackageValidator();
  expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
  const catalog = (await (await request.get("/api/datasets")).json()) as {
    datasets: { slug: string }[];
  };
  for (const d of catalog.datasets) expect(pkg.resources.map((r) => r.name)).toContain(d.slug);
  for (const r of pkg.resources) {
    // Paths are relative to the descriptor, which sits at the site's root.
    const csv = await (await request.get(`/${r.path}`)).body();
    expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(csv).digest("hex")}`);
    const header = Papa.parse<string[]>(csv.toString("utf8"), { preview: 1 }).data[0];
    expect(
      r.schema.fields.map((f) => f.name),
      r.path,
    ).toEqual(header);
  }
});

test("the manifest's hashes, sizes and row counts are those of the files served", async ({
  request,
}) => {
  const manifest = (await (await request.get("/manifest.json")).json()) as {
    files: { path: string; sha256: string; bytes: number; rows: number; vintage: string | null }[];
  };
  expect(manifest.files.length).toBeGreaterThan(0);
  for (const f of manifest.files) {
    const res = await request.get(f.path);
    expect(res.status(), f.path).toBe(200);
    const body = await res.body();
    expect(createHash("sha256").update(body).digest("hex"), f.path).toBe(f.sha256);
    expect(body.length, f.path).toBe(f.bytes);
    if (f.path.endsWith(".csv")) {
      const rows = Papa.parse(body.toString("utf8"), { header: true, skipEmptyLines: true });
      expect(rows.data.length, f.path).toBe(f.rows);
    }
  }
  const sipri = manifest.files.find((f) => f.path === "/datasets/arms-transfers/data.csv")!;
  expect(sipri.vintage).toMatch(/^data generated \d{1,2} [A-Z][a-z]{2} \d{4}$/);
});
