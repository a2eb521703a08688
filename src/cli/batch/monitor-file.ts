import { basename } from "node:path";
import type { Framework } from "../../scoring";
import { monitorLine, monitorWorkbook, type MonitorEntry } from "../../workbook";
import { ownFramework } from "../../workbook/own-framework-node";
import { readWorkbook } from "../../xlsx";
import { frameworkHash } from "../framework/hash";
import { givenFindings } from "../framework/given";
import { errorsReason, failureReason } from "./score-file";

/**
 * Monitors one workbook of a batch for `month`, with `framework` when given, else the one it carries (kept in `seen`
 * by id and hash, as summary does); any failure (a file that cannot be read, no 运行监控 sheet, a figure missing or
 * wrong) becomes the entry's reason with the cells concerned, never an exception.
 */
export async function monitorFile(
  path: string,
  name: string,
  month: number,
  framework?: Framework,
  seen?: Map<string, Framework>,
): Promise<MonitorEntry> {
  try {
    const { pkg, snapshot } = await readWorkbook(path, basename(path));
    pkg.close();
    const check = monitorWorkbook(snapshot, { month, framework, own: ownFramework, hashOf: frameworkHash });
    check.findings.unshift(...givenFindings(snapshot, framework));
    seen?.set(`${check.framework.id}\u0000${check.framework.hash}`, check.framework);
    if (!check.result || check.findings.some((f) => f.severity === "error"))
      return { file: name, failure: errorsReason(check.findings), department: check.department ?? "" };
    return { file: name, line: monitorLine(check) };
  } catch (e) {
    return { file: name, failure: failureReason(e) };
  }
}
