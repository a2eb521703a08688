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
