import {
  absoluteRef,
  excelNameProblem,
  findInputTable,
  FRAMEWORK_SHEET,
  MONITOR_COLUMNS,
  parseA1,
  SHEETS,
  textAt,
  type Cell,
  type DefinedName,
  type SheetSnapshot,
} from "../workbook";
import { defaultFramework, type Framework } from "../scoring";
import { cellName, ledgerColumns } from "../scoring/monitor/figures";
import { describeOfficeError, ExcelActionError } from "./errors";

/** The template's sheets a person sees, in its order: what 插入模板 inserts (with the hidden PERF框架, see below). */
export const TEMPLATE_SHEETS = [SHEETS.guide, SHEETS.inputs, SHEETS.effect, SHEETS.framework, SHEETS.monitor];

/** The workbook's sheet names (one sync), to find clashes before inserting anything. */
export async function sheetNames(): Promise<string[]> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}

/**
 * The names the template defines, read from its 基础数据 table as inserted: each input row's 值 cell named by its
 * 代码 (yishang → 基础数据!$D$5), as the template builder names them (src/xlsx/template-names.ts). A 代码 that cannot
 * be an Excel name is left out, as the builder would have refused it.
 */
export function templateInputNames(sheet: SheetSnapshot): DefinedName[] {
  const table = findInputTable({ sheets: [sheet] });
  const { id, value } = table?.columns ?? {};
  if (!table || id === undefined || value === undefined) return [];
  const names: DefinedName[] = [];
  for (let row = table.headerRow + 1; row < sheet.rows.length; row++) {
    const name = textAt(sheet, row, id);
    if (name && !excelNameProblem(name))
      names.push({ name, formula: absoluteRef({ sheet: sheet.name, row, col: value }) });
  }
  return names;
}

/**
 * The names of the template's 运行监控 figures, read from the sheet as inserted: each month's figure cell named by its
 * column's code and month (spent_m7 → 运行监控!$E$11), as the template builder names them (defineMonitorNames); the
 * columns known by the headers the framework gives them (ledgerColumns).
 */
export function templateMonitorNames(sheet: SheetSnapshot, framework: Framework = defaultFramework()): DefinedName[] {
  const header = sheet.rows.findIndex((r) => r?.some((c) => c?.value === MONITOR_COLUMNS.month.label));
  if (header < 0) return [];
  const labels = (sheet.rows[header] ?? []).map((c) => (typeof c?.value === "string" ? c.value : undefined));
  const month = labels.indexOf(MONITOR_COLUMNS.month.label);
  const columns = ledgerColumns(framework).flatMap((c) => {
    const col = labels.indexOf(c.label);
    return col < 0 ? [] : [{ id: c.id, col }];
  });
  const names: DefinedName[] = [];
  for (let row = header + 1; row < sheet.rows.length; row++) {
    const m = sheet.rows[row]?.[month]?.value;
    if (typeof m !== "number" || !Number.isInteger(m) || m < 1 || m > 12) continue;
    for (const { id, col } of columns)
      names.push({ name: cellName(id, m), formula: absoluteRef({ sheet: sheet.name, row, col }) });
  }
  return names;
}

const NAMES_FAILED =
  "已插入模板的工作表，但 Excel 未能在“名称管理器”中定义各输入项的名称：评分不受影响，只是在公式中用名称代表输入项（如 =PERF.HEXIAN_RATE(yishang, yixia)）会显示 #NAME?。请删除刚插入的工作表后重新插入模板。";

/**
 * Inserts the named sheets of the template at the end of the workbook, so that what is inserted equals the template
 * file: with them its hidden PERF框架 sheet (the framework and its content hash; very hidden again, as in the file),
 * unless the workbook has one, and the names of 基础数据's inputs and of 运行监控's figures. Existing sheets and names are never touched: the
 * caller leaves out the sheets that clash, and a name the workbook already has stays as it is (the check warns if it
 * points elsewhere).
 *
 * What insertWorksheetsFromBase64 brings besides cells is not documented (its reference says nothing of names or of
 * hidden sheets; test/fakes/fake-excel.ts, insertBrings): so PERF sets the visibility itself and adds the names Excel
 * did not bring. Three syncs: whether the workbook has a PERF框架; the insertion, with the names that then exist and
 * the inserted 基础数据's and 运行监控's cells; the names to add.
 */
export async function insertTemplate(base64: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) throw new ExcelActionError("没有要插入的工作表：模板的各表在本工作簿中都已存在。");
  let inserted = false;
  try {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const framework = sheets.getItemOrNullObject(FRAMEWORK_SHEET);
      await context.sync();

      const withFramework = framework.isNullObject && !names.includes(FRAMEWORK_SHEET);
      context.workbook.insertWorksheetsFromBase64(base64, {
        sheetNamesToInsert: [...names, ...(withFramework ? [FRAMEWORK_SHEET] : [])],
        positionType: Excel.WorksheetPositionType.end,
      });
      // Worksheet.visibility is set from ExcelApi 1.2, within the 1.13 that insertion needs.
      if (withFramework) sheets.getItem(FRAMEWORK_SHEET).visibility = Excel.SheetVisibility.veryHidden;
      const inputs = names.includes(SHEETS.inputs)
        ? sheets.getItem(SHEETS.inputs).getUsedRangeOrNullObject(true).load("address,values")
        : undefined;
      const monitor = names.includes(SHEETS.monitor)
        ? sheets.getItem(SHEETS.monitor).getUsedRangeOrNullObject(true).load("address,values")
        : undefined;
      const existing = context.workbook.names.load("items/name");
      await context.sync();
      inserted = true;

      const have = new Set(existing.items.map((n) => n.name.toLowerCase()));
      const wanted = [
        ...(inputs && !inputs.isNullObject
          ? templateInputNames(sheetOf(SHEETS.inputs, inputs.address, inputs.values))
          : []),
        ...(monitor && !monitor.isNullObject
          ? templateMonitorNames(sheetOf(SHEETS.monitor, monitor.address, monitor.values))
          : []),
      ];
      const missing = wanted.filter((n) => !have.has(n.name.toLowerCase()));
      if (missing.length === 0) return;
      for (const n of missing) context.workbook.names.add(n.name, `=${n.formula}`);
      await context.sync();
    });
  } catch (e) {
    if (inserted) throw new ExcelActionError(NAMES_FAILED, e instanceof Error ? e.message : String(e));
    throw describeOfficeError(e);
  }
}

/** A used range's values as a sheet's rows from A1 ("基础数据!A1:F71" and its values). */
function sheetOf(name: string, address: string, values: unknown[][]): SheetSnapshot {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const { row: top, col: left } = parseA1(local.split(":")[0]);
  const rows: (Cell | undefined)[][] = [];
  values.forEach((line, r) => {
    rows[top + r] = [];
    line.forEach((v, c) => {
      if (v !== "" && v !== null && v !== undefined) rows[top + r][left + c] = { value: v as Cell["value"] };
    });
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows };
}
