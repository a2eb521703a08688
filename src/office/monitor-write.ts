import { a1, columnName, SHEETS, type Grid, type MonitorPlan, type WorkbookSnapshot } from "../workbook";
import { queueOwnSheet, writeAtomically } from "./write";

/**
 * 运行监控's one write: the 状态 column of the 运行监控 table, the 监控结果 sheet with its chart, and the replaced
 * values in 评分记录 as a batch of their own, so 撤销上次评分 gives them back. The same two syncs as a fill, whatever
 * the size: one to check that every target is writable, one for everything (src/office/write.ts writeAtomically).
 *
 * Charts are ExcelApi 1.1 (ChartCollection.add, Chart.title, Chart.setPosition: OfficeDev/office-js-docs-pr
 * docs/excel/excel-add-ins-charts.md), well within the ExcelApi 1.9 the pane already needs: no gating of its own.
 */

/** Every cell's number format: the plan's where it gives one, else as 评分结果's grid has it (two decimals, General). */
function numberFormats(grid: Grid, formats: MonitorPlan["formats"]): string[][] {
  const width = Math.max(1, ...grid.map((r) => r.length));
  return grid.map((row, r) =>
    Array.from({ length: width }, (_, c) => formats[r]?.[c] ?? (typeof row[c] === "number" ? "0.00" : "General")),
  );
}

function queueResultSheet(context: Excel.RequestContext, snapshot: WorkbookSnapshot, plan: MonitorPlan): void {
  const ws = queueOwnSheet(context, snapshot, SHEETS.monitorResult, plan.result);
  if (plan.result.length === 0) return;
  const formats = numberFormats(plan.result, plan.formats);
  ws.getRange(`A1:${columnName(formats[0].length - 1)}${formats.length}`).numberFormat = formats;
  // The arithmetic sentences are several lines in one cell: shown wrapped, as 扣分原因 are.
  plan.result.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && v.includes("\n")) ws.getRange(a1(r, c)).format.wrapText = true;
    }),
  );
  for (const f of plan.fills) ws.getRange(a1(f.row, f.col)).format.fill.color = f.color;
  const chart = plan.chart;
  if (!chart) return;
  // 检查点, 序时进度, 支出进度 with their header: the header names the two lines, the first column the checkpoints.
  const source = ws.getRange(
    `${columnName(chart.nameCol)}${chart.headerRow + 1}:${columnName(chart.lastCol)}${chart.lastRow + 1}`,
  );
  const drawn = ws.charts.add(Excel.ChartType.lineMarkers, source, Excel.ChartSeriesBy.columns);
  drawn.title.text = "序时进度与支出进度";
  // Right of the tables (the 说明 column is column I), level with the checkpoints.
  drawn.setPosition(`K${chart.headerRow + 1}`, `R${chart.headerRow + 18}`);
}

/** Writes a 运行监控 run's plan (src/workbook/monitor-plan.ts planMonitor). */
export function writeMonitor(plan: MonitorPlan, snapshot: WorkbookSnapshot): Promise<void> {
  return writeAtomically(snapshot, plan.writes, plan.record, (context) => queueResultSheet(context, snapshot, plan), {
    cells: "状态单元格",
    sheet: SHEETS.monitorResult,
    again: "重新点击“运行监控”",
  });
}
