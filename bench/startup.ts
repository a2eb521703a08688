import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { type Figure, median } from "./measure";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "perf-score.js");
const EXAMPLE = join(ROOT, "examples", "dapeng-2024.json");
const RUNS = 7;

/** Wall time of one run of `node ARGS`, in seconds; a non-zero exit is a broken benchmark, not a slow one. */
function once(args: string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return seconds;
}

/**
 * perf-score's start-up against bare node: `--version` (loading the command line alone) and `score` on the example
 * (loading the scoring core and printing the table). Goal: each ≤ 2.5 × bare node, median of 7. The three are run in
 * turn, 7 rounds after a warm-up round, so that a busy machine slows all three alike.
 */
export async function benchStartup(): Promise<Figure[]> {
  const commands = { bare: ["-e", ""], version: [BIN, "--version"], score: [BIN, "score", EXAMPLE] };
  const times: Record<keyof typeof commands, number[]> = { bare: [], version: [], score: [] };
  for (let round = 0; round <= RUNS; round++) {
    for (const [key, args] of Object.entries(commands) as [keyof typeof commands, string[]][]) {
      const t = once(args);
      if (round > 0) times[key].push(t);
    }
  }
  const [bare, version, score] = [median(times.bare), median(times.version), median(times.score)];
  const s = (t: number) => `${t.toFixed(3)} s`;
  const x = (t: number) => `${(t / bare).toFixed(2)} × bare node (goal ≤ 2.5)`;
  return [
    { name: `bare node -e "" (median of ${RUNS})`, value: s(bare) },
    { name: "perf-score --version", value: `${s(version)}, ${x(version)}` },
    { name: "perf-score score examples/dapeng-2024.json", value: `${s(score)}, ${x(score)}` },
  ];
}

// `node bin/run-ts.js bench/startup.ts` runs this benchmark alone.
if (/startup\.ts$/.test(process.argv[1] ?? "")) {
  void benchStartup().then((figures) => {
    for (const f of figures) console.log(`  ${f.name}: ${f.value}`);
  });
}
