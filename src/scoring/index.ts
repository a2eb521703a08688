/** The scoring core: pure TypeScript, no Office, DOM or Node APIs. Every surface of PERF scores through here. */
export * from "./bands";
export * from "./coerce";
export * from "./decimal";
export * from "./effect";
export * from "./exchange";
export * from "./framework";
export * from "./frameworks";
export * from "./grade";
export * from "./lenient";
export * from "./names";
export * from "./score";
export * from "./single";
export * from "./types";
export * from "./validate";
export type { Problem, Path } from "./format/problem";
export type { FrameworkDoc } from "./format/doc";
// The framework checks (format/load.ts) are imported where they are used: the task pane loads them only for a
// workbook that carries a framework PERF does not ship.
export type { Ctx } from "./context";
export type { Rule } from "./rules";
export type { Quantity } from "./quantities";
