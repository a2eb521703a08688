import type ExcelJS from "exceljs";
import { absoluteRef, excelNameProblem, type CellRef } from "../workbook";

/**
 * Names each input's 值 cell by the input's id, workbook-wide, so that `=PERF.HEXIAN_RATE(yishang, yixia)` works as
 * typed. An id that cannot be an Excel name (one read as a cell, such as d5 or r1c1), or two ids Excel would take for
 * one name (names ignore case), stop the template's build with a message: a template must never ship with a name
 * silently missing. The step only needs the framework's inputs and where their rows are, whatever the framework.
 */
export function defineInputNames(wb: ExcelJS.Workbook, inputs: readonly { id: string; cell: CellRef }[]): void {
  const seen = new Map<string, string>();
  for (const { id } of inputs) {
    const problem = excelNameProblem(id);
    if (problem) throw new Error(`输入项代码“${id}”不能用作 Excel 名称：${problem}。请在指标框架中改用别的代码`);
    const other = seen.get(id.toLowerCase());
    if (other !== undefined)
      throw new Error(`输入项代码“${other}”和“${id}”只差大小写，Excel 的名称不分大小写：请在指标框架中改用别的代码`);
    seen.set(id.toLowerCase(), id);
  }
  for (const { id, cell } of inputs) wb.definedNames.add(absoluteRef(cell), id);
}

/**
 * Names each figure cell of the 运行监控 sheet (spent_m7 → 运行监控!$E$11), as inputs are named. The names are made
 * from column codes the framework checks, so one that Excel would refuse, or one that some input already takes, is a
 * framework PERF cannot build a template for: the build stops and says which.
 */
export function defineMonitorNames(
  wb: ExcelJS.Workbook,
  cells: readonly { id: string; cell: CellRef }[],
  inputIds: readonly string[],
): void {
  const taken = new Set(inputIds.map((id) => id.toLowerCase()));
  for (const { id } of cells) {
    const problem = excelNameProblem(id);
    if (problem)
      throw new Error(`运行监控表的名称“${id}”不能用作 Excel 名称：${problem}。请在指标框架中改用别的列代码`);
    if (taken.has(id.toLowerCase()))
      throw new Error(
        `运行监控表的名称“${id}”与某个输入项代码相同（Excel 的名称不分大小写）：请在指标框架中改用别的列代码`,
      );
    taken.add(id.toLowerCase());
  }
  for (const { id, cell } of cells) wb.definedNames.add(absoluteRef(cell), id);
}
