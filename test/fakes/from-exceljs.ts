import type ExcelJS from "exceljs";
import { plainValue } from "../../src/xlsx";
import { cellKey, type FakeCell, type FakeName, type FakeSheet } from "./fake-excel";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/**
 * The fake's sheets from an ExcelJS workbook: values, formulas, number formats, locks, sheet protection, merged
 * ranges and visibility.
 */
export function fakeSheetsOf(wb: ExcelJS.Workbook): FakeSheet[] {
  const sheets: FakeSheet[] = [];
  wb.eachSheet((ws) => {
    const cells = new Map<string, FakeCell>();
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      // Empty cells matter when formatted: an unlocked empty cell is where the add-in may write.
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const raw = cell.value;
        if ((raw === null || raw === undefined) && cell.protection?.locked !== false && !cell.numFmt) return;
        const isFormula = typeof raw === "object" && raw !== null && ("formula" in raw || "sharedFormula" in raw);
        const value = plainValue(raw);
        const fake: FakeCell = { value: value ?? "" };
        if (isFormula) fake.formula = `=${cell.formula}`;
        if (cell.numFmt) fake.numberFormat = cell.numFmt;
        if (cell.protection?.locked === false) fake.locked = false;
        cells.set(cellKey(r - 1, c - 1), fake);
      });
    });
    const protectedSheet = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    const visibility = VISIBILITY[ws.state as keyof typeof VISIBILITY] ?? "Visible";
    sheets.push({
      name: ws.name,
      cells,
      protected: protectedSheet,
      charts: [],
      ...(merges.length > 0 ? { merges: [...merges] } : {}),
      ...(visibility !== "Visible" ? { visibility } : {}),
    });
  });
  return sheets;
}

/** A cell's value in the fake, "" for an empty cell. */
export function fakeValue(sheets: readonly FakeSheet[], sheet: string, address: string): unknown {
  return sheets.find((s) => s.name === sheet)?.cells.get(address)?.value ?? "";
}

/** The workbook-scoped names of an ExcelJS workbook, as Workbook.names gives them (the formula starts with "="). */
export function fakeNamesOf(wb: ExcelJS.Workbook): FakeName[] {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  return model
    .filter((n) => n.ranges.length === 1 && !n.name.startsWith("_xlnm."))
    .map((n) => ({ name: n.name, formula: `=${n.ranges[0]}` }));
}
