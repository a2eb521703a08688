import { basename } from "node:path";
import { toExchange, type Framework } from "../../scoring";
import { checkWorkbook, WorkbookFrameworkError, type BatchEntry, type WorkbookSnapshot } from "../../workbook";
import { ownFramework } from "../../workbook/own-framework-node";
import { frameworkHash } from "../framework/file";
import { givenFindings } from "../framework/given";
import { fastSnapshot, loadWorkbookBuffer, readWorkbookFile, snapshotOf, WorkbookLoadError } from "../../xlsx";

/** The cells of a workbook for reading only: straight from its XML, or through ExcelJS when that fails. */
async function readSnapshot(path: string): Promise<WorkbookSnapshot> {
  const data = await readWorkbookFile(path);
  try {
    return await fastSnapshot(data);
  } catch {
    // ExcelJS reads what the fast path does not, and says in Chinese why a damaged or foreign file cannot be read.
    return snapshotOf(await loadWorkbookBuffer(data, basename(path)));
  }
}

/**
 * Scores one workbook of a batch, with `framework` when given, else the one it carries (each framework it was scored
 * with is kept in `seen`, by id and hash); any failure becomes the entry's reason, never an exception.
 */
export async function scoreFile(
  path: string,
  name: string,
  framework?: Framework,
  seen?: Map<string, Framework>,
): Promise<BatchEntry> {
  try {
    const snapshot = await readSnapshot(path);
    const check = checkWorkbook(snapshot, { framework, own: ownFramework, hashOf: frameworkHash });
    check.findings.unshift(...givenFindings(snapshot, framework));
    seen?.set(`${check.framework.id}\u0000${check.framework.hash}`, check.framework);
    if (check.result.total === null) {
      const errors = check.findings.filter((f) => f.severity === "error");
      const shown = errors.slice(0, 3).map((f) => (f.cell ? `${f.cell} ${f.message}` : f.message));
      return {
        file: name,
        failure: `有 ${errors.length} 处错误：${shown.join("；")}${errors.length > 3 ? "；……" : ""}`,
      };
    }
    const errors = check.findings.filter((f) => f.severity === "error").length;
    const { id, hash } = check.framework;
    const result = toExchange(check.result, []);
    return { file: name, result, errors, warnings: check.findings.length - errors, framework: { id, hash } };
  } catch (e) {
    const known = e instanceof WorkbookLoadError || e instanceof WorkbookFrameworkError;
    return { file: name, failure: known ? e.message : `内部错误：${(e as Error).message}` };
  }
}
