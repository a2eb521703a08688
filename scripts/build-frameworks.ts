/*
 * npm run build:frameworks: checks every frameworks/*.yaml and writes what PERF builds from them (the schema, the
 * compiled frameworks the scoring core bundles, their texts). Never edit those by hand: a test rebuilds and compares.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { frameworkArtifacts, FRAMEWORKS_DIR, ROOT } from "../src/cli/framework/artifacts";
import { frameworkSchema } from "../src/cli/framework/schema";

/** Writes the file unless it already holds this content, so an unchanged file keeps its time (builds stay current). */
function writeIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, "utf8") === content) return false;
  writeFileSync(path, content);
  return true;
}

try {
  // The schema first: the framework files are validated against the shipped schema.
  const schema = `${FRAMEWORKS_DIR}/schema.json`;
  const schemaWritten = writeIfChanged(schema, `${JSON.stringify(frameworkSchema(), null, 2)}\n`);
  for (const [path, content] of frameworkArtifacts()) {
    mkdirSync(dirname(path), { recursive: true });
    const written = writeIfChanged(path, content) || (path === schema && schemaWritten);
    console.log(`${written ? "已写入" : "未改变"} ${relative(ROOT, path)}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
