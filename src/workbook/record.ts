import { findTable, normalizeLabel } from "./find";
import { SHEETS } from "./layout";
import { RECORD_DONE, RECORD_HEADER } from "./plan";
import { isEmpty, qualify, valueAt, type CellRef, type CellValue, type WorkbookSnapshot } from "./snapshot";

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

/** Every batch id the record holds, so a new fill never reuses one. */
export function recordedBatches(wb: WorkbookSnapshot): Set<string> {
  return new Set(readRecord(wb).map((r) => r.batch));
}
