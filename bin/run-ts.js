#!/usr/bin/env node
// Runs a TypeScript script of this repository (benchmarks, generators) with the same loader as perf-score.
const path = require("path");
require("tsx/cjs/api").register();
const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], script, ...rest];
require(path.resolve(script));
