import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

/** The Tabular Data Package profile (Frictionless spec v1); see tests/fixtures/frictionless. */
export function dataPackageValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The profile marks long texts as "textarea", a hint for forms, not a constraint.
  ajv.addFormat("textarea", true);
  const schema = JSON.parse(
    readFileSync("tests/fixtures/frictionless/tabular-data-package.json", "utf8"),
  ) as object;
  return ajv.compile(schema);
}
