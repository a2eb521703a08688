import {
  a1,
  columnName,
  RECORD_HEADER,
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

const TITLE_ROW = (row: readonly unknown[]) => row.length === 1 && typeof row[0] === "string";

/** A grid as range.values takes it: a rectangle, blanks as "". */
function rectangle(grid: Grid): Scalar[][] {
  const width = Math.max(1, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? "") as Scalar));
}

function sheetExists(snapshot: WorkbookSnapshot, name: string): boolean {
  return snapshot.sheets.some((s) => s.name === name);
}

/**
 * Before writing: are the target cells writable? A protected sheet refuses writes to locked cells, and a protected
 * workbook refuses new sheets; finding that out first means a refused write leaves nothing half-written.
 */
async function preflight(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  addsSheets: boolean,
): Promise<void> {
  const workbookProtection = context.workbook.protection;
  workbookProtection.load("protected");
  const sheetNames = [...new Set(writes.map((w) => w.ref.sheet))];
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
  if (addsSheets && workbookProtection.protected) {
    throw new ExcelActionError("工作簿结构受保护，无法添加评分用的工作表。请在“审阅 → 保护工作簿”中取消保护后重试。");
  }
  const guarded = new Set(sheets.filter((s) => s.protection.protected).map((s) => s.name));
  const locked = cells.filter((c) => guarded.has(c.w.ref.sheet) && c.protection.locked).map((c) => c.w.cell);
  if (locked.length > 0) {
    const shown = locked.slice(0, 3).join("、");
    throw new ExcelActionError(
      `${shown}${locked.length > 3 ? ` 等 ${locked.length} 处` : ""}被锁定，且所在工作表受保护，无法写入。请在“审阅 → 撤销工作表保护”后重试，或把这些单元格设为“未锁定”。`,
    );
  }
}

function queueWrites(context: Excel.RequestContext, writes: readonly CellWrite[]): void {
  const sheets = context.workbook.worksheets;
  for (const w of writes) {
    const range = sheets.getItem(w.ref.sheet).getRange(a1(w.ref.row, w.ref.col));
    if (w.formula) range.formulas = [[w.formula]];
    else range.values = [[(w.value ?? "") as Scalar]];
    if (typeof w.value === "string" && w.value.includes("\n")) range.format.wrapText = true;
  }
}

/** Replaces one of PERF's own sheets with the grid: titles bold, the row after a title a table header. */
function queueOwnSheet(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  name: string,
  grid: Grid,
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (sheetExists(snapshot, name)) sheets.getItem(name).delete();
  const ws = sheets.add(name);
  if (grid.length === 0) return ws;
  const values = rectangle(grid);
  const range = ws.getRange(`A1:${columnName(values[0].length - 1)}${values.length}`);
  range.values = values;
  range.numberFormat = values.map((row) => row.map((v) => (typeof v === "number" ? "0.00" : "General")));
  grid.forEach((row, r) => {
    if (TITLE_ROW(row)) ws.getRange(`A${r + 1}`).format.font.bold = true;
    else if (r > 0 && TITLE_ROW(grid[r - 1])) {
      const header = ws.getRange(`A${r + 1}:${columnName(row.length - 1)}${r + 1}`);
      header.format.font.bold = true;
      header.format.fill.color = "#D9E1F2";
    }
  });
  ws.getRange(`A1:${columnName(values[0].length - 1)}1`).format.autofitColumns();
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

function queueRecord(context: Excel.RequestContext, snapshot: WorkbookSnapshot, rows: Grid): void {
  if (rows.length === 0) return;
  const existing = snapshot.sheets.find((s) => s.name === SHEETS.record);
  const ws = existing
    ? context.workbook.worksheets.getItem(SHEETS.record)
    : context.workbook.worksheets.add(SHEETS.record);
  let start = existing ? existing.rows.length : 0;
  if (!existing) {
    const header = ws.getRange(`A1:${columnName(RECORD_HEADER.length - 1)}1`);
    header.values = [[...RECORD_HEADER]];
    header.format.font.bold = true;
    start = 1;
  }
  const values = rows.map((r) => Array.from({ length: RECORD_HEADER.length }, (_, c) => (r[c] ?? "") as Scalar));
  ws.getRange(`A${start + 1}:${columnName(RECORD_HEADER.length - 1)}${start + values.length}`).values = values;
}

/** After a failed write: give the cells back what they held. Best effort; says so when even that fails. */
async function compensate(context: Excel.RequestContext, writes: readonly CellWrite[], cause: unknown): Promise<never> {
  const failure = describeOfficeError(cause);
  try {
    queueWrites(
      context,
      writes.map((w) => ({ ...w, value: w.old?.value ?? null, formula: w.old?.formula })),
    );
    await context.sync();
  } catch {
    throw new ExcelActionError(
      `${failure.message}（写入中断，部分单元格可能未还原，请对照“评分记录”表核对）`,
      failure.detail,
    );
  }
  throw new ExcelActionError(`${failure.message}（未写入任何内容）`, failure.detail);
}

/**
 * Writes cells and PERF's own sheets in two syncs: one to check the target cells are writable, one for everything,
 * with calculation and screen updating suspended. If that write fails midway, the cells get their old values back.
 */
async function writeAtomically(
  writes: readonly CellWrite[],
  queueOwn: (context: Excel.RequestContext) => void,
): Promise<void> {
  try {
    await Excel.run(async (context) => {
      await preflight(context, writes, true); // both fill and undo replace the 评分结果 sheet
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      queueWrites(context, writes);
      queueOwn(context);
      try {
        await context.sync();
      } catch (e) {
        await compensate(context, writes, e);
      }
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}

/** A fill: 得分 and 扣分原因 cells, 评分结果 with its chart, and 评分记录. */
export function writeFill(plan: FillPlan, snapshot: WorkbookSnapshot): Promise<void> {
  return writeAtomically(plan.writes, (context) => {
    queueChart(queueOwnSheet(context, snapshot, SHEETS.result, plan.result), plan.resultLayout);
    queueRecord(context, snapshot, plan.record);
  });
}

/** An undo: what the last fill replaced, given back, and 评分结果 saying so. */
export function writeUndo(plan: UndoPlan, snapshot: WorkbookSnapshot): Promise<void> {
  return writeAtomically(plan.writes, (context) => void queueOwnSheet(context, snapshot, SHEETS.result, plan.result));
}

/** Writes one of PERF's own sheets (the 存在问题 draft), replacing it if it exists; one sync. */
export async function writeOwnSheet(name: string, grid: Grid, snapshot: WorkbookSnapshot): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const ws = queueOwnSheet(context, snapshot, name, grid);
      const text = ws.getRange(`A1:A${Math.max(1, grid.length)}`);
      text.format.columnWidth = 600; // column A's width: the paragraphs read as a page
      text.format.wrapText = true;
      ws.activate();
      await context.sync();
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
