#!/usr/bin/env node
// perf-score runs the TypeScript sources directly (through tsx), so the command always matches the code under test.
require("tsx/cjs/api").register();
require("../src/cli/run.ts");
