/**
 * 运行监控: the in-year monitoring core, pure like the scoring core beside it, and read from the framework's data
 * (its schedule, its rules, its `monitoring` section). status.ts is what the custom functions need; the rest is
 * imported where it is used, so the task pane loads it only with its 运行监控 view.
 */
export * from "./figures";
export * from "./ledger";
export * from "./monitor";
export * from "./status";
