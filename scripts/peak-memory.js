// Runs perf-score in this process with the given arguments, then reports its peak memory (maxRSS, in KB) on standard
// error, so a test can bound the memory a refusal takes. Run it in a child process with a small heap.
process.on("exit", () => process.stderr.write(`\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`));
process.argv = [process.argv[0], "perf-score", ...process.argv.slice(2)];
require("../bin/perf-score.js");
