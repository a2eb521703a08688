import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipBomb } from "../test/helpers/zip-bomb";
import { bigWorkbook } from "./big-workbook";
import { type Figure, median } from "./measure";

const ROOT = join(__dirname, "..");

/** perf-score in a child process: its wall time (start-up included) and its peak memory. */
function timed(args: string[]): { seconds: number; peakMb: number; code: number | null; stderr: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "peak-memory.js"), ...args], { encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peak = Number(/PEAK_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMb: peak / 1024, code: r.status, stderr: r.stderr };
}

function medianOf(runs: number, args: string[], expect: number): { seconds: number; peakMb: number } {
  const all = Array.from({ length: runs }, () => {
    const r = timed(args);
    if (r.code !== expect) throw new Error(`perf-score ${args[0]} exited ${r.code}: ${r.stderr}`);
    return r;
  });
  return { seconds: median(all.map((r) => r.seconds)), peakMb: Math.max(...all.map((r) => r.peakMb)) };
}

const mb = (n: number) => `${n.toFixed(0)} MB`;

/**
 * fill on a 20 MB workbook against score on it (goal: ≤ 2 × the time, ≤ 300 MB), and the refusal of a 5 GB zip bomb
 * (in time and memory). Every run is a fresh perf-score process, start-up included, as a user meets it.
 */
export async function benchFill(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "perf-bench-fill-"));
  try {
    const big = join(dir, "big.xlsx");
    writeFileSync(big, await bigWorkbook());
    const size = statSync(big).size / 1024 / 1024;
    const startup = medianOf(3, ["--version"], 0);
    const score = medianOf(3, ["score", big], 0);
    const fill = medianOf(3, ["fill", big, "-o", join(dir, "filled.xlsx"), "--force"], 0); // the same output, 3 times
    const bomb = join(dir, "bomb.xlsx");
    writeFileSync(bomb, await zipBomb(readFileSync(join(ROOT, "examples", "dapeng-2024.xlsx")), 5));
    const lying = join(dir, "lying.xlsx");
    writeFileSync(lying, await zipBomb(readFileSync(join(ROOT, "examples", "dapeng-2024.xlsx")), 5, true));
    const refused = medianOf(3, ["score", bomb], 1);
    const stopped = medianOf(3, ["score", lying], 1);
    return [
      {
        name: `workbook: ${size.toFixed(1)} MB (260,000 rows of the department's accounts, a 4 MB picture)`,
        value: "",
      },
      {
        name: "perf-score start-up alone (--version)",
        value: `${startup.seconds.toFixed(2)} s, ${mb(startup.peakMb)}`,
      },
      { name: "score on it (median of 3)", value: `${score.seconds.toFixed(2)} s, peak ${mb(score.peakMb)}` },
      { name: "fill on it (median of 3)", value: `${fill.seconds.toFixed(2)} s, peak ${mb(fill.peakMb)}` },
      {
        name: "ratio fill ÷ score (goal ≤ 2); fill peak memory (goal ≤ 300 MB)",
        value: `${(fill.seconds / score.seconds).toFixed(2)}; ${mb(fill.peakMb)}`,
      },
      {
        name: "5 GB zip bomb, honest header: refused in",
        value: `${refused.seconds.toFixed(2)} s, peak ${mb(refused.peakMb)} (goal < 5 s, < 300 MB)`,
      },
      {
        name: "5 GB zip bomb, lying header: refused in",
        value: `${stopped.seconds.toFixed(2)} s, peak ${mb(stopped.peakMb)} (goal < 5 s, < 300 MB)`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
