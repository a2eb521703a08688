#!/usr/bin/env node
/*
 * perf-score as JavaScript: src/cli/run.ts and everything it imports from src/ bundled by esbuild into one file,
 * dist-cli/perf-score.js, so the command starts without compiling TypeScript. npm's `prepare` runs this at `npm ci`;
 * the tests' global set-up runs it before any test; bin/perf-score.js runs it when the sources changed since (it
 * says so on standard error), so the command never runs stale code.
 *
 * Plain JavaScript on purpose: it must run before anything is built. esbuild is loaded only to build, never to check.
 */
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { dirname, join, relative, sep } = require("node:path");

const ROOT = join(__dirname, "..");
const OUT_DIR = join(ROOT, "dist-cli");
const BUNDLE = join(OUT_DIR, "perf-score.js");
const STAMP = join(OUT_DIR, "stamp.json");
const ENTRY = join(ROOT, "src", "cli", "run.ts");

/** Packages left to node_modules, loaded when used; the ES-module-only ones (string-width, get-east-asian-width) are
 * bundled instead, since require() of an ES module is still experimental in Node 20. */
function externals() {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const bundled = new Set(["string-width", "get-east-asian-width"]);
  const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
  return Object.keys(all).filter((name) => !bundled.has(name));
}

/**
 * `__dirname` in a bundled file would be dist-cli/ for every module: each module that uses it gets its own, the
 * folder its source is in, so a path such as `join(__dirname, "..", "..", "package.json")` means what it says.
 */
const keepDirname = {
  name: "keep-dirname",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const loader = args.path.endsWith(".tsx") ? "tsx" : "ts";
      const folder = relative(ROOT, dirname(args.path)).split(sep).join("/");
      const file = relative(ROOT, args.path).split(sep).join("/");
      let prefix = "";
      if (/\b__dirname\b/.test(source))
        prefix += `const __dirname = require("node:path").join(__perfRoot, ${JSON.stringify(folder)});`;
      if (/\b__filename\b/.test(source))
        prefix += `const __filename = require("node:path").join(__perfRoot, ${JSON.stringify(file)});`;
      return { contents: prefix ? `${prefix}\n${source}` : source, loader };
    });
  },
};

/** Every file the bundle was built from, with its modification time and size. */
function fingerprintOf(inputs) {
  const files = {};
  for (const input of inputs) {
    const info = statSync(join(ROOT, input));
    files[input] = [info.mtimeMs, info.size];
  }
  return files;
}

/**
 * Why the bundle cannot be run as it is ("missing", "changed: src/cli/report.ts"), or undefined when it is up to
 * date: every source file it was built from still has the same time and size. A stat per file, about a millisecond.
 */
function staleness(stampPath = STAMP) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath, "utf8"));
    statSync(BUNDLE);
  } catch {
    return "missing";
  }
  for (const [input, [mtime, size]] of Object.entries(stamp.files)) {
    let info;
    try {
      info = statSync(join(ROOT, input));
    } catch {
      return `removed: ${input}`;
    }
    if (info.mtimeMs !== mtime || info.size !== size) return `changed: ${input}`;
  }
  return undefined;
}

/** Builds the bundle; it and its stamp replace the old ones only when complete (two builds at once are harmless). */
async function build() {
  const esbuild = require("esbuild");
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: BUNDLE,
    write: false,
    metafile: true,
    external: externals(),
    plugins: [keepDirname],
    banner: { js: '#!/usr/bin/env node\nconst __perfRoot = require("node:path").join(__dirname, "..");' },
    legalComments: "none",
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs); // relative to ROOT, with forward slashes
  mkdirSync(OUT_DIR, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(BUNDLE + suffix, result.outputFiles[0].contents);
  writeFileSync(STAMP + suffix, `${JSON.stringify({ files: fingerprintOf(inputs) })}\n`);
  renameSync(BUNDLE + suffix, BUNDLE);
  renameSync(STAMP + suffix, STAMP);
  return inputs.length;
}

module.exports = { BUNDLE, STAMP, build, staleness };

if (require.main === module) {
  build().then(
    (n) => console.log(`perf-score built: ${relative(process.cwd(), BUNDLE)} from ${n} files`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
