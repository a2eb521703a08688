/**
 * The xlsx adapter (Node): one reader and one surgical writer for every command, over the same workbook logic as the
 * task pane. ExcelJS builds the template only (and gives tests an independent second reader).
 */
export * from "./edit";
export * from "./errors";
export * from "./package";
export * from "./read";
export * from "./snapshot";
export * from "./template";
export * from "./template-names";
export * from "./write";
export { fdSink, type Sink } from "./zip";
