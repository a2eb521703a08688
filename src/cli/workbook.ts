import type ExcelJS from "exceljs";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Framework } from "../scoring";
import { batchTime, checkWorkbook, WorkbookFrameworkError, type CheckResult } from "../workbook";
import { loadWorkbook, snapshotOf, WorkbookLoadError } from "../xlsx";
import { ownFramework } from "../workbook/own-framework-node";
import { frameworkHash } from "./framework/file";
import { givenFindings } from "./framework/given";
import { CliError } from "./io";

/** Opens a workbook for a command: a load failure is exit 1 with its message, never a stack trace. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  try {
    return await loadWorkbook(path);
  } catch (e) {
    if (e instanceof WorkbookLoadError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * Opens and checks a workbook, scored with `framework` when given (--framework), else with the framework it carries,
 * verified against its recorded content hash.
 */
export async function checkFile(
  path: string,
  framework?: Framework,
): Promise<{ workbook: ExcelJS.Workbook; check: CheckResult }> {
  const workbook = await openWorkbook(path);
  try {
    const snapshot = snapshotOf(workbook);
    const check = checkWorkbook(snapshot, { framework, own: ownFramework, hashOf: frameworkHash });
    check.findings.unshift(...givenFindings(snapshot, framework));
    return { workbook, check };
  } catch (e) {
    if (e instanceof WorkbookFrameworkError) throw new CliError(`${path}：${e.message}`);
    throw e;
  }
}

export function requireXlsxName(path: string, what: string): void {
  if (!/\.xlsx$/i.test(path)) throw new CliError(`${what}应为 .xlsx 文件：${path}`, 2);
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** Writes the workbook through a temporary file and a rename, so a failed write never leaves half a file. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temp = resolve(dirname(path), `.~perf-${process.pid}-${Date.now()}.xlsx`);
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    await writeFile(temp, Buffer.from(buffer as ArrayBuffer));
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`无法写入 ${path}：所在文件夹不存在`);
    if (code === "EACCES" || code === "EPERM") throw new CliError(`无法写入 ${path}：没有写入权限`);
    if (code === "EBUSY") throw new CliError(`无法写入 ${path}：文件正被其他程序（如 Excel）打开`);
    throw new CliError(`无法写入 ${path}：${(e as Error).message}`);
  }
}

/** The batch's time as the 评分记录 shows it; PERF_NOW fixes it for reproducible output. */
export function nowText(): string {
  return process.env.PERF_NOW || batchTime(new Date());
}
