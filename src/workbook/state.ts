import { personalBlock, type Framework } from "../scoring";
import {
  effectRowsKnown,
  findEffectTable,
  findFrameworkTable,
  findInputTable,
  type EffectTable,
  type FrameworkTable,
  type InputTable,
} from "./read";
import { readEmbedded } from "./embedded";
import { readRecord } from "./record";
import { RECORD_DONE } from "./plan";
import { SHEETS } from "./layout";
import type { WorkbookSnapshot } from "./snapshot";
import type { CheckResult } from "./check";

/**
 * What a workbook is to PERF, decided once here for the task pane and every perf-score command alike: whether it is
 * PERF's at all (a blank or unrelated workbook is not, and nothing is ever written to it), whether it is a template
 * nobody has filled yet, and whether 评分记录 holds a fill that 撤销上次评分 can give back.
 */

/** Why nothing was scored or written: the same words in the pane and in perf-score. */
export const NOT_A_PERF_WORKBOOK =
  "这个工作簿中没有绩效评价的表（基础数据、效果性、指标体系），无法评分，工作簿未作任何改动。";

/** What to do about it, where the task pane is open. */
export const NOT_A_PERF_WORKBOOK_PANE = "请点击“插入模板”加入这些表，在“基础数据”“效果性”表填写后再点击“评分”。";

/** What to do about it, at the command line. */
export const NOT_A_PERF_WORKBOOK_CLI =
  "请用 perf-score import 由交换格式（JSON）生成工作簿，或在 Excel 中打开“绩效评分”任务窗格，点击“插入模板”后填写。";

/** A template nobody has filled in yet: one state, not an error for every blank input and every sum it upsets. */
export function notFilledMessage(framework: Framework): string {
  const block = personalBlock(framework);
  const effect = block ? `，“${SHEETS.effect}”表也还没有本部门的${block.name}指标` : "";
  return `模板尚未填写：“${SHEETS.inputs}”表的“值”列都还空着${effect}，无法评分，工作簿未作任何改动。`;
}

/** What to do about an unfilled template, in the task pane. */
export function notFilledPane(framework: Framework): string {
  const block = personalBlock(framework);
  const effect = block ? `，在“${SHEETS.effect}”表填写本部门的${block.name}个性指标` : "";
  return `请在“${SHEETS.inputs}”表的“值”列（黄色单元格）逐项填写本部门的数据${effect}，再点击“评分”。填写方法见“${SHEETS.guide}”表。`;
}

/** What to do about an unfilled template, at the command line. */
export function notFilledCli(framework: Framework): string {
  const block = personalBlock(framework);
  const effect = block ? `、在“${SHEETS.effect}”表填写${block.name}个性指标` : "";
  return `请在 Excel 中打开它，在“${SHEETS.inputs}”表的“值”列逐项填写本部门的数据${effect}后再评分（填写方法见“${SHEETS.guide}”表）；或用 perf-score import 由交换格式（JSON）生成填好的工作簿。`;
}

/** PERF's tables in a workbook, each found by its header and recognised by the framework's own rows (read.ts). */
export interface PerfTables {
  inputs?: InputTable;
  effect?: EffectTable;
  framework?: FrameworkTable;
}

export function findPerfTables(wb: WorkbookSnapshot, framework: Framework): PerfTables {
  return {
    inputs: findInputTable(wb, framework),
    effect: findEffectTable(wb, framework),
    framework: findFrameworkTable(wb, framework),
  };
}

/**
 * The workbook is PERF's: it carries a framework (a template does), holds a 评分记录 PERF wrote, or holds one of PERF's
 * tables with the framework's own rows in it: a 基础数据 or 指标体系 table found for the framework, or a 效果性 table
 * with indicators of the framework's 效果性 block. Header words alone never make a table PERF's: a department's own
 * 项目绩效自评表 (一级指标, 二级指标, 三级指标, 分值, 得分) is not.
 */
export function holdsPerfTables(wb: WorkbookSnapshot, tables: PerfTables, framework: Framework): boolean {
  if (tables.inputs || tables.framework) return true;
  if (tables.effect && effectRowsKnown(tables.effect, framework).known > 0) return true;
  return readEmbedded(wb) !== undefined || readRecord(wb).length > 0;
}

/** True when the workbook is PERF's (holdsPerfTables): the pane's first look, before anything is scored. */
export function hasPerfTables(wb: WorkbookSnapshot, framework: Framework): boolean {
  return holdsPerfTables(wb, findPerfTables(wb, framework), framework);
}

/** True when 评分记录 holds a fill still standing, other than `except` (a batch just undone). */
export function canUndo(wb: WorkbookSnapshot, except?: string): boolean {
  return readRecord(wb).some((r) => r.status === RECORD_DONE && r.batch !== except);
}

/** Why a workbook is neither scored nor written at all, with what to do about it where the user is. */
export interface Refusal {
  kind: "not-perf" | "not-filled";
  message: string;
  todo: string;
}

/**
 * The refusal a check calls for: a workbook that is not PERF's, or a template nobody has filled. The task pane and
 * every perf-score command say it in the same words; only what to do differs (插入模板 there, import here).
 */
export function refusalOf(
  check: Pick<CheckResult, "findings" | "framework">,
  where: "pane" | "cli",
): Refusal | undefined {
  const f = check.findings.find((x) => x.kind === "not-perf" || x.kind === "not-filled");
  if (!f) return undefined;
  if (f.kind === "not-perf")
    return {
      kind: "not-perf",
      message: f.message,
      todo: where === "pane" ? NOT_A_PERF_WORKBOOK_PANE : NOT_A_PERF_WORKBOOK_CLI,
    };
  const todo = where === "pane" ? notFilledPane(check.framework) : notFilledCli(check.framework);
  return { kind: "not-filled", message: f.message, todo };
}
