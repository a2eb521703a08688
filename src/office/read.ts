import { parseA1, type Cell, type SheetSnapshot, type WorkbookSnapshot } from "../workbook";
import { describeOfficeError } from "./errors";

/** "'评分 结果'!B2:F30" → its top-left cell, 0-based. */
function topLeft(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return parseA1(local.split(":")[0]);
}

function toSnapshot(name: string, address: string, values: unknown[][], formulas: unknown[][]): SheetSnapshot {
  const { row: top, col: left } = topLeft(address);
  const rows: (Cell | undefined)[][] = Array.from({ length: top + values.length }, () => []);
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      const formula = formulas[r]?.[c];
      const isFormula = typeof formula === "string" && formula.startsWith("=");
      if (!isFormula && (value === "" || value === null || value === undefined)) return;
      const v = value === "" ? null : (value as Cell["value"]);
      rows[top + r][left + c] = isFormula ? { value: v, formula } : { value: v };
    }),
  );
  return { name, rows };
}

/**
 * Reads every sheet's used range (values and formulas) in two syncs, whatever the workbook's size: one to list the
 * sheets, one for all their ranges at once.
 */
export async function readWorkbook(): Promise<WorkbookSnapshot> {
  try {
    return await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const used = sheets.items.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load("address,values,formulas");
        return { name: ws.name, range };
      });
      await context.sync();
      return {
        sheets: used.map(({ name, range }) =>
          range.isNullObject ? { name, rows: [] } : toSnapshot(name, range.address, range.values, range.formulas),
        ),
      };
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}
