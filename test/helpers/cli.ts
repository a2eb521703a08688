import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Io } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { ROOT } from "./seed";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs perf-score in this process with captured output and the given standard input, laid out for a terminal of
 * `columns` (a test of what is said, not of layout, passes a width wider than any line).
 */
export async function perfScore(args: string[], stdin = "", columns = 120, stderrColumns?: number): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => stdin,
    columns,
    stderrColumns,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Runs the real `perf-score` bin as a user would, in a child process. */
export function perfScoreBin(args: string[], stdin = "", cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "perf-score.js"), ...args], {
    cwd,
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** summary's closing tally: files, scored, failed, the time it took, and where it wrote. */
export function tally(files: number, scored: number, failed: number, ...outputs: string[]): RegExp {
  const escaped = outputs.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(" 和 ");
  return new RegExp(
    `^已汇总 ${files} 个文件：${scored} 个已评分，${failed} 个未能评分，用时 \\d+(\\.\\d)? 秒。\n已写入 ${escaped}。\n$`,
  );
}
