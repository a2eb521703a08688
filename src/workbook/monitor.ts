import type { Framework } from "../scoring";
import {
  ledgerColumns,
  monitorMonth,
  monthKey,
  cellName,
  type LedgerRow,
  type MonitorResult,
} from "../scoring/monitor";
import { workbookFramework, type OwnFramework } from "./embedded";
import { findTable } from "./find";
import { finding, type Finding } from "./finding";
import { MONITOR_COLUMNS, SHEETS, type ColumnSpec } from "./layout";
import { findInputTable, readDepartment, readInputs } from "./read";
import { recordedBatches } from "./record";
import { cellAt, isEmpty, type CellRef, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";
import { hasPerfTables, NOT_A_PERF_WORKBOOK } from "./state";

/**
 * The 运行监控 sheet of a workbook, found by its header wherever it is (as every table of PERF's is), read into the
 * monitoring core's ledger with the cell of every figure, and the core's issues turned into findings on those cells.
 * Pure: the task pane and perf-score both read through here.
 */

export interface MonitorTable {
  sheet: SheetSnapshot;
  headerRow: number;
  /** 0-based columns: 月份, 状态, and each ledger column by its code. */
  month: number;
  status?: number;
  figures: Map<string, number>;
}

/** The header spec of a framework's 运行监控 table: the fixed columns and its figures', each also without its unit. */
function monitorSpec(framework: Framework): Record<string, ColumnSpec> {
  const spec: Record<string, ColumnSpec> = { ...MONITOR_COLUMNS };
  for (const c of ledgerColumns(framework)) {
    const bare = c.label.replace(/（[^）]*）$/, "");
    spec[`figure:${c.id}`] = { label: c.label, aliases: bare === c.label ? [] : [bare] };
  }
  return spec;
}

/** The 运行监控 table: a header with 月份, 预算数 and 累计支出 (the sheet named 运行监控 first). */
export function findMonitorTable(wb: WorkbookSnapshot, framework: Framework): MonitorTable | undefined {
  const spec = monitorSpec(framework);
  const found = findTable(
    wb,
    spec,
    (c) => c.month !== undefined && c["figure:budget"] !== undefined && c["figure:spent"] !== undefined,
    SHEETS.monitor,
  );
  if (!found) return undefined;
  const figures = new Map<string, number>();
  for (const [key, col] of Object.entries(found.columns))
    if (key.startsWith("figure:") && col !== undefined) figures.set(key.slice(7), col);
  return {
    sheet: found.sheet,
    headerRow: found.headerRow,
    month: found.columns.month as number,
    status: found.columns.status,
    figures,
  };
}

export interface LedgerRead {
  rows: LedgerRow[];
  /** Each row's month, where its 月份 cell reads as one (1 to 12). */
  months: (number | undefined)[];
  /** Each figure's cell by its name (spent_m7), each 月份 cell by its key (monthKey), for findings. */
  cells: Map<string, CellRef>;
  /** The sheet row of each month (the first, if a month is there twice), for the 状态 column. */
  rowOfMonth: Map<number, number>;
}

/** A cell's value as the core reads it: blank is absent, a formula gives its result (unsaved, its text). */
function rawOf(sheet: SheetSnapshot, row: number, col: number): unknown {
  const cell = cellAt(sheet, row, col);
  if (cell?.uncalculated && cell.formula) return cell.formula;
  return cell && !isEmpty(cell.value) ? cell.value : undefined;
}

/** 7, "7", "7月", "7 月": the month, as the core's ledger reads it; anything else: undefined. */
function monthIn(raw: unknown): number | undefined {
  const m = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.replace(/\s|月份?$/g, "")) : NaN;
  return Number.isInteger(m) && m >= 1 && m <= 12 ? m : undefined;
}

/** The table's rows, top to bottom: each with a month or a figure (blank rows are skipped). */
export function readLedgerTable(table: MonitorTable): LedgerRead {
  const { sheet, headerRow } = table;
  const read: LedgerRead = { rows: [], months: [], cells: new Map(), rowOfMonth: new Map() };
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const month = rawOf(sheet, row, table.month);
    const values: Record<string, unknown> = {};
    for (const [id, col] of table.figures) {
      const v = rawOf(sheet, row, col);
      if (v !== undefined) values[id] = v;
    }
    if (month === undefined && Object.keys(values).length === 0) continue;
    const m = monthIn(month);
    read.cells.set(monthKey(read.rows.length), { sheet: sheet.name, row, col: table.month });
    read.rows.push({ month, values });
    read.months.push(m);
    if (m !== undefined && !read.rowOfMonth.has(m)) {
      read.rowOfMonth.set(m, row);
      for (const [id, col] of table.figures) read.cells.set(cellName(id, m), { sheet: sheet.name, row, col });
    }
  }
  return read;
}

/** The last month with 累计支出 filled: the one a department monitors after entering its figures. */
export function lastFilledMonth(read: LedgerRead): number | undefined {
  let last: number | undefined;
  read.rows.forEach((r, k) => {
    const m = read.months[k];
    if (m !== undefined && r.values.spent !== undefined && (last === undefined || m > last)) last = m;
  });
  return last;
}

export interface MonitorCheck {
  framework: Framework;
  department?: string;
  year?: number;
  month?: number;
  table?: MonitorTable;
  ledger?: LedgerRead;
  /** Undefined when nothing could be monitored (no table, no month). */
  result?: MonitorResult;
  findings: Finding[];
  /** Every batch id in 评分记录: a write of the statuses takes another. */
  batches: Set<string>;
}

export interface MonitorOptions {
  /** The month to monitor; without it, the last month with 累计支出 filled. */
  month?: number;
  framework?: Framework;
  own?: OwnFramework;
  hashOf?: (doc: unknown) => string;
}

/**
 * Monitors a workbook: its framework as 评分 resolves it, its 基础数据 (the budgets other figures are measured
 * against), its 运行监控 sheet, for the month asked or the last one filled. Findings name their cells; a year-end
 * input left blank mid-year is no finding here unless a monitored figure needs it.
 */
export function monitorWorkbook(wb: WorkbookSnapshot, options: MonitorOptions = {}): MonitorCheck {
  const resolved = workbookFramework(wb, options.framework, options.own, options.hashOf);
  const framework = resolved.framework;
  const findings: Finding[] = [...resolved.findings];
  const dept = readDepartment(wb);
  const base = { framework, department: dept.department, year: dept.year, batches: recordedBatches(wb) };
  const inputs = findInputTable(wb);
  const readIn = inputs ? readInputs(inputs, framework) : undefined;
  const table = findMonitorTable(wb, framework);
  if (!table) {
    // PERF's by the framework's own rows, as 评分 decides it (state.ts), not by header words.
    const perf = hasPerfTables(wb, framework);
    findings.push(
      perf
        ? finding(
            "error",
            "table-missing",
            `找不到“${SHEETS.monitor}”表：应有一行表头含“${MONITOR_COLUMNS.month.label}”“预算数（万元）”和“累计支出（万元）”。这个工作簿可能是用较早的模板做的：请点击“插入模板”插入缺少的“${SHEETS.monitor}”表，逐月填写后再点击“运行监控”`,
          )
        : finding("error", "not-perf", NOT_A_PERF_WORKBOOK),
    );
    return { ...base, findings };
  }
  const ledger = readLedgerTable(table);
  const month = options.month ?? lastFilledMonth(ledger);
  const where: CellRef = { sheet: table.sheet.name, row: table.headerRow, col: table.figures.get("spent") ?? 0 };
  if (month === undefined) {
    findings.push(
      finding(
        "error",
        "monitor",
        `“${SHEETS.monitor}”表还没有填写任何一个月的累计支出：请填写截至上月末的预算数和累计支出`,
        where,
      ),
    );
    return { ...base, table, ledger, findings };
  }
  const result = monitorMonth(framework, { ledger: ledger.rows, inputs: readIn?.raw ?? {}, month });
  for (const issue of result.issues) {
    const cell = ledger.cells.get(issue.input) ?? readIn?.cells.get(issue.input);
    findings.push(finding(issue.severity, "monitor", issue.message, cell ?? where, issue.input));
  }
  return { ...base, month, table, ledger, result, findings };
}
