/** Workbook logic shared by the task pane and the command line: pure, over snapshots of cells. */
export * from "./check";
export * from "./finding";
export * from "./find";
export * from "./layout";
export * from "./plan";
export * from "./read";
export * from "./snapshot";
export * from "./undo";
export * from "./export";
export * from "./summary";
export * from "./problems";
export * from "./embedded";
export * from "./state";
export * from "./fill-words";
export * from "./record";
export * from "./relevant";
export * from "./names";
