import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook, planFill, type CheckResult, type FillPlan } from "../../src/workbook";
import { appendRecord, applyWrites, buildTemplate, replaceResultSheet, snapshotOf } from "../../src/xlsx";
import { parseCase } from "../../src/scoring";
import { ROOT, seedJson } from "./seed";

export const TEMPLATE_PATH = join(ROOT, "assets", "template.xlsx");
export const SEED_XLSX = join(ROOT, "examples", "dapeng-2024.xlsx");
export const NOW = "2026-11-27 10:00:00";

/** Saves and reopens a workbook, as a file on disk would go, so tests see what Excel would. */
export async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return copy;
}

export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The template filled with the seed's case (as `perf-score import` makes it), with optional input overrides. */
export async function seedWorkbook(overrides: Record<string, unknown> = {}): Promise<ExcelJS.Workbook> {
  const json = seedJson();
  Object.assign(json.inputs, overrides);
  return reopen(await buildTemplate(undefined, parseCase(json).case));
}

/** What `perf-score fill` does to a workbook, in memory. */
export function fill(wb: ExcelJS.Workbook, now = NOW): { check: CheckResult; plan: FillPlan } {
  const check = checkWorkbook(snapshotOf(wb));
  const plan = planFill(check, now);
  applyWrites(wb, plan.writes);
  replaceResultSheet(wb, plan.result);
  if (plan.record.length) appendRecord(wb, plan.record);
  return { check, plan };
}

export interface CellState {
  value: unknown;
  numFmt?: string;
  fill?: string;
  locked?: boolean;
}

/** Every non-empty or formatted cell of every sheet: "sheet!A1" → its value (as JSON), number format, fill, lock. */
export function cells(wb: ExcelJS.Workbook): Map<string, CellState> {
  const out = new Map<string, CellState>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.parse(JSON.stringify(cell.value ?? null)),
          numFmt: cell.numFmt,
          fill: JSON.stringify(cell.fill ?? null),
          locked: cell.protection?.locked,
        });
      });
    });
  });
  return out;
}

/** The structure a fill must keep: merges, data validations and protection of each sheet. */
export function structure(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    out[ws.name] = {
      merges: [...(ws.model.merges ?? [])].sort(),
      validations: JSON.stringify((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model),
      protection: JSON.stringify((ws as unknown as { sheetProtection: unknown }).sheetProtection ?? null),
    };
  });
  return out;
}

/** Reads the 得分 column of the 指标体系 table by 代码 (or by 三级指标 name when the code column is gone). */
export function scoresWritten(wb: ExcelJS.Workbook): Map<string, unknown> {
  const check = checkWorkbook(snapshotOf(wb));
  const table = check.tables.framework!;
  const out = new Map<string, unknown>();
  for (const [code, row] of check.rowOf)
    out.set(code, table.sheet.rows[row.row]?.[table.columns.score!]?.value ?? null);
  if (check.totalRow !== undefined)
    out.set("总计", table.sheet.rows[check.totalRow]?.[table.columns.score!]?.value ?? null);
  return out;
}

/**
 * Deletes a column as Excel does: merged ranges across it shrink (ExcelJS's own spliceColumns moves cells out from
 * under a merge instead, which Excel never does).
 */
export function deleteColumn(ws: ExcelJS.Worksheet, col: number): void {
  const merges = [...(ws.model.merges ?? [])];
  for (const range of merges) ws.unMergeCells(range);
  ws.spliceColumns(col, 1);
  for (const range of merges) {
    const [a, b] = range.split(":").map((x) => ws.getCell(x));
    const left = Number(a.col);
    const right = Number(b.col);
    if (right < col) ws.mergeCells(range);
    else if (left > col) ws.mergeCells(Number(a.row), left - 1, Number(b.row), right - 1);
    else if (right - 1 > left || Number(b.row) > Number(a.row))
      ws.mergeCells(Number(a.row), left, Number(b.row), Math.max(left, right - 1));
  }
}
