import type { Dec, Framework } from "../scoring";
import { checkpointEnd, severityOf, statusesOf, type MonitorResult } from "../scoring/monitor";
import { SEVERITY_WORDS } from "./finding";
import { MONITOR_COLUMNS, SHEETS } from "./layout";
import type { MonitorCheck } from "./monitor";
import { RECORD_DONE, sortFindings, uniqueBatch, type CellWrite, type Grid } from "./plan";
import { findTable } from "./find";
import { a1, refAddress, type CellValue, type WorkbookSnapshot } from "./snapshot";

/** A write of 运行监控's statuses is its own batch in 评分记录, named so: undo knows which result sheet to reset. */
export const MONITOR_BATCH = "运行监控";

export function isMonitorBatch(batch: string): boolean {
  return /运行监控(（\d+）| \(\d+\))?$/.test(batch);
}

/** Where the 监控结果 sheet's chart takes its data: the checkpoints' names, 序时进度 and 支出进度, header included. */
export interface MonitorChart {
  headerRow: number;
  lastRow: number;
  /** Columns of the names and of the two series (adjacent). */
  nameCol: number;
  lastCol: number;
}

export interface MonitorPlan {
  batch: string;
  /** The 状态 cells that change (the month rows of the 运行监控 table). */
  writes: CellWrite[];
  /** The whole 监控结果 sheet, from A1, with a number format for each cell that needs one. */
  result: Grid;
  formats: (string | null)[][];
  /** Status cells of the 监控结果 sheet and their fill: green 达标, red the worst status, yellow between. */
  fills: { row: number; col: number; color: string }[];
  chart?: MonitorChart;
  /** Rows to append to 评分记录. */
  record: Grid;
}

const PERCENT = "0.00%";
const MONEY = "#,##0.00";

const n = (d: Dec | undefined): number | null => (d === undefined ? null : d.toNumber());

/** The 状态 each month's row should show: a passed checkpoint's status in its month's row, nothing elsewhere. */
function statusOfMonth(result: MonitorResult | undefined): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of result?.checkpoints ?? []) if (c.passed && c.status) out.set(c.checkpoint.month, c.status.status);
  return out;
}

/**
 * What a 运行监控 run writes: the 状态 column (each checkpoint's status in its month's row, every other month's
 * cleared, so a status the figures no longer give never stays), the 监控结果 sheet with a chart of 序时进度 against
 * 支出进度, and the replaced values in 评分记录 as a batch of their own that 撤销上次评分 gives back.
 */
export function planMonitor(check: MonitorCheck, now: string): MonitorPlan {
  const batch = uniqueBatch(`${now} ${MONITOR_BATCH}`, check.batches);
  const writes: CellWrite[] = [];
  const table = check.table;
  if (table && table.status !== undefined && check.ledger) {
    const wanted = statusOfMonth(check.result);
    for (const [month, row] of check.ledger.rowOfMonth) {
      const ref = { sheet: table.sheet.name, row, col: table.status };
      const old = table.sheet.rows[row]?.[table.status];
      const value: CellValue = wanted.get(month) ?? "";
      const before = old?.value ?? "";
      if (!old?.formula && String(before ?? "") === value) continue;
      writes.push({ ref, cell: refAddress(ref), value, ...(old ? { old } : {}) });
    }
  }
  const { grid, formats, chart, fills } = resultGrid(check, now);
  const record: Grid = writes.map((w) => [
    batch,
    w.ref.sheet,
    a1(w.ref.row, w.ref.col),
    w.old?.value ?? null,
    w.old?.formula ?? null,
    w.value,
    RECORD_DONE,
  ]);
  return { batch, writes, result: grid, formats, fills, ...(chart ? { chart } : {}), record };
}

/** The colour of a status's cell: green 达标, red the framework's worst status, yellow any between (Excel's own tints). */
export function statusColor(framework: Framework, status: string): string | undefined {
  const severity = severityOf(framework, status);
  if (severity < 0) return undefined;
  return severity === 0 ? "#C6EFCE" : severity === statusesOf(framework).length ? "#FFC7CE" : "#FFEB9C";
}

function resultGrid(
  check: MonitorCheck,
  now: string,
): { grid: Grid; formats: (string | null)[][]; fills: MonitorPlan["fills"]; chart?: MonitorChart } {
  const grid: Grid = [];
  const formats: (string | null)[][] = [];
  const fills: MonitorPlan["fills"] = [];
  const colour = (col: number, status: string | undefined) => {
    const color = status ? statusColor(check.framework, status) : undefined;
    if (color) fills.push({ row: grid.length - 1, col, color });
  };
  const push = (row: CellValue[], format: (string | null)[] = []) => {
    grid.push(row);
    formats.push(format);
  };
  const r = check.result;
  push(["运行监控结果"]);
  push(["部门名称", check.department ?? null, "评价年度", check.year ?? null]);
  push(["监控月份", check.month ? `${check.month} 月` : "（未能确定）", "指标框架", check.framework.id]);
  push(["监控时间", now]);
  push([]);
  let chart: MonitorChart | undefined;
  if (r) {
    push(["各检查点：序时进度与支出进度"]);
    chart = { headerRow: grid.length, lastRow: grid.length + r.checkpoints.length, nameCol: 0, lastCol: 2 };
    push([
      "检查点",
      "序时进度",
      "支出进度",
      "执行率",
      "状态",
      "预算数（万元）",
      "累计支出（万元）",
      "比序时进度少支出（万元）",
      "说明",
    ]);
    for (const c of r.checkpoints) {
      push(
        [
          checkpointEnd(c.checkpoint),
          Number(c.checkpoint.target),
          n(c.progress),
          n(c.rate?.value),
          c.status?.status ?? (c.passed ? "未能判断" : "未到"),
          n(c.budget),
          n(c.spent),
          n(c.shortfall),
          c.lines.join("\n") || (c.passed ? "该月数字有误或未填，见下方检查结果" : null),
        ],
        [null, PERCENT, PERCENT, PERCENT, null, MONEY, MONEY, MONEY],
      );
      colour(4, c.status?.status);
    }
    push([]);
    push(["到下一检查点"]);
    push(["检查点", "还须支出（万元）", "说明"]);
    if (r.next) push([checkpointEnd(r.next.checkpoint), n(r.next.needed.amount), r.next.needed.text], [null, MONEY]);
    else push([check.month === 12 ? "（全年各检查点已过）" : "（未能计算，见下方检查结果）"]);
    push([]);
    push(["预计得分"]);
    push(["指标", "情形", "预计得分", "满分", "说明"]);
    for (const e of r.execution) {
      for (const [how, p] of [
        ["此后各检查点均达到序时进度", e.onTarget],
        ["按目前进度", e.atPace],
      ] as const)
        push(
          [`${e.code} ${e.name}`, how, p.score === null ? "未能预计" : n(p.score), n(e.points), p.lines.join("\n")],
          [null, null, "0.00", "0.00"],
        );
    }
    push([]);
    push(["其他监控项"]);
    push(["监控项", "对应指标", "截至本月", "状态", "此后最好时得分", "按目前进度得分", "满分", "说明"]);
    if (r.figures.length === 0) push(["（本框架没有其他逐月监控的数字）"]);
    for (const f of r.figures) {
      push(
        [
          f.figure.label,
          `${f.code} ${f.indicator}${f.clause === f.code ? "" : f.clause}`,
          n(f.soFar),
          f.status ?? "未监控",
          n(f.best?.score ?? undefined),
          n(f.pace?.score ?? undefined),
          n(f.points),
          [...f.lines, ...(f.best?.lines ?? []), ...(f.pace && f.pace !== f.best ? f.pace.lines : [])].join("\n"),
        ],
        [null, null, f.figure.kind === "deadline" ? "0" : MONEY, null, "0.00##", "0.00##", "0.00"],
      );
      colour(3, f.status);
    }
    push([]);
  }
  push(["检查结果"]);
  push(["级别", "位置", "说明"]);
  for (const f of sortFindings(check.findings)) push([SEVERITY_WORDS[f.severity], f.cell ?? null, f.message]);
  if (check.findings.length === 0) push(["（未发现问题）"]);
  return { grid, formats, fills, ...(chart ? { chart } : {}) };
}

/** The 状态 cells of the 运行监控 table by address, found by its 月份 and 状态 headers alone (undo needs no framework). */
export function monitorStatusCells(wb: WorkbookSnapshot): Set<string> {
  const found = findTable(
    wb,
    { month: MONITOR_COLUMNS.month, status: MONITOR_COLUMNS.status },
    (c) => c.month !== undefined && c.status !== undefined,
    SHEETS.monitor,
  );
  const owned = new Set<string>();
  if (!found) return owned;
  const { sheet, headerRow } = found;
  const [monthCol, statusCol] = [found.columns.month as number, found.columns.status as number];
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const v = sheet.rows[row]?.[monthCol]?.value;
    if (v !== undefined && v !== null && v !== "") owned.add(refAddress({ sheet: sheet.name, row, col: statusCol }));
  }
  return owned;
}
