import { finding, type Finding } from "./finding";
import { findTable, normalizeLabel } from "./find";
import { SHEETS } from "./layout";
import { RECORD_DONE, RECORD_HEADER, RECORD_SKIPPED, RECORD_UNDONE, type CellWrite, type Grid } from "./plan";
import {
  cellAt,
  isEmpty,
  parseA1,
  sameCellValue,
  qualify,
  refAddress,
  valueAt,
  type CellRef,
  type CellValue,
  type WorkbookSnapshot,
} from "./snapshot";

const RECORD_COLUMNS = {
  batch: { label: RECORD_HEADER[0] },
  sheet: { label: RECORD_HEADER[1] },
  cell: { label: RECORD_HEADER[2] },
  old: { label: RECORD_HEADER[3] },
  oldFormula: { label: RECORD_HEADER[4] },
  value: { label: RECORD_HEADER[5] },
  status: { label: RECORD_HEADER[6] },
};

/** One row of 评分记录: a cell a fill replaced, what it held, what the fill wrote, and whether that still stands. */
export interface RecordRow {
  /** Where the row's 状态 cell is, to mark it. */
  statusRef: CellRef;
  batch: string;
  sheet: string;
  cell: string;
  old: CellValue;
  oldFormula: CellValue;
  value: CellValue;
  status: string;
}

/** The 评分记录 table: found by its header wherever it is, the sheet named 评分记录 first. */
export function findRecordTable(wb: WorkbookSnapshot) {
  return findTable(wb, RECORD_COLUMNS, (c) => Object.values(c).length === 7, SHEETS.record);
}

/** The rows of the 评分记录 sheet (found by its header wherever it is), oldest first. */
export function readRecord(wb: WorkbookSnapshot): RecordRow[] {
  const table = findRecordTable(wb);
  if (!table) return [];
  const { sheet, headerRow, columns } = table;
  const at = (row: number, k: keyof typeof RECORD_COLUMNS) => valueAt(sheet, row, columns[k] as number);
  const rows: RecordRow[] = [];
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    if (isEmpty(at(row, "batch"))) continue;
    rows.push({
      statusRef: { sheet: sheet.name, row, col: columns.status as number },
      batch: String(at(row, "batch")),
      sheet: String(at(row, "sheet") ?? ""),
      cell: String(at(row, "cell") ?? ""),
      old: at(row, "old"),
      oldFormula: at(row, "oldFormula"),
      value: at(row, "value"),
      status: normalizeLabel(String(at(row, "status") ?? "")),
    });
  }
  return rows;
}

/** What the fills still standing last wrote, by cell: a 得分 holding it is PERF's, not a hand-entered one. */
export function recordedValues(wb: WorkbookSnapshot): Map<string, CellValue> {
  const written = new Map<string, CellValue>();
  for (const r of readRecord(wb)) if (r.status === RECORD_DONE) written.set(qualify(r.sheet, r.cell), r.value);
  return written;
}

export interface UndoPlan {
  batch?: string;
  /** How many cells get their old value back. */
  restored: number;
  /** Cells given back what the last fill replaced, and the 状态 cells marked 已撤销 (or 已跳过). */
  writes: CellWrite[];
  /** Cells changed by hand since the fill: left alone, and said so. */
  skipped: Finding[];
  /** The 评分结果 sheet's new content: a note that the score was undone. */
  result: Grid;
}

/**
 * Plans the undo of the last fill still standing, from the 评分记录 sheet: each cell it replaced gets its old value
 * (or formula) back, unless someone has changed the cell since, which is reported, left alone and marked 已跳过 so
 * that the next undo goes on to the fill before.
 */
export function planUndo(wb: WorkbookSnapshot): UndoPlan {
  const rows = readRecord(wb);
  const batch = rows.filter((r) => r.status === RECORD_DONE).pop()?.batch;
  if (batch === undefined) return { restored: 0, writes: [], skipped: [], result: [] };
  const writes: CellWrite[] = [];
  const skipped: Finding[] = [];
  let restored = 0;
  const mark = (r: RecordRow, status: string) =>
    writes.push({ ref: r.statusRef, cell: refAddress(r.statusRef), value: status, old: { value: r.status } });
  for (const r of rows.filter((x) => x.batch === batch && x.status === RECORD_DONE)) {
    const target = wb.sheets.find((s) => s.name === r.sheet);
    if (!target || !/^[A-Z]{1,3}\d+$/.test(r.cell)) {
      skipped.push(
        finding("warning", "input", `评分记录指向的单元格 ${r.sheet}!${r.cell} 已不存在，未还原`, r.statusRef),
      );
      mark(r, RECORD_SKIPPED);
      continue;
    }
    const { row, col } = parseA1(r.cell);
    const ref: CellRef = { sheet: target.name, row, col };
    const now = cellAt(target, row, col);
    if (now?.formula || !sameCellValue(now?.value ?? null, r.value)) {
      const before = isEmpty(r.old) ? "空白" : String(r.old);
      skipped.push(finding("warning", "input", `在评分后被修改过，未还原（评分前为 ${before}）`, ref));
      mark(r, RECORD_SKIPPED);
      continue;
    }
    const formula = typeof r.oldFormula === "string" && r.oldFormula ? r.oldFormula : undefined;
    writes.push({
      ref,
      cell: refAddress(ref),
      value: r.old,
      ...(formula ? { formula } : {}),
      ...(now ? { old: now } : {}),
    });
    mark(r, RECORD_UNDONE);
    restored++;
  }
  return {
    batch,
    restored,
    writes,
    skipped,
    result: [["部门整体绩效评价评分结果"], [`上次评分（批次 ${batch}）已撤销，请重新评分。`]],
  };
}
