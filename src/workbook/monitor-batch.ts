import { findTable } from "./find";
import { MONITOR_COLUMNS, SHEETS } from "./layout";
import { refAddress, type WorkbookSnapshot } from "./snapshot";

/*
 * What undo needs to know of 运行监控's batches, apart from the monitoring core (which the pane loads only when
 * 运行监控 is clicked): how such a batch is named, and which cells it owns.
 */

/** A write of 运行监控's statuses is its own batch in 评分记录, named so: undo knows which result sheet to reset. */
export const MONITOR_BATCH = "运行监控";

export function isMonitorBatch(batch: string): boolean {
  return /运行监控(（\d+）| \(\d+\))?$/.test(batch);
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
