import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkWorkbook,
  HEADER_SEARCH_ROWS,
  mayHoldTable,
  planFill,
  planUndo,
  type CheckResult,
  type FillPlan,
  type UndoPlan,
  type WorkbookSnapshot,
} from "../../src/workbook";
import {
  buildTemplate,
  editedBuffer,
  snapshotOf,
  WorkbookEditor,
  WorkbookPackage,
  writeFill,
  writeUndo,
} from "../../src/xlsx";
import { parseCase } from "../../src/scoring";
import { ROOT, seedJson } from "./seed";

export const TEMPLATE_PATH = join(ROOT, "assets", "template.xlsx");
export const SEED_XLSX = join(ROOT, "examples", "dapeng-2024.xlsx");
export const NOW = "2026-11-27 10:00:00";

/**
 * A department's own 项目绩效自评表 (review of #10, finding 1): its headers are PERF's words (三级指标, 分值, 得分) but
 * its rows are not the framework's; one of its names is close to a framework name, none is one.
 */
export function selfEvaluation(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("项目绩效自评表");
  ws.getRow(1).values = ["一级指标", "二级指标", "三级指标", "分值", "得分"];
  ws.getRow(2).values = ["产出指标", "数量指标", "培训人次", 20, 18];
  ws.getRow(3).values = ["效益指标", "社会效益指标", "群众知晓率", 30, 28];
  ws.getRow(4).values = ["满意度指标", "服务对象满意度指标", "服务对象满意度", 10, 9];
  return wb;
}

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

export async function bufferOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A workbook's cells through PERF's own reader (the one every command uses). */
export async function readCells(data: Buffer): Promise<WorkbookSnapshot> {
  return WorkbookPackage.fromBuffer(data, "测试.xlsx").snapshot(mayHoldTable, HEADER_SEARCH_ROWS);
}

/** What `perf-score fill` does to a file's bytes: PERF's reader, check, plan and surgical writer. */
export async function fillBuffer(
  data: Buffer,
  now = NOW,
): Promise<{ check: CheckResult; plan: FillPlan; data: Buffer }> {
  const pkg = WorkbookPackage.fromBuffer(data, "测试.xlsx");
  const snapshot = await pkg.snapshot(mayHoldTable, HEADER_SEARCH_ROWS);
  const check = checkWorkbook(snapshot);
  const plan = planFill(check, now);
  const editor = new WorkbookEditor(pkg);
  writeFill(editor, snapshot, plan);
  return { check, plan, data: editedBuffer(editor) };
}

/** What `perf-score undo` does to a file's bytes. */
export async function undoBuffer(data: Buffer): Promise<{ plan: UndoPlan; data: Buffer }> {
  const pkg = WorkbookPackage.fromBuffer(data, "测试.xlsx");
  const plan = planUndo(await pkg.snapshot(mayHoldTable, HEADER_SEARCH_ROWS));
  const editor = new WorkbookEditor(pkg);
  writeUndo(editor, plan);
  return { plan, data: editedBuffer(editor) };
}

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

/** Fills an ExcelJS workbook as a file would be filled; the result is read back with ExcelJS, a second reader. */
export async function fill(
  wb: ExcelJS.Workbook,
  now = NOW,
): Promise<{ check: CheckResult; plan: FillPlan; wb: ExcelJS.Workbook; data: Buffer }> {
  const out = await fillBuffer(await bufferOf(wb), now);
  return { ...out, wb: await load(out.data) };
}

export async function undo(wb: ExcelJS.Workbook): Promise<{ plan: UndoPlan; wb: ExcelJS.Workbook; data: Buffer }> {
  const out = await undoBuffer(await bufferOf(wb));
  return { ...out, wb: await load(out.data) };
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
