import type { DefinedName } from "./names";

/**
 * A workbook as the check sees it: per sheet, a grid of cell values and formulas from A1. Both the Excel adapter
 * (Office.js) and the xlsx adapter (ExcelJS) produce one; everything in src/workbook works on this alone.
 */
export type CellValue = string | number | boolean | null;

export interface Cell {
  value: CellValue;
  /** The formula, with its leading "=", when the cell holds one; `value` is then its last result. */
  formula?: string;
  /** A formula saved without its result (by a program that does not calculate): `value` is then null. */
  uncalculated?: true;
}

/** A rectangle of cells, 0-based and inclusive, as a merged range is. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** rows[r][c] is the cell at row r + 1, column c + 1; missing entries are empty cells. */
  rows: (Cell | undefined)[][];
  /** Merged ranges, when the reader knows them; only the top-left cell of each holds a value. */
  merges?: CellRange[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The workbook-scoped defined names, when the reader knows them (named inputs: yishang → 基础数据!$D$5). */
  names?: DefinedName[];
}

/** A cell's place, 0-based, on a named sheet. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "D5" for row 4, column 3 (0-based). */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`internal: not an A1 address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "H2:H3" (or "H2") as a range, 0-based; undefined when it is not an A1 range. */
export function parseRange(text: string): CellRange | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [r1, c1];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function rangeAddress(r: CellRange): string {
  const a = a1(r.top, r.left);
  const b = a1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Sheet names that are not plain identifiers are quoted as Excel does: '评分 结果'!A1. */
export function qualify(sheet: string, address: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

export function refAddress(ref: CellRef): string {
  return qualify(ref.sheet, a1(ref.row, ref.col));
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return cellAt(sheet, row, col)?.value ?? null;
}

export function isEmpty(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** Two cell values the same, as a person reads them: an empty cell is not 0. */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b);
  return a === b;
}

/** The cell's text as a person reads it: trimmed, inner whitespace folded. */
export function textAt(sheet: SheetSnapshot, row: number, col: number): string {
  const v = valueAt(sheet, row, col);
  return v === null ? "" : String(v).replace(/\s+/g, " ").trim();
}

export function width(sheet: SheetSnapshot): number {
  return sheet.rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
}

/** Builds a snapshot from plain grids, for tests and for adapters that read values only. */
export function sheetFromValues(name: string, values: CellValue[][], formulas?: (string | null)[][]): SheetSnapshot {
  return {
    name,
    rows: values.map((row, r) =>
      row.map((value, c) => {
        const formula = formulas?.[r]?.[c];
        if (formula) return { value, formula };
        return value === null || value === "" ? undefined : { value };
      }),
    ),
  };
}
