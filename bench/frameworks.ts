import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText } from "../src/cli/framework/file";
import { getFramework, parseCase, scoreCase, toExchange } from "../src/scoring";
import { fullDoc } from "../src/scoring/frameworks/texts";
import { checkEmbedded } from "../src/workbook/check-embedded";
import { median, type Figure } from "./measure";

const ROOT = join(__dirname, "..");

/** Milliseconds of `fn`, median of `runs` after a warm-up. */
function ms(fn: () => void, runs = 15): number {
  fn();
  return median(
    Array.from({ length: runs }, () => {
      const start = process.hrtime.bigint();
      fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    }),
  );
}

/** Loading and checking framework files, and scoring with a framework that came from one. */
export async function benchFrameworks(): Promise<Figure[]> {
  const dapeng = readFileSync(join(ROOT, "frameworks", "dapeng-2024.yaml"), "utf8");
  const example = readFileSync(join(ROOT, "frameworks", "example-2025.yaml"), "utf8");
  const load = (text: string) => () => {
    if (!loadFrameworkText(text).framework) throw new Error("the bundled framework no longer passes its checks");
  };
  const embedded = JSON.stringify(fullDoc(getFramework("dapeng-2024")!));
  const fromFile = loadFrameworkText(dapeng).framework!;
  const seed = JSON.parse(readFileSync(join(ROOT, "examples", "dapeng-2024.json"), "utf8"));
  if (toExchange(scoreCase(fromFile, parseCase(seed).case!)).total !== 91.75)
    throw new Error("dapeng-2024 read from its file no longer scores the seed 91.75");
  return [
    {
      name: "load and check frameworks/dapeng-2024.yaml: YAML, schema, checks, compile (median of 15; goal ≤ 50 ms)",
      value: `${ms(load(dapeng)).toFixed(1)} ms`,
    },
    { name: "load and check frameworks/example-2025.yaml", value: `${ms(load(example)).toFixed(1)} ms` },
    {
      name: "check dapeng-2024 as a workbook carries it (JSON, the task pane's checks script)",
      value: `${ms(() => checkEmbedded(embedded, "框架")).toFixed(1)} ms`,
    },
  ];
}
