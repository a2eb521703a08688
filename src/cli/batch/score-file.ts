import { toExchange } from "../../scoring";
import { checkWorkbook, type BatchEntry } from "../../workbook";
import { loadWorkbook, snapshotOf, WorkbookLoadError } from "../../xlsx";

/** Scores one workbook of a batch; any failure becomes the entry's reason, never an exception. */
export async function scoreFile(path: string, name: string): Promise<BatchEntry> {
  try {
    const check = checkWorkbook(snapshotOf(await loadWorkbook(path)));
    if (check.result.total === null) {
      const errors = check.findings.filter((f) => f.severity === "error");
      const shown = errors.slice(0, 3).map((f) => (f.cell ? `${f.cell} ${f.message}` : f.message));
      return {
        file: name,
        failure: `有 ${errors.length} 处错误：${shown.join("；")}${errors.length > 3 ? "；……" : ""}`,
      };
    }
    return { file: name, result: toExchange(check.result, []), warnings: check.findings.length };
  } catch (e) {
    return { file: name, failure: e instanceof WorkbookLoadError ? e.message : `内部错误：${(e as Error).message}` };
  }
}
