import { parseLenient, twoPlaces, type Dec, type IndicatorScore } from "../scoring";
import { TOTAL_LABEL } from "./layout";
import type { CheckResult } from "./check";
import { SEVERITY_WORDS, type Finding } from "./finding";
import { a1, isEmpty, refAddress, sameCellValue, type Cell, type CellRef, type CellValue } from "./snapshot";

/** One cell the fill writes, and what it held before. */
export interface CellWrite {
  ref: CellRef;
  cell: string;
  value: CellValue;
  /** Set when the cell gets a formula back (undo restores what a fill replaced, formulas included). */
  formula?: string;
  old?: Cell;
}

/** A hand-entered 得分 (or 总计) that the fill would change: shown to the user before writing. */
export interface Overwrite {
  code: string;
  name: string;
  cell: string;
  ref: CellRef;
  old: CellValue;
  oldFormula?: string;
  /** The new score; null when the indicator cannot be scored now and its cell is cleared. */
  value: number | null;
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

/** A batch's time as 评分记录 shows it: local time, "2026-11-27 10:00:00". */
export function batchTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * A batch id no earlier fill in this workbook has: the time, and when that time is already taken (two fills in the
 * same second), a number after it: "2026-11-27 10:00:00 (2)". Undo takes back one batch, never two fills at once.
 */
export function uniqueBatch(now: string, taken: ReadonlySet<string>): string {
  if (!taken.has(now)) return now;
  let n = 2;
  while (taken.has(`${now} (${n})`)) n++;
  return `${now} (${n})`;
}

/** 评分记录: every cell a fill replaced, enough to restore it. */
export const RECORD_HEADER = ["批次", "工作表", "单元格", "原值", "原公式", "新值", "状态"] as const;
export const RECORD_DONE = "已评分";
export const RECORD_UNDONE = "已撤销";
/** A cell changed by hand after the fill: an undo left it alone. */
export const RECORD_SKIPPED = "已跳过";

/** A number, or a number typed as text, equal to the value: "4.8" and ４.８ are the score 4.8, not a change to ask about. */
function sameNumber(old: CellValue, value: number | null): boolean {
  if (value === null) return isEmpty(old);
  if (typeof old === "number") return old === value;
  if (typeof old !== "string") return false;
  const parsed = parseLenient(old);
  return parsed.ok && !parsed.percent && parsed.value.equals(value);
}

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
    // A 得分 cell always shows what the current inputs give: a score, or nothing when they give none, so a score
    // from an earlier fill never stays beside inputs that no longer produce it.
    const score = (row: number, value: number | null, code: string, name: string) => {
      if (table.columns.score === undefined) return;
      const ref = { sheet, row, col: table.columns.score };
      const old = table.sheet.rows[row]?.[table.columns.score];
      // What an earlier fill wrote is PERF's to update; only what a person put there is asked about.
      const ours =
        !old?.formula &&
        check.recorded.has(refAddress(ref)) &&
        sameCellValue(check.recorded.get(refAddress(ref)) ?? null, old?.value ?? null);
      if (old && !isEmpty(old.value) && !ours && (old.formula || !sameNumber(old.value, value))) {
        overwrites.push({
          code,
          name,
          cell: refAddress(ref),
          ref,
          old: old.value,
          ...(old.formula ? { oldFormula: old.formula } : {}),
          value,
        });
      }
      write(ref, value, old);
    };
    for (const r of result.indicators.filter((x) => x.level === 3)) {
      const row = check.rowOf.get(r.code);
      if (!row || check.blocked.has(row.row)) continue;
      score(row.row, r.score === null ? null : twoPlaces(r.score), r.code, r.name);
      if (table.columns.reasons !== undefined) {
        write({ sheet, row: row.row, col: table.columns.reasons }, reasonsText(r), row.reasons);
      }
    }
    if (check.totalRow !== undefined && !check.blocked.has(check.totalRow))
      score(check.totalRow, result.total === null ? null : twoPlaces(result.total), TOTAL_LABEL, TOTAL_LABEL);
  }
  const batch = uniqueBatch(now, check.batches);
  const { grid, layout } = resultGrid(check, now);
  const record: Grid = writes.map((w) => [
    batch,
    w.ref.sheet,
    a1(w.ref.row, w.ref.col),
    w.old?.value ?? null,
    w.old?.formula ?? null,
    w.value,
    RECORD_DONE,
  ]);
  return { batch, writes, overwrites, result: grid, resultLayout: layout, record };
}

/** The 评分结果 sheet: headline, 一级 and 二级 subtotals, deductions by points lost, findings. */
function resultGrid(check: CheckResult, now: string): { grid: Grid; layout: ResultLayout } {
  const { result, findings } = check;
  const grid: Grid = [];
  grid.push(["部门整体绩效评价评分结果"]);
  grid.push(["部门名称", result.department || null, YEAR_LABEL, result.year]);
  grid.push(
    result.total === null
      ? ["总分", "未能评分（见检查结果）", "等级", null]
      : ["总分", twoPlaces(result.total), "等级", result.grade],
  );
  grid.push(["评分时间", now, "指标框架", result.framework]);
  grid.push([]);
  const checkBlock = () => {
    grid.push(["检查结果"]);
    grid.push(["级别", "位置", "说明"]);
    for (const f of sortFindings(findings)) grid.push([SEVERITY_WORDS[f.severity], f.cell ?? null, f.message]);
    if (findings.length === 0) grid.push(["（未发现问题）"]);
  };
  // Errors that stop the score come first, right under 总分's “见检查结果”, not after every table.
  const first = result.total === null;
  if (first) {
    checkBlock();
    grid.push([]);
  }
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
  if (!first) {
    grid.push([]);
    checkBlock();
  }
  return { grid, layout: { level2FirstRow, level2LastRow, nameCol: 1, pointsCol: 2, scoreCol: 3 } };
}

function scoreRow(r: IndicatorScore): CellValue[] {
  return [
    r.code,
    r.name,
    twoPlaces(r.points),
    r.score === null ? "未能评分" : twoPlaces(r.score),
    r.lost === null ? null : twoPlaces(r.lost),
  ];
}

/** Errors first, then in the order found (findings, and the exchange format's issues alike). */
export function sortFindings<T extends Pick<Finding, "severity">>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

export type RowRole = "title" | "header" | "body";

/**
 * How PERF's own sheets are laid out: the first row is the title; a row of one text cell followed by a longer row
 * starts a section, and that longer row is its table's header. Everything else is body ("（无扣分）" included).
 */
const YEAR_LABEL = "评价年度";

/**
 * The number format of a number in one of PERF's own sheets: a year as a year (2024, not 2024.00), every other figure
 * (scores, points) to two decimals. The task pane's writer and the xlsx writer both ask here.
 */
export function numberFormatAt(grid: Grid, row: number, col: number): "0" | "0.00" {
  return col > 0 && grid[row]?.[col - 1] === YEAR_LABEL ? "0" : "0.00";
}

export function rowRoles(grid: Grid): RowRole[] {
  const single = (r: number) => grid[r]?.length === 1 && typeof grid[r][0] === "string";
  return grid.map((row, r) => {
    if (r === 0) return "title";
    if (single(r) && (grid[r + 1]?.length ?? 0) > 1) return "title";
    if (r > 1 && single(r - 1) && row.length > 1) return "header";
    return "body";
  });
}
