import type { ColumnSpec } from "./layout";
import { textAt, width, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";

/** A table found by its header row: the sheet, the header's row, and the column of each header it has. */
export interface Table<K extends string> {
  sheet: SheetSnapshot;
  headerRow: number;
  columns: Partial<Record<K, number>>;
}

/** How far down a sheet a header row is looked for: titles and notes above a table are common, pages of them are not. */
const HEADER_SEARCH_ROWS = 40;

export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/／/g, "/").toLowerCase();
}

function matchHeaders<K extends string>(
  sheet: SheetSnapshot,
  row: number,
  spec: Record<K, ColumnSpec>,
): Partial<Record<K, number>> {
  const wanted = new Map<string, K>();
  for (const key of Object.keys(spec) as K[]) {
    for (const label of [spec[key].label, ...(spec[key].aliases ?? [])]) {
      const n = normalizeLabel(label);
      if (!wanted.has(n)) wanted.set(n, key);
    }
  }
  const columns: Partial<Record<K, number>> = {};
  for (let c = 0; c < width(sheet); c++) {
    const key = wanted.get(normalizeLabel(textAt(sheet, row, c)));
    // The first column with a label wins; a second one is someone's copy or note, not the table's.
    if (key !== undefined && columns[key] === undefined) columns[key] = c;
  }
  return columns;
}

/**
 * Finds the table whose header row has the columns `isTable` requires, on any sheet and in any row near the top.
 * A sheet with the expected name is preferred when several qualify; otherwise the first in workbook order.
 */
export function findTable<K extends string>(
  workbook: WorkbookSnapshot,
  spec: Record<K, ColumnSpec>,
  isTable: (columns: Partial<Record<K, number>>) => boolean,
  preferredSheet: string,
): Table<K> | undefined {
  const found: Table<K>[] = [];
  for (const sheet of workbook.sheets) {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let row = 0; row < limit; row++) {
      const columns = matchHeaders(sheet, row, spec);
      if (isTable(columns)) {
        found.push({ sheet, headerRow: row, columns });
        break;
      }
    }
  }
  return found.find((t) => t.sheet.name === preferredSheet) ?? found[0];
}

/** The cell to the right of (or below) a label such as 部门名称, anywhere in the workbook. */
export function findLabelledValue(
  workbook: WorkbookSnapshot,
  label: string,
): { sheet: SheetSnapshot; row: number; col: number } | undefined {
  const target = normalizeLabel(label);
  for (const sheet of workbook.sheets) {
    const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    for (let row = 0; row < limit; row++) {
      for (let col = 0; col < width(sheet); col++) {
        const text = normalizeLabel(textAt(sheet, row, col)).replace(/[:：]$/, "");
        if (text === target) return { sheet, row, col: col + 1 };
      }
    }
  }
  return undefined;
}
