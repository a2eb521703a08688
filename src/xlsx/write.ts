import {
  RECORD_HEADER,
  numberFormatAt,
  rowRoles,
  SHEETS,
  type CellWrite,
  type FillPlan,
  type Grid,
  type UndoPlan,
  type WorkbookSnapshot,
} from "../workbook";
import { a1 } from "../workbook";
import type { WorkbookEditor } from "./edit";
import type { CellEdit } from "./sheet-edit";
import type { OwnStyle, StylesEditor } from "./styles-edit";
import { escapeXstring } from "./xml";

const RESULT_WIDTHS = [10, 26, 10, 10, 10, 70];
const RECORD_WIDTHS = [22, 10, 8, 16, 16, 16, 8];

/** A worksheet of PERF's own, from a grid: titles, table headers, numbers as 0.00, wrapped multi-line text. */
export function ownSheetXml(
  mainNs: string,
  grid: Grid,
  widths: readonly number[],
  styleOf: (row: number, col: number) => OwnStyle | undefined,
  styles: StylesEditor,
): string {
  const rows: string[] = [];
  let right = 0;
  grid.forEach((values, r) => {
    const cells: string[] = [];
    values.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      right = Math.max(right, c);
      const kind = styleOf(r, c) ?? (typeof v === "string" && v.includes("\n") ? "wrap" : undefined);
      const s = kind ? ` s="${styles.own(kind)}"` : "";
      const ref = a1(r, c);
      if (typeof v === "number") cells.push(`<c r="${ref}"${s}><v>${v}</v></c>`);
      else if (typeof v === "boolean") cells.push(`<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`);
      else cells.push(`<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXstring(v)}</t></is></c>`);
    });
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}">` +
    `<dimension ref="A1:${a1(Math.max(0, grid.length - 1), right)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

/** The 评分结果 sheet (or another result sheet of PERF's): titles as titles, table headers shaded, numbers to two decimals. */
export function putResultSheet(editor: WorkbookEditor, grid: Grid, name: string = SHEETS.result): void {
  const roles = rowRoles(grid);
  const styleOf = (r: number, c: number): OwnStyle | undefined => {
    if (roles[r] === "title") return c === 0 ? (r === 0 ? "title" : "section") : undefined;
    if (roles[r] === "header") return "header";
    if (typeof grid[r][c] !== "number") return undefined;
    return numberFormatAt(grid, r, c) === "0" ? "whole" : "number";
  };
  editor.putOwnSheet(name, ownSheetXml(editor.mainNamespace, grid, RESULT_WIDTHS, styleOf, editor.styles));
}

function edits(writes: readonly CellWrite[]): Map<string, CellEdit[]> {
  const bySheet = new Map<string, CellEdit[]>();
  for (const w of writes) {
    const list = bySheet.get(w.ref.sheet) ?? [];
    list.push({ row: w.ref.row, col: w.ref.col, value: w.value, ...(w.formula ? { formula: w.formula } : {}) });
    bySheet.set(w.ref.sheet, list);
  }
  return bySheet;
}

/** Appends rows to 评分记录 (below what it holds), or makes the sheet with its header the first time. */
function appendRecord(editor: WorkbookEditor, snapshot: WorkbookSnapshot, rows: Grid): void {
  if (rows.length === 0) return;
  const existing = editor.sheet(SHEETS.record);
  if (!existing) {
    const grid: Grid = [[...RECORD_HEADER], ...rows];
    const xml = ownSheetXml(
      editor.mainNamespace,
      grid,
      RECORD_WIDTHS,
      (r) => (r === 0 ? "header" : undefined),
      editor.styles,
    );
    editor.putOwnSheet(SHEETS.record, xml);
    return;
  }
  const sheet = snapshot.sheets.find((s) => s.name === SHEETS.record);
  const used = sheet?.rows.length ?? 0;
  const cells: CellEdit[] = [];
  const add = (row: number, values: readonly (string | number | boolean | null)[]) =>
    values.forEach((value, col) => cells.push({ row, col, value }));
  let next = used;
  if (used === 0) add(next++, RECORD_HEADER);
  for (const values of rows) add(next++, values);
  editor.setCells(SHEETS.record, cells);
}

/** What `perf-score fill` writes: the owned cells, 评分结果 and the 评分记录 rows. */
export function writeFill(editor: WorkbookEditor, snapshot: WorkbookSnapshot, plan: FillPlan): void {
  for (const [sheet, list] of edits(plan.writes)) editor.setCells(sheet, list);
  putResultSheet(editor, plan.result);
  appendRecord(editor, snapshot, plan.record);
  editor.recalculateOnLoad();
}

/** What `perf-score undo` writes: the restored cells, the 状态 marks in 评分记录, and the result sheet's note. */
export function writeUndo(editor: WorkbookEditor, plan: UndoPlan): void {
  for (const [sheet, list] of edits(plan.writes)) editor.setCells(sheet, list);
  putResultSheet(editor, plan.result, plan.resultSheet);
  editor.recalculateOnLoad();
}
