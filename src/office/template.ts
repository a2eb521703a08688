import { SHEETS } from "../workbook";
import { describeOfficeError, ExcelActionError } from "./errors";

/** The template's sheets, in its order: what 插入模板 inserts. */
export const TEMPLATE_SHEETS = [SHEETS.guide, SHEETS.inputs, SHEETS.effect, SHEETS.framework];

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
 * Inserts the named sheets of the template at the end of the workbook (one sync). Existing sheets are never touched:
 * the caller leaves out the names that clash.
 */
export async function insertTemplate(base64: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) throw new ExcelActionError("没有要插入的工作表：模板的各表在本工作簿中都已存在。");
  try {
    await Excel.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(base64, {
        sheetNamesToInsert: [...names],
        positionType: Excel.WorksheetPositionType.end,
      });
      await context.sync();
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}
