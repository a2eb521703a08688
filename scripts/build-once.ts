import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const ROOT = join(__dirname, "..");

/**
 * Where the tests' and the benchmarks' production build goes: a folder of its own, so that running them never
 * replaces the dist/ a finance bureau built for its own PERF_ORIGIN (.gitignore'd, like dist/).
 */
export const DIST = join(ROOT, "dist-test");
/** The origin the tests' production build is made for (a reserved .invalid name: it never resolves). */
export const BUILD_ORIGIN = "https://perf.test.invalid/";
const STAMP = join(DIST, ".build-stamp");
const LOCK = join(ROOT, ".build-lock");
const INPUTS = ["src", "assets", "scripts", "webpack.config.js", "manifest.xml", "tsconfig.json", "package-lock.json"];

/** What the build reads, by path, time and size: a new stamp means the build is stale. */
function fingerprint(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else hash.update(`${path}:${info.mtimeMs}:${info.size}\n`);
  };
  for (const input of INPUTS) if (existsSync(join(ROOT, input))) visit(join(ROOT, input));
  return hash.digest("hex");
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs the production build (for BUILD_ORIGIN, into DIST) unless DIST already holds a build of the current sources.
 * Test files run in parallel workers; a lock directory lets one build while others wait.
 */
export function buildOnce(): void {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline)
        throw new Error(`another build held ${LOCK} for 5 minutes; remove it if no build is running`);
      sleep(200);
    }
  }
  try {
    const stamp = fingerprint();
    if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp) return;
    const env = { ...process.env, PERF_ORIGIN: BUILD_ORIGIN };
    execFileSync(
      process.platform === "win32" ? "npx.cmd" : "npx",
      ["webpack", "--mode", "production", "--output-path", DIST],
      {
        cwd: ROOT,
        env,
        stdio: "pipe",
      },
    );
    writeFileSync(STAMP, stamp);
  } finally {
    rmdirSync(LOCK);
  }
}
