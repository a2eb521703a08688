import type { Framework } from "../scoring";
import { checkpointEnd, executionIndicators, figuresOf, MET, statusesOf, worstSeverity } from "../scoring/monitor";
import type { MonitorCheck } from "./monitor";
import { statusColor } from "./monitor-plan";
import type { Grid } from "./plan";
import type { CellValue } from "./snapshot";
import { UNNAMED_DEPARTMENT } from "./summary";

/**
 * The bureau's 监控汇总: one row per department for one month, its status at each checkpoint passed and for each
 * other monthly figure, what it spent less than 序时进度 asked, what it must still spend by the next checkpoint and
 * the points its current pace would give, sorted with the departments most at risk first. Pure: perf-score monitor
 * reads each workbook through monitorWorkbook and hands the rows here.
 */

/** One department's monitoring as plain data (what its row shows). */
export interface MonitorLine {
  department: string;
  year: number | null;
  framework: { id: string; hash: string };
  /** Each checkpoint passed by the month, by id: its status. */
  checkpoints: Record<string, string>;
  /** Each monitored figure, by id: its status. */
  figures: Record<string, string>;
  /** 0 达标, then each status from the mildest (see severityOf). */
  worst: number;
  /** 支出进度 at the month's end (累计支出 ÷ 预算数). */
  progress: number | null;
  /** How much less than 序时进度 asked was spent by the last checkpoint passed, in 万元. */
  behind: number;
  /** What must still be spent by the next checkpoint, in 万元 (null: none is left this year). */
  needed: number | null;
  /** The budget-execution indicator's points if the year goes on at its pace, and if it meets every target. */
  atPace: number | null;
  onTarget: number | null;
  /** Points the pace would lose on that indicator (0 when it cannot be projected). */
  lost: number;
  warnings: number;
  /** What matters, in sentences: the last checkpoint's status, the shortfall, what to spend next, figures at risk. */
  note: string;
}

export type MonitorEntry = { file: string; line: MonitorLine } | { file: string; failure: string; department?: string };

const num = (d: { toNumber(): number } | undefined | null): number | null => (d ? d.toNumber() : null);

/** A monitored workbook's row; `check.result` must be there (the caller lists a workbook without one as failed). */
export function monitorLine(check: MonitorCheck): MonitorLine {
  const r = check.result;
  if (!r) throw new Error("monitorLine needs a monitoring result");
  const passed = r.checkpoints.filter((c) => c.passed);
  const last = passed[passed.length - 1];
  const execution = r.execution[0];
  const atPace = execution ? num(execution.atPace.score) : null;
  const onTarget = execution ? num(execution.onTarget.score) : null;
  const figureNotes = r.figures.filter((f) => f.status && f.status !== MET).flatMap((f) => f.lines);
  return {
    department: check.department || UNNAMED_DEPARTMENT,
    year: check.year ?? null,
    framework: { id: check.framework.id, hash: check.framework.hash },
    checkpoints: Object.fromEntries(passed.flatMap((c) => (c.status ? [[c.checkpoint.id, c.status.status]] : []))),
    figures: Object.fromEntries(r.figures.flatMap((f) => (f.status ? [[f.figure.id, f.status]] : []))),
    worst: worstSeverity(r),
    progress: num(r.current?.progress),
    behind: num(last?.shortfall) ?? 0,
    needed: r.next ? num(r.next.needed.amount) : null,
    atPace,
    onTarget,
    lost: execution && atPace !== null ? execution.points.minus(atPace).toNumber() : 0,
    warnings: check.findings.filter((f) => f.severity === "warning").length,
    note: [...(last?.lines ?? []), ...(r.next ? [r.next.needed.text] : []), ...figureNotes].join("；"),
  };
}

/** Most at risk first: the worst status, then the amount behind, the points the pace would lose, what is still due. */
function byRisk(a: MonitorLine & { file: string }, b: MonitorLine & { file: string }): number {
  return (
    b.worst - a.worst ||
    b.behind - a.behind ||
    b.lost - a.lost ||
    (b.needed ?? 0) - (a.needed ?? 0) ||
    a.department.localeCompare(b.department, "zh") ||
    a.file.localeCompare(b.file)
  );
}

export interface MonitorSummary {
  /** 监控汇总: a header, then one row per department, most at risk first. */
  grid: Grid;
  /** Number formats by column (0-based), for the workbook. */
  formats: Record<number, string>;
  /** Status cells and their fill (grid row and column, 0-based): green 达标, red the worst status, yellow between. */
  fills: { row: number; col: number; color: string }[];
  /** 未能监控: 文件, 部门, 原因. */
  failed: Grid;
}

/** A column of 监控汇总: its header, its number format, and its value in a department's row. */
type Column = [string, string | null, (line: MonitorLine & { file: string }, rank: number) => CellValue];

export function monitorSummary(framework: Framework, month: number, entries: readonly MonitorEntry[]): MonitorSummary {
  const passed = framework.schedule.filter((c) => c.month <= month);
  const last = passed[passed.length - 1];
  const next = framework.schedule.find((c) => c.month > month);
  const figures = figuresOf(framework);
  const code = executionIndicators(framework)[0];
  const PERCENT = "0.00%";
  const MONEY = "#,##0.00";
  const POINTS = "0.00";
  const columns: Column[] = [
    ["风险排序", null, (_, rank) => rank],
    ["部门", null, (l) => l.department],
    ["年度", null, (l) => l.year],
    ["总体状态", null, (l) => (l.worst === 0 ? MET : (statusesOf(framework)[l.worst - 1]?.status ?? MET))],
    ...passed.map((c): Column => [`${checkpointEnd(c)}状态`, null, (l) => l.checkpoints[c.id] ?? "未能判断"]),
    [`${month} 月末支出进度`, PERCENT, (l) => l.progress],
    [`${last ? checkpointEnd(last) : ""}比序时进度少支出（万元）`, MONEY, (l) => l.behind],
    [next ? `到${checkpointEnd(next)}还须支出（万元）` : "还须支出（万元）", MONEY, (l) => l.needed],
    ...(code
      ? ([
          [`预计 ${code} 得分（按目前进度）`, POINTS, (l) => l.atPace],
          [`预计 ${code} 得分（此后达到序时进度）`, POINTS, (l) => l.onTarget],
        ] as Column[])
      : []),
    ...figures.map((f): Column => [`${f.label}状态`, null, (l) => l.figures[f.id] ?? "未监控"]),
    ["提示数", null, (l) => l.warnings],
    ["说明", null, (l) => l.note || null],
    ["文件", null, (l) => l.file],
  ];
  const grid: Grid = [columns.map(([name]) => name)];
  const formats: Record<number, string> = {};
  columns.forEach(([, format], col) => {
    if (format) formats[col] = format;
  });
  const fills: MonitorSummary["fills"] = [];
  const rows = entries.flatMap((e) => ("line" in e ? [{ ...e.line, file: e.file }] : [])).sort(byRisk);
  rows.forEach((line, k) => {
    const row = columns.map(([, , value]) => value(line, k + 1));
    grid.push(row);
    row.forEach((value, col) => {
      // A status cell: 总体状态, each checkpoint's, each figure's (a department's name is never a status word).
      const color = col >= 3 && typeof value === "string" ? statusColor(framework, value) : undefined;
      if (color) fills.push({ row: k + 1, col, color });
    });
  });
  const failed: Grid = [
    ["文件", "部门", "原因"],
    ...entries.flatMap((e) =>
      "failure" in e
        ? [[e.file, e.department === undefined ? null : e.department || UNNAMED_DEPARTMENT, e.failure]]
        : [],
    ),
  ];
  return { grid, formats, fills, failed };
}
