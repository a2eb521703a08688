import type { Dec, IndicatorScore } from "../scoring";
import type { CheckResult } from "./check";
import type { Finding } from "./finding";
import { a1, isEmpty, refAddress, type Cell, type CellRef, type CellValue } from "./snapshot";

/** One cell the fill writes, and what it held before. */
export interface CellWrite {
  ref: CellRef;
  cell: string;
  value: CellValue;
  /** Set when the cell gets a formula back (undo restores what a fill replaced, formulas included). */
  formula?: string;
  old?: Cell;
}

/** A hand-entered 得分 that the fill would change: shown to the user before writing. */
export interface Overwrite {
  code: string;
  name: string;
  cell: string;
  ref: CellRef;
  old: CellValue;
  oldFormula?: string;
  value: number;
}

export type Grid = CellValue[][];

/** Where the 二级 rows sit on the 评分结果 sheet, for the chart of score against points. */
export interface ResultLayout {
  level2FirstRow: number;
  level2LastRow: number;
  nameCol: number;
  pointsCol: number;
  scoreCol: number;
}

export interface FillPlan {
  batch: string;
  /** The 指标体系 cells the fill owns and changes: 得分, 扣分原因 of each 三级 row, and the 总计 得分. */
  writes: CellWrite[];
  overwrites: Overwrite[];
  /** The whole 评分结果 sheet, from A1. */
  result: Grid;
  resultLayout: ResultLayout;
  /** Rows to append to the 评分记录 sheet (its header is RECORD_HEADER). */
  record: Grid;
}

/** 评分记录: every cell a fill replaced, enough to restore it. */
export const RECORD_HEADER = ["批次", "工作表", "单元格", "原值", "原公式", "新值", "状态"] as const;
export const RECORD_DONE = "已评分";
export const RECORD_UNDONE = "已撤销";

const num = (d: Dec) => Number(d.toFixed(2));

function sameValue(old: Cell | undefined, value: CellValue): boolean {
  if (old?.formula) return false;
  const before = old?.value ?? null;
  if (isEmpty(before) && isEmpty(value)) return true;
  return before === value;
}

/** 扣分原因 as one cell's text: every reason on its own line; nothing for a full score. */
export function reasonsText(r: IndicatorScore): string {
  if (r.score !== null && r.lost?.isZero()) return "";
  return r.reasons.join("\n");
}

const SEVERITY = { error: "错误", warning: "提示" } as const;

/**
 * Plans a fill from a check: the cells to write (only those that change), the hand-entered scores that change, the
 * 评分结果 sheet and the 评分记录 rows. `now` is the batch's time, as text; the plan itself reads no clock.
 */
export function planFill(check: CheckResult, now: string): FillPlan {
  const { result } = check;
  const table = check.tables.framework;
  const writes: CellWrite[] = [];
  const overwrites: Overwrite[] = [];
  const write = (ref: CellRef, value: CellValue, old: Cell | undefined) => {
    if (!sameValue(old, value)) writes.push({ ref, cell: refAddress(ref), value, ...(old ? { old } : {}) });
  };
  if (table) {
    const sheet = table.sheet.name;
    for (const r of result.indicators.filter((x) => x.level === 3)) {
      const row = check.rowOf.get(r.code);
      if (!row) continue;
      if (table.columns.score !== undefined && r.score !== null) {
        const ref = { sheet, row: row.row, col: table.columns.score };
        const value = num(r.score);
        const old = row.score;
        if (old && !isEmpty(old.value) && !sameValue(old, value)) {
          overwrites.push({
            code: r.code,
            name: r.name,
            cell: refAddress(ref),
            ref,
            old: old.value,
            ...(old.formula ? { oldFormula: old.formula } : {}),
            value,
          });
        }
        write(ref, value, old);
      }
      if (table.columns.reasons !== undefined) {
        write({ sheet, row: row.row, col: table.columns.reasons }, reasonsText(r), row.reasons);
      }
    }
    if (check.totalRow !== undefined && table.columns.score !== undefined && result.total !== null) {
      const ref = { sheet, row: check.totalRow, col: table.columns.score };
      write(ref, num(result.total), table.sheet.rows[check.totalRow]?.[table.columns.score]);
    }
  }
  const { grid, layout } = resultGrid(check, now);
  const record: Grid = writes.map((w) => [
    now,
    w.ref.sheet,
    a1(w.ref.row, w.ref.col),
    w.old?.value ?? null,
    w.old?.formula ?? null,
    w.value,
    RECORD_DONE,
  ]);
  return { batch: now, writes, overwrites, result: grid, resultLayout: layout, record };
}

/** The 评分结果 sheet: headline, 一级 and 二级 subtotals, deductions by points lost, findings. */
function resultGrid(check: CheckResult, now: string): { grid: Grid; layout: ResultLayout } {
  const { result, findings } = check;
  const grid: Grid = [];
  grid.push(["部门整体绩效评价评分结果"]);
  grid.push(["部门名称", result.department || null, "评价年度", result.year]);
  grid.push(
    result.total === null
      ? ["总分", "未能评分（见检查结果）", "等级", null]
      : ["总分", num(result.total), "等级", result.grade],
  );
  grid.push(["评分时间", now, "指标框架", result.framework]);
  grid.push([]);
  grid.push(["一级指标得分"]);
  grid.push(["代码", "一级指标", "分值", "得分", "扣分"]);
  for (const r of result.indicators.filter((x) => x.level === 1)) grid.push(scoreRow(r));
  grid.push([]);
  grid.push(["二级指标得分"]);
  grid.push(["代码", "二级指标", "分值", "得分", "扣分"]);
  const level2FirstRow = grid.length;
  for (const r of result.indicators.filter((x) => x.level === 2)) grid.push(scoreRow(r));
  const level2LastRow = grid.length - 1;
  grid.push([]);
  grid.push(["扣分明细（按扣分多少排列）"]);
  grid.push(["代码", "三级指标", "分值", "得分", "扣分", "扣分原因"]);
  const losing = result.indicators
    .filter((r) => r.level === 3 && r.lost !== null && r.lost.greaterThan(0))
    .sort((a, b) => (b.lost as Dec).comparedTo(a.lost as Dec) || a.code.localeCompare(b.code, "en", { numeric: true }));
  for (const r of losing) grid.push([...scoreRow(r), r.reasons.join("\n")]);
  if (losing.length === 0) grid.push(["（无扣分）"]);
  grid.push([]);
  grid.push(["检查结果"]);
  grid.push(["级别", "位置", "说明"]);
  for (const f of sortFindings(findings)) grid.push([SEVERITY[f.severity], f.cell ?? null, f.message]);
  if (findings.length === 0) grid.push(["（未发现问题）"]);
  return { grid, layout: { level2FirstRow, level2LastRow, nameCol: 1, pointsCol: 2, scoreCol: 3 } };
}

function scoreRow(r: IndicatorScore): CellValue[] {
  return [
    r.code,
    r.name,
    num(r.points),
    r.score === null ? "未能评分" : num(r.score),
    r.lost === null ? null : num(r.lost),
  ];
}

/** Errors first, then in the order found. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}
