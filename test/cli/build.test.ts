import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SEED_PATH } from "../helpers/seed";

// The build is plain JavaScript (it runs before anything is built): required as it is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cli = require("../../scripts/build-cli.js") as {
  BUNDLE: string;
  STAMP: string;
  staleness(stamp?: string): string | undefined;
};

const dir = mkdtempSync(join(tmpdir(), "perf-build-"));

/** Runs bin/perf-score.js with `args` and reports which modules were loaded by the time it exited. */
function modulesLoaded(args: string[]): { code: number | null; stdout: string; modules: string[] } {
  const script = [
    `process.argv = [process.argv[0], ${JSON.stringify(join(ROOT, "bin", "perf-score.js"))}, ...${JSON.stringify(args)}];`,
    `process.on("exit", () => process.stderr.write(JSON.stringify(Object.keys(require.cache))));`,
    `require(process.argv[1]);`,
  ].join("\n");
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, modules: JSON.parse(r.stderr) as string[] };
}

describe("perf-score runs as JavaScript built from the sources under test", () => {
  it("the bundle is up to date with every source it was built from (the tests' global set-up built it)", () => {
    expect(cli.staleness()).toBeUndefined();
    const stamp = JSON.parse(readFileSync(cli.STAMP, "utf8")) as { files: Record<string, [number, number]> };
    const files = Object.keys(stamp.files);
    for (const f of ["src/cli/run.ts", "src/cli/main.ts", "src/cli/report.ts", "src/scoring/score.ts", "package.json"])
      expect(files).toContain(f);
    for (const f of files)
      expect(stamp.files[f]).toEqual([statSync(join(ROOT, f)).mtimeMs, statSync(join(ROOT, f)).size]);
  });

  it("a source changed or removed since the build makes it stale, which bin would rebuild", () => {
    const stamp = JSON.parse(readFileSync(cli.STAMP, "utf8")) as { files: Record<string, [number, number]> };
    const changed = structuredClone(stamp);
    changed.files["src/cli/report.ts"][0] -= 1000;
    writeFileSync(join(dir, "changed.json"), JSON.stringify(changed));
    expect(cli.staleness(join(dir, "changed.json"))).toBe("changed: src/cli/report.ts");
    const removed = structuredClone(stamp);
    removed.files["src/cli/gone.ts"] = [1, 1];
    writeFileSync(join(dir, "removed.json"), JSON.stringify(removed));
    expect(cli.staleness(join(dir, "removed.json"))).toBe("removed: src/cli/gone.ts");
    expect(cli.staleness(join(dir, "none.json"))).toBe("missing");
  });

  it("bin runs the bundle, with no TypeScript compiler loaded, and --version does not load ExcelJS", () => {
    const r = modulesLoaded(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`perf-score ${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);
    expect(r.modules).toContain(cli.BUNDLE);
    expect(r.modules.filter((m) => /[\\/]node_modules[\\/](tsx|typescript|esbuild|exceljs)[\\/]/.test(m))).toEqual([]);
    expect(r.modules.filter((m) => m.endsWith(".ts"))).toEqual([]);
  });

  it("score on the example loads the scoring core but not ExcelJS (0.3 s to load, needed only to build workbooks)", () => {
    const r = modulesLoaded(["score", SEED_PATH]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("总分：91.75 分");
    expect(r.modules.some((m) => /[\\/]node_modules[\\/]decimal\.js[\\/]/.test(m))).toBe(true);
    expect(r.modules.filter((m) => /[\\/]node_modules[\\/](tsx|typescript|esbuild|exceljs)[\\/]/.test(m))).toEqual([]);
  });

  it("the sources also run through tsx (bin/run-ts.js, for benchmarks and generators), commands loaded by import()", () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "run-ts.js"), join(ROOT, "test", "helpers", "run-main.ts"), "score", SEED_PATH, "--json"],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(91.75);
  });

  it("npm ci builds it (prepare), and npm run demo runs it", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.prepare).toBe("node scripts/build-cli.js");
    expect(pkg.bin["perf-score"]).toBe("bin/perf-score.js");
    expect(pkg.dependencies.tsx).toBeUndefined(); // development only
    expect(pkg.scripts.demo).toBe("node bin/perf-score.js score examples/dapeng-2024.json");
  });
});
