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

/** Runs perf-score in this process with captured output and the given standard input. */
export async function perfScore(args: string[], stdin = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => stdin,
    columns: 120,
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
