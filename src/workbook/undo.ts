import { finding, type Finding } from "./finding";
import { findTable, normalizeLabel } from "./find";
import { SHEETS } from "./layout";
import { RECORD_DONE, RECORD_HEADER, RECORD_UNDONE, type CellWrite, type Grid } from "./plan";
import {
  cellAt,
  isEmpty,
  parseA1,
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

export interface UndoPlan {
  batch?: string;
  /** How many cells get their old value back. */
  restored: number;
  /** Cells given back what the last fill replaced, and the 状态 cells marked 已撤销. */
  writes: CellWrite[];
  /** Cells changed by hand since the fill: left alone, and said so. */
  skipped: Finding[];
  /** The 评分结果 sheet's new content: a note that the score was undone. */
  result: Grid;
}

function same(a: CellValue, b: CellValue): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b);
  return a === b;
}

/**
 * Plans the undo of the last fill from the 评分记录 sheet: each cell it replaced gets its old value (or formula)
 * back, unless someone has changed the cell since, which is reported and left alone.
 */
export function planUndo(wb: WorkbookSnapshot): UndoPlan {
  const table = findTable(wb, RECORD_COLUMNS, (c) => Object.values(c).length === 7, SHEETS.record);
  const empty: UndoPlan = { restored: 0, writes: [], skipped: [], result: [] };
  if (!table) return empty;
  const { sheet, headerRow, columns } = table;
  const col = (k: keyof typeof RECORD_COLUMNS) => columns[k] as number;
  let batch: string | undefined;
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    if (normalizeLabel(String(valueAt(sheet, row, col("status")) ?? "")) === RECORD_DONE)
      batch = String(valueAt(sheet, row, col("batch")));
  }
  if (batch === undefined) return empty;
  const writes: CellWrite[] = [];
  const skipped: Finding[] = [];
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    if (String(valueAt(sheet, row, col("batch"))) !== batch || valueAt(sheet, row, col("status")) !== RECORD_DONE)
      continue;
    const target = wb.sheets.find((s) => s.name === String(valueAt(sheet, row, col("sheet"))));
    const address = String(valueAt(sheet, row, col("cell")) ?? "");
    const statusRef: CellRef = { sheet: sheet.name, row, col: col("status") };
    if (!target || !/^[A-Z]{1,3}\d+$/.test(address)) {
      skipped.push(
        finding("warning", "input", `评分记录第 ${row + 1} 行指向的单元格 ${address} 已不存在，未能还原`, statusRef),
      );
      continue;
    }
    const { row: r, col: c } = parseA1(address);
    const ref: CellRef = { sheet: target.name, row: r, col: c };
    const now = cellAt(target, r, c);
    if (!same(now?.value ?? null, valueAt(sheet, row, col("value"))) || now?.formula) {
      skipped.push(
        finding(
          "warning",
          "input",
          `${refAddress(ref)} 在评分后被修改过，未还原（评分前为 ${String(valueAt(sheet, row, col("old")) ?? "空白")}）`,
          ref,
        ),
      );
      continue;
    }
    const formula = valueAt(sheet, row, col("oldFormula"));
    const old = valueAt(sheet, row, col("old"));
    writes.push({
      ref,
      cell: refAddress(ref),
      value: old,
      ...(typeof formula === "string" && formula ? { formula } : {}),
      ...(now ? { old: now } : {}),
    });
    writes.push({
      ref: statusRef,
      cell: refAddress(statusRef),
      value: RECORD_UNDONE,
      old: cellAt(sheet, row, col("status")),
    });
  }
  return {
    batch,
    restored: writes.length / 2,
    writes,
    skipped,
    result: [["部门整体绩效评价评分结果"], [`上次评分（批次 ${batch}）已撤销，请重新评分。`]],
  };
}
