import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { buildOnce, DIST } from "../scripts/build-once";
import { type Figure, medianRate, perSecond } from "./measure";

const ROOT = join(__dirname, "..");
const BUNDLE = join(DIST, "functions.js");

type Fn = (...args: unknown[]) => unknown;

/** dist/functions.js as Excel's runtime loads it: in a bare context whose only global is CustomFunctions. */
function loadBundle(): Map<string, Fn> {
  const associated = new Map<string, Fn>();
  class CustomFunctionsError {
    constructor(
      public code: string,
      public message?: string,
    ) {}
  }
  const CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: (id: string, fn: Fn) => associated.set(id, fn),
  };
  runInContext(readFileSync(BUNDLE, "utf8"), createContext({ CustomFunctions }), { filename: "functions.js" });
  return associated;
}

/**
 * The custom functions' bundle and speed: gzip size of dist/functions.js (built first if stale; goal ≤ 60 KB), and
 * calls per second of SCORE_EXEC and INDICATOR on the seed's figures, through the built bundle (median of 7 runs).
 */
export async function benchFunctions(): Promise<Figure[]> {
  // The production build for the tests' origin, into dist-test/ (a bare `npm run build` needs PERF_ORIGIN), unless current.
  buildOnce();
  const gzip = gzipSync(readFileSync(BUNDLE), { level: 9 }).length;
  const fns = loadBundle();
  const seed = JSON.parse(readFileSync(join(ROOT, "examples", "dapeng-2024.json"), "utf8"));
  const range = Object.entries(seed.inputs as Record<string, unknown>);
  const scoreExec = fns.get("SCORE_EXEC")!;
  const indicator = fns.get("INDICATOR")!;
  const exec = () => {
    if (scoreExec(0.3548, 0.5988, 0.6477, 0.7914) !== 5.48) throw new Error("SCORE_EXEC no longer gives 5.48");
  };
  const one = () => {
    if (indicator("1.1.1", range) !== 4.8) throw new Error("INDICATOR(1.1.1) no longer gives 4.8");
  };
  return [
    { name: "dist/functions.js gzip size (goal ≤ 60 KB)", value: `${(gzip / 1024).toFixed(1)} KB (${gzip} bytes)` },
    { name: "PERF.SCORE_EXEC calls per second (median of 7 runs)", value: perSecond(medianRate(exec)) },
    {
      name: `PERF.INDICATOR("1.1.1", the seed's ${range.length}-row range) calls per second (median of 7 runs)`,
      value: perSecond(medianRate(one)),
    },
  ];
}
