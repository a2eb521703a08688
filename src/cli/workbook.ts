import { closeSync, openSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { defaultFramework, type Framework } from "../scoring";
import {
  batchTime,
  checkWorkbook,
  hasPerfTables,
  NOT_A_PERF_WORKBOOK,
  NOT_A_PERF_WORKBOOK_CLI,
  refusalOf,
  WorkbookFrameworkError,
  type CheckResult,
  type WorkbookSnapshot,
} from "../workbook";
import { ownFramework } from "../workbook/own-framework-node";
import { fdSink, readWorkbook, WorkbookLoadError, type WorkbookEditor, type WorkbookPackage } from "../xlsx";
import { refuseExisting, writeAtomically } from "./files";
import { frameworkHash } from "./framework/hash";
import { givenFindings } from "./framework/given";
import { CliError } from "./io";

/** Opens a workbook for a command: a load failure is exit 1 with its message, never a stack trace. */
export async function openWorkbook(path: string): Promise<{ pkg: WorkbookPackage; snapshot: WorkbookSnapshot }> {
  try {
    return await readWorkbook(path);
  } catch (e) {
    if (e instanceof WorkbookLoadError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * A workbook checked with `framework` (--framework) when given, else with the framework it carries, verified against
 * its recorded content hash (one made before templates carried theirs: dapeng-2024).
 */
export function checkWithFramework(snapshot: WorkbookSnapshot, framework?: Framework): CheckResult {
  const check = checkWorkbook(snapshot, { framework, own: ownFramework, hashOf: frameworkHash });
  check.findings.unshift(...givenFindings(snapshot, framework));
  return check;
}

export async function checkFile(
  path: string,
  framework?: Framework,
): Promise<{ pkg: WorkbookPackage; snapshot: WorkbookSnapshot; check: CheckResult }> {
  const { pkg, snapshot } = await openWorkbook(path);
  try {
    return { pkg, snapshot, check: checkWithFramework(snapshot, framework) };
  } catch (e) {
    pkg.close();
    if (e instanceof WorkbookFrameworkError) throw new CliError(`${path}：${e.message}`);
    throw e;
  }
}

/**
 * A workbook no command scores, writes or exports: not PERF's, or a template nobody has filled. Exit 1, in the task
 * pane's words (src/workbook/state.ts decides for both), before anything is written.
 */
export function refuseUnscorable(check: CheckResult): void {
  const refusal = refusalOf(check, "cli");
  if (refusal) throw new CliError(`${refusal.message}${refusal.todo}`);
}

/** undo on a workbook that is not PERF's (it has no 评分记录 of PERF's either): the same words as the others. */
export function refuseNotPerf(snapshot: WorkbookSnapshot): void {
  // undo scores nothing and takes no framework: the default one tells a 基础数据 table (any carried framework is PERF's).
  if (!hasPerfTables(snapshot, defaultFramework()))
    throw new CliError(`${NOT_A_PERF_WORKBOOK}${NOT_A_PERF_WORKBOOK_CLI}`);
}

/** A file's first bytes (empty when it cannot be read): enough to tell a zip from an OLE file from text. */
export function headOf(path: string, length = 4): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = Buffer.alloc(length);
    return head.subarray(0, readSync(fd, head, 0, length, 0));
  } catch {
    return Buffer.alloc(0);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** An output workbook's name: .xlsx, or .xlsm for a workbook with macros. */
export function requireWorkbookName(path: string, what: string): void {
  if (!/\.xls[xm]$/i.test(path)) throw new CliError(`${what}应为 .xlsx 文件：${path}`, 2);
}

export function requireXlsxName(path: string, what: string): void {
  if (!/\.xlsx$/i.test(path)) throw new CliError(`${what}应为 .xlsx 文件：${path}`, 2);
}

/** Excel opens a workbook with macros only as .xlsm, and one without only as .xlsx: the output keeps the kind. */
export function requireSameKind(pkg: WorkbookPackage, output: string): void {
  const xlsm = /\.xlsm$/i.test(output);
  if (pkg.macroEnabled && !xlsm)
    throw new CliError(`输入是启用宏的工作簿，输出也应为 .xlsm（否则 Excel 打不开）：${output}`, 2);
  if (!pkg.macroEnabled && xlsm) throw new CliError(`输入不含宏，输出应为 .xlsx（否则 Excel 打不开）：${output}`, 2);
}

export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/**
 * Writes an edited workbook safely; the package it was read from is closed before the rename replaces it. `replace`:
 * an existing file may be replaced (--force, or --in-place for the input itself).
 */
export function saveEdited(editor: WorkbookEditor, path: string, replace: boolean): void {
  writeAtomically(
    path,
    (fd) => {
      editor.save(fdSink(fd));
      editor.pkg.close();
    },
    replace,
  );
}

/** The batch's time as the 评分记录 shows it; PERF_NOW fixes it for reproducible output. */
export function nowText(): string {
  return process.env.PERF_NOW || batchTime(new Date());
}

/**
 * fill and undo: where to write, from -o and --in-place, refused when they disagree, and whether the target may be
 * replaced: the input itself with --in-place, another existing file only with --force (refused here, before work).
 */
export function outputOf(
  command: string,
  input: string,
  output: string | undefined,
  inPlace: boolean,
  force: boolean,
): { target: string; replace: boolean } {
  if (inPlace && output !== undefined && !samePath(input, output))
    throw new CliError(`--in-place 表示写回 ${input}，不能再用 -o 指定另一个文件`, 2);
  const target = output ?? (inPlace ? input : undefined);
  if (!target) throw new CliError(`${command} 需要用 -o 指定输出文件，或用 --in-place 写回原文件`, 2);
  requireWorkbookName(target, "输出文件");
  if (samePath(input, target) && !inPlace)
    throw new CliError(`输出文件与输入文件相同（${input}）；如确要写回原文件，请加 --in-place`, 2);
  const replace = inPlace || force;
  refuseExisting(target, replace);
  return { target, replace };
}
