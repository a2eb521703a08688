/** The xlsx adapter (Node, ExcelJS): the same workbook logic as the task pane, over files. */
export * from "./apply";
export * from "./fast-snapshot";
export * from "./load";
export * from "./snapshot";
export * from "./template";
