/*
 * framework-checks.js, a script of its own: the core's framework checks, which the task pane loads only for a workbook
 * that carries a framework PERF does not ship (see framework-checks.ts). Plain data in and out, so it shares nothing
 * with the pane's bundle but this global.
 */
import { checkEmbedded } from "../workbook/check-embedded";

(globalThis as { PERF_FRAMEWORK_CHECKS?: typeof checkEmbedded }).PERF_FRAMEWORK_CHECKS = checkEmbedded;
