import { parseLenient } from "../scoring";
import {
  a1,
  columnName,
  RECORD_HEADER,
  numberFormatAt,
  rowRoles,
  SHEETS,
  type CellWrite,
  type FillPlan,
  type Grid,
  type ResultLayout,
  type UndoPlan,
  type WorkbookSnapshot,
} from "../workbook";
import { describeOfficeError, ExcelActionError } from "./errors";

type Scalar = string | number | boolean;

/**
 * Text as range.values must be given it to stay text. Excel reads a written string as if typed: "=E3*0.9" becomes a
 * formula, "2026-11-27 10:00" a date, "4.8" a number. A leading apostrophe (Excel's own "this is text") prevents it.
 */
export function asText(value: string): string {
  const typedAsSomethingElse =
    /^[=+\-@'#]/.test(value) ||
    /^(true|false)$/i.test(value.trim()) ||
    /^\d{1,4}[-/.年]\d{1,2}/.test(value.trim()) ||
    (value.trim() !== "" && parseLenient(value).ok);
  return typedAsSomethingElse ? `'${value}` : value;
}

function scalar(value: unknown): Scalar {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? asText(value) : (value as Scalar);
}

/** A grid as range.values takes it: a rectangle, blanks as "", text kept as text. */
function rectangle(grid: Grid, width = Math.max(1, ...grid.map((r) => r.length))): Scalar[][] {
  return grid.map((r) => Array.from({ length: width }, (_, c) => scalar(r[c])));
}

function sheetExists(snapshot: WorkbookSnapshot, name: string): boolean {
  return snapshot.sheets.some((s) => s.name === name);
}

/**
 * Before writing: is everything writable? A protected sheet refuses writes to locked cells (the 评分记录 sheet takes
 * new rows), and a protected workbook refuses new sheets; finding that out first means a refused write changes nothing.
 */
async function preflight(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  appendsTo: string[],
): Promise<{ manualCalculation: boolean }> {
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  context.application.load("calculationMode");
  const sheetNames = [...new Set([...writes.map((w) => w.ref.sheet), ...appendsTo])];
  const sheets = sheetNames.map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected");
    return { name, protection };
  });
  const cells = writes.map((w) => {
    const protection = context.workbook.worksheets.getItem(w.ref.sheet).getRange(a1(w.ref.row, w.ref.col))
      .format.protection;
    protection.load("locked");
    return { w, protection };
  });
  await context.sync();
  if (workbookProtection.protected) {
    throw new ExcelActionError("工作簿结构受保护，无法添加评分用的工作表。请在“审阅 → 保护工作簿”中取消保护后重试。");
  }
  const guarded = new Set(sheets.filter((s) => s.protection.protected).map((s) => s.name));
  const appendBlocked = appendsTo.filter((name) => guarded.has(name));
  if (appendBlocked.length > 0) {
    throw new ExcelActionError(
      `“${appendBlocked.join("、")}”表受保护，无法记录本次评分。请在“审阅 → 撤销工作表保护”后重试。`,
    );
  }
  const locked = cells.filter((c) => guarded.has(c.w.ref.sheet) && c.protection.locked).map((c) => c.w.cell);
  if (locked.length > 0) {
    const shown = locked.slice(0, 3).join("、");
    throw new ExcelActionError(
      `${shown}${locked.length > 3 ? ` 等 ${locked.length} 处` : ""}被锁定，且所在工作表受保护，无法写入。请在“审阅 → 撤销工作表保护”后重试，或把这些单元格设为“未锁定”。`,
    );
  }
  return { manualCalculation: context.application.calculationMode === Excel.CalculationMode.manual };
}

function queueWrites(context: Excel.RequestContext, writes: readonly CellWrite[]): void {
  const sheets = context.workbook.worksheets;
  for (const w of writes) {
    const range = sheets.getItem(w.ref.sheet).getRange(a1(w.ref.row, w.ref.col));
    if (w.formula) range.formulas = [[w.formula]];
    else range.values = [[scalar(w.value)]];
    if (typeof w.value === "string" && w.value.includes("\n")) range.format.wrapText = true;
  }
}

/** Writes a grid from A1 of a fresh sheet: numbers with two decimals, titles bold, table headers shaded. */
export function queueGrid(ws: Excel.Worksheet, grid: Grid): void {
  if (grid.length === 0) return;
  const values = rectangle(grid);
  const whole = ws.getRange(`A1:${columnName(values[0].length - 1)}${values.length}`);
  whole.numberFormat = values.map((row, r) =>
    row.map((v, c) => (typeof v === "number" ? numberFormatAt(grid, r, c) : "General")),
  );
  whole.values = values;
  rowRoles(grid).forEach((role, r) => {
    if (role === "title") ws.getRange(`A${r + 1}`).format.font.bold = true;
    if (role === "header") {
      const header = ws.getRange(`A${r + 1}:${columnName(grid[r].length - 1)}${r + 1}`);
      header.format.font.bold = true;
      header.format.fill.color = "#D9E1F2";
    }
  });
  whole.format.autofitColumns();
}

/** Replaces one of PERF's own sheets with the grid (the sheet is deleted and added again, charts and all). */
export function queueOwnSheet(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  name: string,
  grid: Grid,
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (sheetExists(snapshot, name)) sheets.getItem(name).delete();
  const ws = sheets.add(name);
  queueGrid(ws, grid);
  return ws;
}

function queueChart(ws: Excel.Worksheet, layout: ResultLayout): void {
  const first = layout.level2FirstRow; // the header row is the one before: its labels name the series
  const range = ws.getRange(
    `${columnName(layout.nameCol)}${first}:${columnName(layout.scoreCol)}${layout.level2LastRow + 1}`,
  );
  const chart = ws.charts.add(Excel.ChartType.barClustered, range, Excel.ChartSeriesBy.columns);
  chart.title.text = "二级指标：得分与分值";
  chart.setPosition("H2", "P26");
}

/** Appends the batch's rows to 评分记录 (adding the sheet the first time); returns where they went. */
function queueRecord(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  rows: Grid,
): { first: number; last: number } | undefined {
  if (rows.length === 0) return undefined;
  const existing = snapshot.sheets.find((s) => s.name === SHEETS.record);
  const ws = existing
    ? context.workbook.worksheets.getItem(SHEETS.record)
    : context.workbook.worksheets.add(SHEETS.record);
  const width = RECORD_HEADER.length;
  let start = existing ? existing.rows.length : 0;
  if (!existing) {
    const header = ws.getRange(`A1:${columnName(width - 1)}1`);
    header.values = [[...RECORD_HEADER]];
    header.format.font.bold = true;
    start = 1;
  }
  ws.getRange(`A${start + 1}:${columnName(width - 1)}${start + rows.length}`).values = rectangle(rows, width);
  return { first: start, last: start + rows.length - 1 };
}

/** How a failed write's message names what was restored and what to do again (a fill's words unless told). */
export interface WriteWords {
  cells: string;
  sheet: string;
  again: string;
}

const FILL_WORDS: WriteWords = { cells: "得分单元格", sheet: SHEETS.result, again: "重新评分" };

/**
 * After a failed write: the cells get their old values back, and rows added to 评分记录 are emptied. Best effort: it
 * says what it could not undo.
 */
async function rollBack(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  record: { first: number; last: number } | undefined,
  recordExisted: boolean,
  cause: unknown,
  recalculate: () => void,
  words: WriteWords,
): Promise<never> {
  const failure = describeOfficeError(cause);
  try {
    queueWrites(
      context,
      writes.map((w) => ({ ...w, value: w.old?.value ?? null, formula: w.old?.formula })),
    );
    if (record && recordExisted) {
      const blank = Array.from({ length: record.last - record.first + 1 }, () => RECORD_HEADER.map(() => ""));
      context.workbook.worksheets
        .getItem(SHEETS.record)
        .getRange(`A${record.first + 1}:${columnName(RECORD_HEADER.length - 1)}${record.last + 1}`).values = blank;
    }
    recalculate();
    await context.sync();
  } catch {
    throw new ExcelActionError(
      `${failure.message}（写入中断，部分单元格可能未还原，请对照“评分记录”表核对后${words.again}）`,
      failure.detail,
    );
  }
  throw new ExcelActionError(
    `${failure.message}（${words.cells}已还原；“${words.sheet}”表可能未更新，请${words.again}）`,
    failure.detail,
  );
}

/**
 * Writes cells and PERF's own sheets in two syncs: one to check everything is writable, one for everything, with
 * screen updating suspended. The user's cells go first and PERF's own sheets last; if the write fails midway, the
 * cells get their old values back.
 *
 * Calculation is not suspended: "once set, it is the developer's responsibility to re-calc the workbook"
 * (suspendApiCalculationUntilNextSync in @types/office-js), and Microsoft advises suspending it only around large
 * changes (OfficeDev/office-js-docs-pr docs/excel/performance.md). A fill writes a few dozen cells, so Excel's own
 * calculation brings every formula that reads a 得分 (a 总分 of the user's, a PERF.GRADE) up to date, as after typing.
 * In manual calculation mode ("calculation is done when the user requests it": Application.calculationMode, read in
 * the preflight sync, ExcelApi 1.1) nothing would, so the write sync ends with calculate(Recalculate), which
 * recalculates only the cells Excel marked dirty, as F9 does (Excel.CalculationType, ExcelApi 1.1); so does the
 * roll-back. The mode itself is left as the user set it.
 */
export async function writeAtomically(
  snapshot: WorkbookSnapshot,
  writes: readonly CellWrite[],
  record: Grid,
  queueOwn: (context: Excel.RequestContext) => void,
  words: WriteWords = FILL_WORDS,
): Promise<void> {
  const recordExisted = sheetExists(snapshot, SHEETS.record);
  try {
    await Excel.run(async (context) => {
      const { manualCalculation } = await preflight(
        context,
        writes,
        record.length > 0 && recordExisted ? [SHEETS.record] : [],
      );
      const recalculate = () => {
        if (manualCalculation) context.application.calculate(Excel.CalculationType.recalculate);
      };
      context.application.suspendScreenUpdatingUntilNextSync();
      queueWrites(context, writes);
      const appended = queueRecord(context, snapshot, record);
      queueOwn(context);
      recalculate();
      try {
        await context.sync();
      } catch (e) {
        await rollBack(context, writes, appended, recordExisted, e, recalculate, words);
      }
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}

/** A fill: 得分 and 扣分原因 cells, 评分记录, and 评分结果 with its chart. */
export function writeFill(plan: FillPlan, snapshot: WorkbookSnapshot): Promise<void> {
  return writeAtomically(snapshot, plan.writes, plan.record, (context) => {
    queueChart(queueOwnSheet(context, snapshot, SHEETS.result, plan.result), plan.resultLayout);
  });
}

/** An undo: what the last fill replaced, given back, and 评分结果 saying so. */
export function writeUndo(plan: UndoPlan, snapshot: WorkbookSnapshot): Promise<void> {
  return writeAtomically(
    snapshot,
    plan.writes,
    [],
    (context) => void queueOwnSheet(context, snapshot, plan.resultSheet, plan.result),
  );
}

/**
 * Writes a new sheet of PERF's (the 存在问题 draft) under the first free name: “存在问题”, “存在问题（2）”…, so a
 * sheet the user already has is never replaced. Two syncs: the names, then the sheet. Returns the name used.
 */
export async function writeNewSheet(name: string, grid: Grid): Promise<string> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name));
      let free = name;
      for (let n = 2; taken.has(free); n++) free = `${name}（${n}）`;
      const ws = sheets.add(free);
      queueGrid(ws, grid);
      const text = ws.getRange(`A1:A${Math.max(1, grid.length)}`);
      text.format.columnWidth = 600; // column A's width: the paragraphs read as a page
      text.format.wrapText = true;
      ws.activate();
      await context.sync();
      return free;
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}

/** "'评分 结果'!B7" → sheet and address. */
export function splitAddress(cell: string): { sheet: string; address: string } {
  const bang = cell.lastIndexOf("!");
  const sheet = cell
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, address: cell.slice(bang + 1) };
}

/** Shows a finding's cell: activates its sheet and selects it. One sync. */
export async function selectCell(cell: string): Promise<void> {
  const { sheet, address } = splitAddress(cell);
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}
