import type { Framework } from "../scoring";
import { finding, type Finding } from "./finding";
import { columnIndex, columnName, type CellRef, type WorkbookSnapshot } from "./snapshot";

/**
 * Named inputs: the template names each input's 值 cell by the input's id (yishang → 基础数据!$D$5), so that
 * `=PERF.HEXIAN_RATE(yishang, yixia)` works as typed. The names are a convenience for formulas, never the source of
 * truth: the check finds inputs by the 基础数据 table's headers, and only warns when a name points elsewhere.
 */

/** A workbook-scoped defined name (公式 → 名称管理器) as a reader finds it; `formula` without its leading "=". */
export interface DefinedName {
  name: string;
  formula: string;
}

const MAX_NAME = 255;

/**
 * Why `name` cannot be an Excel name, or undefined when it can: a letter, _ or \ first, then letters, digits, _ and .;
 * at most 255 characters; and nothing Excel would read as a cell, in A1 (d5, abc12) or R1C1 style (r, c, r1c1, r2).
 */
export function excelNameProblem(name: string): string | undefined {
  if (name.length === 0) return "名称不能为空";
  if (name.length > MAX_NAME) return `名称不能超过 ${MAX_NAME} 个字符`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    return "名称须以字母或下划线开头，其后只能是字母、数字、下划线和句点";
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return "会被当作单元格地址（如 D5）";
  if (/^([Rr]([0-9]+)?)?([Cc]([0-9]+)?)?$/.test(name)) return "会被当作 R1C1 样式的单元格地址（如 R1C1、R、C）";
  if (/^(true|false)$/i.test(name)) return "是逻辑值 TRUE 或 FALSE";
  return undefined;
}

/** A sheet name as a formula writes it: quoted unless it is letters, digits, _ and . only. */
export function sheetInFormula(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute reference to one cell, as a defined name holds it: 基础数据!$D$5. */
export function absoluteRef(ref: CellRef): string {
  return `${sheetInFormula(ref.sheet)}!$${columnName(ref.col)}$${ref.row + 1}`;
}

/** The one cell a name refers to ("'基础数据'!$D$5", "=基础数据!D5"), or undefined: a range, a constant, #REF!. */
export function nameTarget(formula: string): CellRef | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!:]+))!\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(formula.trim());
  if (!m) return undefined;
  return {
    sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2],
    row: Number(m[4]) - 1,
    col: columnIndex(m[3]),
  };
}

const sameCell = (a: CellRef, b: CellRef) =>
  a.sheet.toLowerCase() === b.sheet.toLowerCase() && a.row === b.row && a.col === b.col;

/**
 * A warning for each input whose name (its id, in any case) refers to another cell than the one its value was read
 * from: a formula using the name would compute with the wrong figure, or show #REF!. A missing name is no finding:
 * the workbook works without names. The sentences give the name as 名称管理器 lists it, and the input by its label.
 */
export function checkInputNames(
  wb: WorkbookSnapshot,
  inputCells: ReadonlyMap<string, CellRef>,
  framework: Framework,
): Finding[] {
  if (!wb.names || wb.names.length === 0) return [];
  const byName = new Map(wb.names.map((n) => [n.name.toLowerCase(), n]));
  const findings: Finding[] = [];
  for (const def of framework.inputs) {
    const cell = inputCells.get(def.id);
    const name = byName.get(def.id.toLowerCase());
    if (!cell || !name) continue;
    const target = nameTarget(name.formula);
    if (target && sameCell(target, cell)) continue;
    const fix = `请在“公式 → 名称管理器”中把它改为 =${absoluteRef(cell)}`;
    const where = target
      ? `指向 ${sheetInFormula(target.sheet)}!${columnName(target.col)}${target.row + 1}，不是它的值单元格：用这个名称的公式会算错`
      : /#REF!/i.test(name.formula)
        ? "已失效（所指的单元格已被删除）：用这个名称的公式会显示 #REF!"
        : `指向“${name.formula}”，不是它的值单元格：用这个名称的公式会算错`;
    // The name itself is what the user must find among the many in 名称管理器: it is shown as a name, not as an id.
    findings.push(
      finding("warning", "input-name", `名称“${name.name}”（公式中代表${def.label}）${where}。${fix}`, cell, def.id),
    );
  }
  return findings;
}
