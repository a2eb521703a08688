import type ExcelJS from "exceljs";
import { RECORD_HEADER, rowRoles, SHEETS, type CellWrite, type Grid } from "../workbook";

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/** Writes cells in place; a cell's formatting stays as it was, only its value (or formula) changes. */
export function applyWrites(wb: ExcelJS.Workbook, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const ws = wb.getWorksheet(w.ref.sheet);
    if (!ws) throw new Error(`internal: sheet ${w.ref.sheet} vanished between check and write`);
    const cell = ws.getCell(w.ref.row + 1, w.ref.col + 1);
    cell.value = w.formula ? { formula: w.formula.replace(/^=/, ""), result: w.value ?? undefined } : w.value;
    if (typeof w.value === "string" && w.value.includes("\n")) cell.alignment = { ...cell.alignment, wrapText: true };
  }
}

/** Replaces the 评分结果 sheet with the grid, titles and table headers set off as rowRoles says. */
export function replaceResultSheet(wb: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const old = wb.getWorksheet(SHEETS.result);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SHEETS.result);
  ws.columns = [{ width: 10 }, { width: 26 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 70 }];
  const roles = rowRoles(grid);
  grid.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    row.values = values.map((v) => (v === null ? null : v));
    if (roles[r] === "title") row.getCell(1).font = r === 0 ? { bold: true, size: 14 } : TITLE_FONT;
    if (roles[r] === "header") {
      row.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      });
    }
    row.eachCell((cell) => {
      if (typeof cell.value === "number") cell.numFmt = "0.00";
      if (typeof cell.value === "string" && cell.value.includes("\n"))
        cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  return ws;
}

/** Appends rows to 评分记录, creating the sheet with its header the first time. */
export function appendRecord(wb: ExcelJS.Workbook, rows: Grid): void {
  let ws = wb.getWorksheet(SHEETS.record);
  if (!ws) {
    ws = wb.addWorksheet(SHEETS.record);
    ws.columns = [
      { width: 20 },
      { width: 10 },
      { width: 8 },
      { width: 16 },
      { width: 16 },
      { width: 16 },
      { width: 8 },
    ];
    ws.getRow(1).values = [...RECORD_HEADER];
    ws.getRow(1).font = { bold: true };
  }
  let next = ws.rowCount + 1;
  for (const values of rows) ws.getRow(next++).values = values.map((v) => (v === null ? null : v));
}
