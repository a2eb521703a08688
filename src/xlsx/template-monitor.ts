import type ExcelJS from "exceljs";
import { Dec, type Framework } from "../scoring";
import { cellName, executionIndicators, ledgerColumns, statusesText, type LedgerColumn } from "../scoring/monitor";
import { MONITOR_COLUMNS, NUMBER_FORMATS, SHEETS, type CellRef } from "../workbook";

/** Where the 运行监控 table starts: a title, a paragraph on how to fill it, a blank row, then the header. */
export const MONITOR_HEADER_ROW = 4;

/** What the monitor sheet's builder needs of the template's: its styles and helpers (template.ts). */
export interface SheetKit {
  header(ws: ExcelJS.Worksheet, row: number, labels: string[]): void;
  body(cell: ExcelJS.Cell, wrap?: boolean): void;
  editable(cell: ExcelJS.Cell, fill?: ExcelJS.Fill): void;
  ownedFill: ExcelJS.Fill;
  font: string;
}

function validationOf(c: LedgerColumn, month: number): ExcelJS.DataValidation {
  const money = c.type === "money";
  return {
    type: money ? "decimal" : "whole",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: c.name,
    error: money ? "请填写不小于 0 的金额（万元）" : "请填写不小于 0 的整数",
    showInputMessage: true,
    promptTitle: `${month} 月${c.name}`,
    prompt: c.figure?.kind === "deadline" ? `${month} 月末的个数` : `年初至 ${month} 月末的累计数，万元`,
  };
}

/**
 * The 运行监控 sheet, from the framework's schedule and monitoring figures: one row per month with its checkpoint and
 * 序时进度, the cumulative 预算数 and 累计支出 (and the figures beside them) to fill in, and the 状态 column PERF
 * writes. No formulas and no conditional formats: the sheet is figures only, so every program reads it alike; the
 * 监控结果 sheet PERF writes shows 支出进度 and the colours. Every figure's cell has a workbook name, column code
 * and month: spent_m7.
 */
export function monitorSheet(
  wb: ExcelJS.Workbook,
  framework: Framework,
  kit: SheetKit,
): { id: string; cell: CellRef }[] {
  if (framework.schedule.length === 0) return [];
  const ws = wb.addWorksheet(SHEETS.monitor, { views: [{ state: "frozen", ySplit: MONITOR_HEADER_ROW }] });
  const columns = ledgerColumns(framework);
  const code = executionIndicators(framework)[0];
  const indicator = framework.tree
    .flatMap((l1) => l1.children.flatMap((l2) => l2.indicators))
    .find((i) => i.code === code);
  const labels = [
    MONITOR_COLUMNS.month.label,
    MONITOR_COLUMNS.checkpoint.label,
    MONITOR_COLUMNS.target.label,
    ...columns.map((c) => c.label),
    MONITOR_COLUMNS.status.label,
  ];
  const width = labels.length;
  ws.getCell("A1").value = "运行监控";
  ws.getCell("A1").font = { name: kit.font, bold: true, size: 14 };
  const guide = ws.getCell("A2");
  guide.value = [
    "每月填写上月末的数字，都是年初至月末的累计数（万元）：预算数为截至当月的全年预算（含调整、调剂），",
    indicator ? `累计支出的口径与 ${indicator.code} ${indicator.name}相同；` : "",
    "可从国库支付系统导出后粘贴。填好后在 PERF 任务窗格点击“运行监控”：“状态”列和“监控结果”表由 PERF 填写。",
    `检查点的状态按支出进度落后序时进度的幅度判断：${statusesText(framework)}。`,
  ].join("");
  guide.alignment = { wrapText: true, vertical: "top" };
  guide.font = { name: kit.font };
  ws.mergeCells(2, 1, 2, width);
  ws.getRow(2).height = 60;
  kit.header(ws, MONITOR_HEADER_ROW, labels);
  ws.columns = labels.map((l, k) => ({
    width: k === 0 ? 8 : k === 1 ? 10 : k === 2 ? 10 : Math.max(12, l.length * 1.6),
  }));

  const refs: { id: string; cell: CellRef }[] = [];
  for (let month = 1; month <= 12; month++) {
    const r = MONITOR_HEADER_ROW + month;
    const row = ws.getRow(r);
    const checkpoint = framework.schedule.find((c) => c.month === month);
    const values: ExcelJS.CellValue[] = [
      month,
      checkpoint?.name ?? null,
      checkpoint ? Number(checkpoint.target) : null,
    ];
    row.values = values;
    const colOf = (k: number) => 4 + k; // 1-based, after 月份, 检查点, 序时进度
    columns.forEach((c, k) => {
      const cell = row.getCell(colOf(k));
      kit.body(cell);
      kit.editable(cell);
      cell.numFmt = c.type === "money" ? NUMBER_FORMATS.money : NUMBER_FORMATS.count;
      cell.dataValidation = validationOf(c, month);
      refs.push({ id: cellName(c.id, month), cell: { sheet: ws.name, row: r - 1, col: colOf(k) - 1 } });
    });
    row.getCell(1).numFmt = '0" 月"';
    row.getCell(3).numFmt =
      checkpoint && new Dec(checkpoint.target).times(100).isInteger() ? "0%" : NUMBER_FORMATS.rate;
    for (const col of [1, 2, 3]) kit.body(row.getCell(col));
    const status = row.getCell(width);
    kit.body(status);
    kit.editable(status, kit.ownedFill);
    if (checkpoint) for (let col = 1; col <= 3; col++) row.getCell(col).font = { name: kit.font, bold: true };
  }
  return refs;
}
