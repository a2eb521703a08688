import { FRAMEWORK_SHEET } from "./embedded";
import { HEADER_SEARCH_ROWS, normalizeLabel } from "./find";
import {
  DEPARTMENT_LABEL,
  EFFECT_COLUMNS,
  FRAMEWORK_COLUMNS,
  INPUT_COLUMNS,
  MONITOR_COLUMNS,
  YEAR_LABEL,
  type ColumnSpec,
} from "./layout";
import { RECORD_HEADER } from "./plan";
import type { SheetSnapshot } from "./snapshot";

/**
 * Every label a table's header or a labelled value (部门名称, 评价年度) is found by, normalized. The 运行监控 table's
 * header has 月份 and 状态 (undo's finder) or 月份, 预算数 and 累计支出 (the check's, by src/scoring/monitor
 * ledgerColumns' headers, with or without their unit): it is known by 状态 or 累计支出, never by 月份, 检查点 or
 * 序时进度, which head many a department's own accounts.
 */
const LABELS = new Set<string>(
  [
    ...[INPUT_COLUMNS, EFFECT_COLUMNS, FRAMEWORK_COLUMNS, { status: MONITOR_COLUMNS.status }].flatMap((spec) =>
      Object.values<ColumnSpec>(spec).flatMap((c) => [c.label, ...(c.aliases ?? [])]),
    ),
    "累计支出（万元）",
    "累计支出",
    ...RECORD_HEADER,
    DEPARTMENT_LABEL,
    YEAR_LABEL,
  ].map(normalizeLabel),
);

/**
 * Whether a sheet, of which the first HEADER_SEARCH_ROWS rows are read, may hold anything the check reads: tables are
 * found only by a header in those rows, labels only there too. A sheet without any such label in them (a department's
 * own data, however long) is never read further, so its size costs neither time nor memory.
 */
export function mayHoldTable(top: SheetSnapshot): boolean {
  // The framework a template carries is read whole, however many pieces its JSON takes.
  if (top.name === FRAMEWORK_SHEET) return true;
  for (let r = 0; r < HEADER_SEARCH_ROWS; r++) {
    for (const cell of top.rows[r] ?? []) {
      const v = cell?.value;
      if (typeof v === "string" && v.length <= 30 && LABELS.has(normalizeLabel(v).replace(/[:：]$/, ""))) return true;
    }
  }
  return false;
}
