import { cpus } from "node:os";
import { benchCore } from "./core";
import { benchFrameworks } from "./frameworks";
import { benchFill } from "./fill";
import { benchFunctions } from "./functions";
import { benchMonitor } from "./monitor";
import type { Figure } from "./measure";
import { benchStartup } from "./startup";
import { benchSummary } from "./summary";
import { benchTaskpane } from "./taskpane";

/** `npm run bench`: every benchmark of the project, printed as one table. Speed is measured here, never in tests. */
async function main(): Promise<void> {
  const sections: [string, () => Promise<Figure[]>][] = [
    ["scoring core", benchCore],
    ["framework files", benchFrameworks],
    ["custom functions", benchFunctions],
    ["task pane", benchTaskpane],
    ["perf-score start-up", benchStartup],
    ["perf-score summary", benchSummary],
    ["perf-score monitor", benchMonitor],
    ["perf-score fill on a 20 MB workbook, and a zip bomb", benchFill],
  ];
  console.log(`PERF benchmarks — node ${process.version}, ${cpus().length} cores\n`);
  for (const [title, bench] of sections) {
    console.log(`## ${title}`);
    for (const f of await bench()) console.log(`  ${f.name}: ${f.value}`);
    console.log("");
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
