import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

/** PERF's own XML Schema for its manifest (schemas/manifest/README.md), main file first. */
const SCHEMAS = ["appforoffice.xsd", "taskpaneappversionoverrides.xsd", "officeappbasictypes.xsd"].map((name) => ({
  fileName: name,
  contents: readFileSync(join(__dirname, "..", "..", "..", "schemas", "manifest", name), "utf8"),
}));

/**
 * The schema errors of a manifest, as libxml2's xmllint reports them (compiled to WebAssembly by xmllint-wasm, so
 * nothing needs installing beside npm): [] when it is valid.
 */
export async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [SCHEMAS[0]],
    preload: SCHEMAS.slice(1),
  });
  if (result.valid) return [];
  if (result.errors.length === 0) throw new Error(`xmllint failed without errors: ${result.rawOutput}`);
  return result.errors.map((e) => e.message);
}
