import type { Framework } from "../scoring";
import { checkWorkbook, ownedCells } from "./check";
import { finding, type Finding } from "./finding";
import { SHEETS } from "./layout";
import { RECORD_DONE, RECORD_SKIPPED, RECORD_UNDONE, type CellWrite, type Grid } from "./plan";
import { isMonitorBatch, monitorStatusCells } from "./monitor-plan";
import { readRecord, type RecordRow } from "./record";
import {
  cellAt,
  isEmpty,
  parseRange,
  refAddress,
  sameCellValue,
  type CellRef,
  type WorkbookSnapshot,
} from "./snapshot";

export interface UndoPlan {
  batch?: string;
  /** How many cells get their old value back. */
  restored: number;
  /** Cells given back what the last fill replaced, and the 状态 cells marked 已撤销 (or 已跳过). */
  writes: CellWrite[];
  /** Cells changed by hand since the fill: left alone, and said so. */
  skipped: Finding[];
  /** The result sheet's new content: a note that the score (or the 运行监控 run) was undone. */
  result: Grid;
  /** Which sheet that is: 评分结果, or 监控结果 for a batch of 运行监控's. */
  resultSheet: string;
}

/** Functions and references a 原公式 must not bring back: links out of the workbook and calls to the network. */
const UNSAFE_FORMULA =
  /\b(WEBSERVICE|FILTERXML|HYPERLINK|IMAGE|RTD|CALL|REGISTER(?:\.ID)?|EXEC|DDE|IMPORTDATA)\s*\(|[[|]/i;

/**
 * Plans the undo of the last fill still standing, from the 评分记录 sheet: each cell it replaced gets its old value
 * (or formula) back, unless someone has changed the cell since, which is reported, left alone and marked 已跳过 so
 * that the next undo goes on to the fill before. Only cells a fill owns are ever written: the 得分 and 扣分原因 of
 * the 指标体系 table as it is found now, its 总计 得分 and the 评分结果 sheet. A record pointing anywhere else (an
 * input, a label) was not written by PERF: it is reported and not applied, whatever it says.
 */
export function planUndo(wb: WorkbookSnapshot, framework?: Framework): UndoPlan {
  const rows = readRecord(wb);
  const batch = rows.filter((r) => r.status === RECORD_DONE).pop()?.batch;
  if (batch === undefined) return { restored: 0, writes: [], skipped: [], result: [], resultSheet: SHEETS.result };
  // A batch of 运行监控's wrote only the 状态 column of the 运行监控 table; a fill, the cells 评分 owns.
  const monitor = isMonitorBatch(batch);
  const owned = monitor ? monitorStatusCells(wb) : ownedCells(checkWorkbook(wb, framework));
  const resultSheet = monitor ? SHEETS.monitorResult : SHEETS.result;
  const writes: CellWrite[] = [];
  const skipped: Finding[] = [];
  const done = new Set<string>();
  let restored = 0;
  const mark = (r: RecordRow, status: string) =>
    writes.push({ ref: r.statusRef, cell: refAddress(r.statusRef), value: status, old: { value: r.status } });
  const skip = (r: RecordRow, message: string, ref: CellRef = r.statusRef) => {
    skipped.push(finding("warning", "record", message, ref));
    mark(r, RECORD_SKIPPED);
  };
  for (const r of rows.filter((x) => x.batch === batch && x.status === RECORD_DONE)) {
    const line = `评分记录第 ${r.statusRef.row + 1} 行`;
    const target = wb.sheets.find((s) => s.name === r.sheet);
    const place = parseRange(r.cell);
    if (
      !target ||
      !place ||
      place.top !== place.bottom ||
      place.left !== place.right ||
      !/^[A-Z]{1,3}\d+$/.test(r.cell)
    ) {
      skip(r, `${line}指向的单元格 ${r.sheet}!${r.cell} 已不存在，未还原`);
      continue;
    }
    const ref: CellRef = { sheet: target.name, row: place.top, col: place.left };
    const address = refAddress(ref);
    if (!owned.has(address) && target.name !== resultSheet) {
      const whose = monitor
        ? `运行监控写入的单元格（${SHEETS.monitor}表的状态列）`
        : "评分写入的单元格（指标体系表的得分、扣分原因和总计）";
      skip(r, `${line}指向 ${address}，它不是${whose}，未还原：评分记录可能被改动过`);
      continue;
    }
    if (done.has(address)) {
      skip(r, `${line}与同一批次的另一行指向同一个单元格 ${address}，只还原一次`);
      continue;
    }
    done.add(address);
    const now = cellAt(target, ref.row, ref.col);
    if (now?.formula || !sameCellValue(now?.value ?? null, r.value)) {
      const before = isEmpty(r.old) ? "空白" : String(r.old);
      skipped.push(finding("warning", "record", `在评分后被修改过，未还原（评分前为 ${before}）`, ref));
      mark(r, RECORD_SKIPPED);
      continue;
    }
    const formula = typeof r.oldFormula === "string" && r.oldFormula ? r.oldFormula : undefined;
    if (formula && UNSAFE_FORMULA.test(formula)) {
      skip(r, `${line}的原公式 ${formula} 含有外部链接或联网的函数，为安全起见未还原`, ref);
      continue;
    }
    writes.push({
      ref,
      cell: address,
      value: r.old,
      ...(formula ? { formula: formula.startsWith("=") ? formula : `=${formula}` } : {}),
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
    result: monitor
      ? [["运行监控结果"], [`上次运行监控（批次 ${batch}）已撤销，请重新点击“运行监控”。`]]
      : [["部门整体绩效评价评分结果"], [`上次评分（批次 ${batch}）已撤销，请重新评分。`]],
    resultSheet,
  };
}
