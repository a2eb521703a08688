import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getFramework, parseCase, scoreCase, toExchange } from "../src/scoring";
import { type Figure, medianRate, perSecond } from "./measure";

/**
 * Throughput of the scoring core on the seed's case: parse, validate, score, and the exchange output, with dapeng-2024
 * as every surface has it (compiled from its file when PERF was built).
 */
export async function benchCore(): Promise<Figure[]> {
  const dapeng2024 = getFramework("dapeng-2024")!;
  const json = JSON.parse(readFileSync(join(__dirname, "..", "examples", "dapeng-2024.json"), "utf8"));
  const once = () => {
    const parsed = parseCase(json);
    const result = scoreCase(dapeng2024, parsed.case!);
    if (toExchange(result).total !== 91.75) throw new Error("benchmark case no longer scores 91.75");
  };
  return [
    {
      name: "scoring core, seed case (cases per second, median of 7 runs; goal ≥ 2,000)",
      value: perSecond(medianRate(once)),
    },
  ];
}
