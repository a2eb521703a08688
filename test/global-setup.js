/* Before any test: perf-score's bundle rebuilt if a source changed, so a test of the real command runs today's code. */
const { build, staleness } = require("../scripts/build-cli.js");

module.exports = async () => {
  if (staleness() !== undefined) await build();
};
