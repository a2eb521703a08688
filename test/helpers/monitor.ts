import type ExcelJS from "exceljs";
import { SHEETS } from "../../src/workbook";

/** The 运行监控 sheet's header row (1-based) and each header's column, as an ExcelJS workbook holds them. */
export function monitorColumns(wb: ExcelJS.Workbook): { header: number; col: Map<string, number> } {
  const ws = wb.getWorksheet(SHEETS.monitor)!;
  for (let r = 1; r <= 10; r++) {
    const col = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => {
      if (typeof cell.value === "string") col.set(cell.value, c);
    });
    if (col.has("月份")) return { header: r, col };
  }
  throw new Error("no 运行监控 header");
}

/** Column code → the header the template writes for it (dapeng-2024 and frameworks like it). */
const HEADERS: Record<string, string> = {
  budget: "预算数（万元）",
  spent: "累计支出（万元）",
  sangong_spent: "“三公”经费累计支出（万元）",
  office_spent: "日常公用经费累计支出（万元）",
  procurement_spent: "政府采购累计执行金额（万元）",
  tenders_open: "未完成招标的新增集中采购项目数",
};

/**
 * Fills the template's 运行监控 sheet as a department would: month → column code (or header) → value. Returns the
 * address of each filled cell by its name (spent_m7 → E11), for assertions.
 */
export function fillLedger(
  wb: ExcelJS.Workbook,
  months: Readonly<Record<number, Readonly<Record<string, ExcelJS.CellValue>>>>,
): Map<string, string> {
  const ws = wb.getWorksheet(SHEETS.monitor)!;
  const { header, col } = monitorColumns(wb);
  const cells = new Map<string, string>();
  for (const [month, values] of Object.entries(months)) {
    const row = header + Number(month);
    for (const [key, value] of Object.entries(values)) {
      const c = col.get(HEADERS[key] ?? key);
      if (c === undefined) throw new Error(`no column ${key}`);
      ws.getCell(row, c).value = value;
      cells.set(`${key}_m${month}`, ws.getCell(row, c).address);
    }
  }
  return cells;
}

/** The seed's quarters with its other figures (see test/monitor/seed-ledger.ts), up to a month. */
export function seedMonths(upTo = 12): Record<number, Record<string, number>> {
  const all: Record<number, Record<string, number>> = {
    3: {
      budget: 3763.51,
      spent: 1335.29,
      sangong_spent: 0.3,
      office_spent: 9.1,
      procurement_spent: 120.5,
      tenders_open: 0,
    },
    6: {
      budget: 3763.51,
      spent: 2253.59,
      sangong_spent: 0.62,
      office_spent: 18.9,
      procurement_spent: 301.2,
      tenders_open: 0,
    },
    9: {
      budget: 3763.51,
      spent: 2437.63,
      sangong_spent: 1.02,
      office_spent: 28.7,
      procurement_spent: 512.35,
      tenders_open: 0,
    },
    12: {
      budget: 3763.51,
      spent: 2978.43,
      sangong_spent: 1.33,
      office_spent: 38.69,
      procurement_spent: 680.11,
      tenders_open: 0,
    },
  };
  return Object.fromEntries(Object.entries(all).filter(([m]) => Number(m) <= upTo));
}
