#!/usr/bin/env node
// Runs a TypeScript script of this repository (benchmarks, generators) through tsx, for development only: both
// require() and import() of TypeScript files work (perf-score loads its commands with import()).
const path = require("path");

void import("tsx/esm/api").then(({ register }) => {
  register();
  require("tsx/cjs/api").register();
  const [script, ...rest] = process.argv.slice(2);
  process.argv = [process.argv[0], script, ...rest];
  require(path.resolve(script));
});
