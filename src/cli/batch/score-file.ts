import { basename } from "node:path";
import { toExchange } from "../../scoring";
import { checkWorkbook, type BatchEntry } from "../../workbook";
import { readWorkbook, systemReason, WorkbookLoadError } from "../../xlsx";

/** Scores one workbook of a batch; any failure becomes the entry's reason, never an exception. */
export async function scoreFile(path: string, name: string): Promise<BatchEntry> {
  try {
    const { pkg, snapshot } = await readWorkbook(path, basename(path));
    pkg.close();
    const check = checkWorkbook(snapshot);
    if (check.result.total === null) {
      const errors = check.findings.filter((f) => f.severity === "error");
      const shown = errors.slice(0, 3).map((f) => (f.cell ? `${f.cell} ${f.message}` : f.message));
      return {
        file: name,
        failure: `有 ${errors.length} 处错误：${shown.join("；")}${errors.length > 3 ? "；……" : ""}`,
        department: check.result.department,
      };
    }
    const errors = check.findings.filter((f) => f.severity === "error").length;
    return { file: name, result: toExchange(check.result, []), errors, warnings: check.findings.length - errors };
  } catch (e) {
    if (e instanceof WorkbookLoadError) return { file: name, failure: e.message };
    const reason = systemReason(e);
    return { file: name, failure: reason ? `无法读取：${reason}` : `内部错误：${(e as Error).message}` };
  }
}
