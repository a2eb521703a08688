import { needsChecker, type OwnFramework, type WorkbookSnapshot } from "../workbook";

/**
 * The framework checks, for a workbook that carries a framework PERF does not ship (a bureau's own). They are a chunk
 * of their own, loaded only then: a workbook made from PERF's own template is scored with the bundled version, which
 * was checked when PERF was built, and the pane's first load stays small.
 */
export async function checksFor(snapshot: WorkbookSnapshot): Promise<OwnFramework | undefined> {
  if (!needsChecker(snapshot)) return undefined;
  const { ownFramework } = await import(/* webpackChunkName: "framework-checks" */ "../workbook/own-framework");
  return ownFramework;
}
