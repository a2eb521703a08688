import type ExcelJS from "exceljs";
import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from "../workbook";

/** The value a person sees in an ExcelJS cell: rich text as its text, a hyperlink as its text, an error as its code. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("error" in value) return String(value.error);
    if ("formula" in value || "sharedFormula" in value)
      return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
  }
  return String(value);
}

function cellOf(cell: ExcelJS.Cell): Cell | undefined {
  // Merged cells other than the top-left one repeat the master's value in ExcelJS; Excel reads them as empty.
  if (cell.isMerged && cell.master !== cell) return undefined;
  const raw = cell.value;
  if (raw === null || raw === undefined) return undefined;
  const value = plainValue(raw);
  const formula =
    typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw) ? cell.formula : undefined;
  return formula ? { value, formula: `=${formula}` } : { value };
}

/** The snapshot src/workbook works on, from an ExcelJS workbook (values, formulas; no styles). */
export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  workbook.eachSheet((ws) => {
    const rows: (Cell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: (Cell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = cellOf(cell);
      });
      rows[r - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    sheets.push({ name: ws.name, rows });
  });
  // ExcelJS keeps names per cell: a name over one cell has one range. Sheet-scoped names carry a localSheetId.
  const model = workbook.definedNames.model as { name: string; ranges: string[]; localSheetId?: number }[];
  const names = model
    .filter((n) => n.localSheetId === undefined && !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, formula: n.ranges.join(",") }));
  return { sheets, names };
}
