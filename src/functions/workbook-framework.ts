import type { Framework } from "../scoring";

/*
 * The framework the open workbook carries, once the task pane has read it (one runtime hosts both). A module of its
 * own with nothing else in it: the pane sets it, the functions read it, and webpack still joins the functions' other
 * modules into one.
 */
let workbook: Framework | undefined;

/** The task pane tells the functions which framework the workbook it read carries. */
export function setWorkbookFramework(framework: Framework | undefined): void {
  workbook = framework;
}

export function workbookFramework(): Framework | undefined {
  return workbook;
}
