// perf-score's main() run from TypeScript through bin/run-ts.js (tsx), as the benchmarks do: node bin/run-ts.js
// test/helpers/run-main.ts score examples/dapeng-2024.json
import { processIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
