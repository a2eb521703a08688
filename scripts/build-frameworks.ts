/*
 * npm run build:frameworks: checks every frameworks/*.yaml and writes what PERF builds from them (the schema, the
 * compiled frameworks the scoring core bundles, their texts). Never edit those by hand: a test rebuilds and compares.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { frameworkArtifacts, FRAMEWORKS_DIR, ROOT } from "../src/cli/framework/artifacts";
import { frameworkSchema } from "../src/cli/framework/schema";

try {
  // The schema first: the framework files are validated against the shipped schema.
  writeFileSync(`${FRAMEWORKS_DIR}/schema.json`, `${JSON.stringify(frameworkSchema(), null, 2)}\n`);
  for (const [path, content] of frameworkArtifacts()) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`已写入 ${relative(ROOT, path)}`);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
