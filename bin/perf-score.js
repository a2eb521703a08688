#!/usr/bin/env node
// perf-score runs the JavaScript built from src/cli (dist-cli/perf-score.js, built by `npm ci`). When a source file
// changed since, it rebuilds first and says so on standard error: the command never runs code older than its sources.
const cli = require("../scripts/build-cli.js");

const why = cli.staleness();
if (why === undefined) require(cli.BUNDLE);
else {
  if (why !== "missing") {
    const [kind, file] = why.split(": ");
    const what = kind === "removed" ? `${file} 已删除` : `${file} 有改动`;
    process.stderr.write(`perf-score：上次构建后源代码 ${what}，正在重新构建 dist-cli/ …\n`);
  }
  cli.build().then(
    () => require(cli.BUNDLE),
    (e) => {
      process.stderr.write(`perf-score：无法构建 dist-cli/perf-score.js（请运行 npm ci）：${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
