/*
 * Jest runs CommonJS: the few ES-module-only packages the sources use (string-width and its dependencies) are turned
 * into CommonJS as they load, by esbuild, as perf-score's build bundles them.
 */
const { transformSync } = require("esbuild");

module.exports = {
  process(source, path) {
    const { code, map } = transformSync(source, {
      format: "cjs",
      target: "node20",
      sourcefile: path,
      sourcemap: "external",
    });
    return { code, map };
  },
};
