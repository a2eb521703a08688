import { basename } from "node:path";
import { toExchange, type Framework } from "../../scoring";
import { refusalOf, WorkbookFrameworkError, type BatchEntry, type Finding } from "../../workbook";
import { readWorkbook, systemReason, WorkbookLoadError } from "../../xlsx";
import { checkWithFramework } from "../workbook";

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
    const { pkg, snapshot } = await readWorkbook(path, basename(path));
    pkg.close();
    const check = checkWithFramework(snapshot, framework);
    seen?.set(`${check.framework.id}\u0000${check.framework.hash}`, check.framework);
    // Not PERF's, or a template nobody filled: said as `perf-score score` says it, with what the department should do.
    const refusal = refusalOf(check, "cli");
    if (refusal)
      return { file: name, failure: `${refusal.message}${refusal.todo}`, department: check.result.department };
    if (check.result.total === null)
      return { file: name, failure: errorsReason(check.findings), department: check.result.department };
    const errors = check.findings.filter((f) => f.severity === "error").length;
    const { id, hash } = check.framework;
    const result = toExchange(check.result, []);
    return { file: name, result, errors, warnings: check.findings.length - errors, framework: { id, hash } };
  } catch (e) {
    return { file: name, failure: failureReason(e) };
  }
}

/** A batch entry's reason for a workbook with errors: how many, and the first three with their cells. */
export function errorsReason(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error");
  const shown = errors.slice(0, 3).map((f) => (f.cell ? `${f.cell} ${f.message}` : f.message));
  return `有 ${errors.length} 处错误：${shown.join("；")}${errors.length > 3 ? "；……" : ""}`;
}

/** A batch entry's reason for what stopped a workbook being read: its message, or the system's reason. */
export function failureReason(e: unknown): string {
  if (e instanceof WorkbookLoadError || e instanceof WorkbookFrameworkError) return e.message;
  const reason = systemReason(e);
  return reason ? `无法读取：${reason}` : `内部错误：${(e as Error).message}`;
}
