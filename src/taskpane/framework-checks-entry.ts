/*
 * framework-checks.js, a script of its own: how the task pane resolves a workbook's own framework (the core's
 * framework checks, the rule kinds no bundled framework uses, and what to do when the framework is damaged), loaded
 * only for a workbook that carries a framework PERF does not ship (see framework-checks.ts). Plain data in and out,
 * so it shares nothing with the pane's bundle but this global.
 */
import { checkEmbedded } from "../workbook/check-embedded";
import { ownFrameworkWith } from "../workbook/own-framework";

(globalThis as { PERF_FRAMEWORK_CHECKS?: unknown }).PERF_FRAMEWORK_CHECKS = ownFrameworkWith(checkEmbedded);
