import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers/seed";

// Review of #8, item 11: `perf-score framework check FILE | head -1` printed Node's EPIPE stack and exited 1. The
// reader here closes its end before the command writes a byte, so every write meets a closed pipe, every run.
const BUNDLE = join(ROOT, "dist-cli", "perf-score.js");

function cutShort(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a command whose reader stops early (| head -1)", () => {
  it.each([
    [["framework", "check", "frameworks/dapeng-2024.yaml"]],
    [["framework", "list"]],
    [["framework", "show", "dapeng-2024"]],
    [["framework", "docs", "example-2025"]],
    [["score", "examples/dapeng-2024.json"]],
  ])("perf-score %j ends quietly with status 0", async (args) => {
    const r = await cutShort(args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
