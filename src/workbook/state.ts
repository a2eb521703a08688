import type { Framework } from "../scoring";
import {
  findEffectTable,
  findFrameworkTable,
  findInputTable,
  readInputs,
  type EffectTable,
  type FrameworkTable,
  type InputTable,
} from "./read";
import { readEmbedded } from "./embedded";
import { readRecord } from "./record";
import { RECORD_DONE } from "./plan";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * What a workbook is to PERF, decided once here for the task pane and perf-score alike: whether it holds any of
 * PERF's tables (a blank or unrelated workbook holds none, and nothing is ever written to it), and whether
 * 评分记录 holds a fill that 撤销上次评分 can give back.
 */

/** Why nothing was scored or written: the same words in the pane and in `perf-score fill`. */
export const NOT_A_PERF_WORKBOOK =
  "这个工作簿中没有绩效评价的表（基础数据、效果性、指标体系），无法评分，工作簿未作任何改动。";

/** What to do about it, where the task pane is open. */
export const NOT_A_PERF_WORKBOOK_PANE = "请点击“插入模板”加入这些表，在“基础数据”“效果性”表填写后再点击“评分”。";

/** What to do about it, at the command line. */
export const NOT_A_PERF_WORKBOOK_CLI =
  "请用 perf-score import 由交换格式（JSON）生成工作簿，或在 Excel 中打开“绩效评分”任务窗格，点击“插入模板”后填写。";

/**
 * The tables found make a PERF workbook: a 效果性 or 指标体系 table (their headers are PERF's own), or a table headed
 * 项目/值 with at least one of the framework's inputs in it (a sheet of someone's own 项目 and 值 is not one).
 */
export function holdsPerfTables(found: {
  inputs?: InputTable;
  inputRows: number;
  effect?: EffectTable;
  framework?: FrameworkTable;
}): boolean {
  return Boolean(found.framework || found.effect || (found.inputs && found.inputRows > 0));
}

/**
 * True when the workbook holds any of PERF's tables, wherever they are (the check's own test, without scoring), or
 * carries a framework (PERF框架, PERF's own sheet). `framework`: the one whose inputs a 项目/值 table is read against.
 */
export function hasPerfTables(wb: WorkbookSnapshot, framework: Framework): boolean {
  if (readEmbedded(wb)) return true;
  const inputs = findInputTable(wb);
  return holdsPerfTables({
    inputs,
    inputRows: inputs ? readInputs(inputs, framework).cells.size : 0,
    effect: findEffectTable(wb),
    framework: findFrameworkTable(wb),
  });
}

/** True when 评分记录 holds a fill still standing, other than `except` (a batch just undone). */
export function canUndo(wb: WorkbookSnapshot, except?: string): boolean {
  return readRecord(wb).some((r) => r.status === RECORD_DONE && r.batch !== except);
}
