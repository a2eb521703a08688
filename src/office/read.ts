import {
  a1,
  findEffectTable,
  findFrameworkTable,
  findInputTable,
  findRecordTable,
  FRAMEWORK_SHEET,
  HEADER_SEARCH_ROWS,
  parseA1,
  SHEETS,
  type Cell,
  type SheetSnapshot,
} from "../workbook";
import { describeOfficeError, ExcelActionError } from "./errors";
import { readExtras, type OfficeSnapshot, type ReadOptions } from "./read-extras";
import { firstRead, halves, requests, type Block } from "./read-plan";

export type { OfficeSnapshot, ReadOptions } from "./read-extras";

/**
 * Sheets read in full whatever their size, by name. 评分记录: a fill appends below its last row and an undo reads all
 * of it. A sheet PERF relies on that is found by name rather than by a header near its top belongs here.
 */
export const SHEETS_READ_IN_FULL: readonly string[] = [SHEETS.record, FRAMEWORK_SHEET];

/**
 * Errors that mean "too much at once": RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded (Excel on the
 * web), RangeExceedsLimit, OperationCellsExceedLimit. The same cells are then read again in smaller requests.
 */
function isTooBig(e: unknown): boolean {
  return /PayloadSizeLimitExceeded|ExceedsLimit/.test(String((e as { code?: unknown } | null)?.code));
}

/** "'评分 结果'!B2:F30" → its top-left cell, 0-based. */
function topLeft(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return parseA1(local.split(":")[0]);
}

const addressOf = (b: Block): string =>
  b.rows === 1 && b.cols === 1
    ? a1(b.top, b.left)
    : `${a1(b.top, b.left)}:${a1(b.top + b.rows - 1, b.left + b.cols - 1)}`;

/** A block's values and formulas, put into a sheet's rows (blank cells stay absent). */
function put(rows: (Cell | undefined)[][], b: Block, values: unknown[][], formulas: unknown[][]): void {
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      const formula = formulas[r]?.[c];
      const isFormula = typeof formula === "string" && formula.startsWith("=");
      if (!isFormula && (value === "" || value === null || value === undefined)) return;
      const v = value === "" ? null : (value as Cell["value"]);
      (rows[b.top + r] ??= [])[b.left + c] = isFormula ? { value: v, formula } : { value: v };
    }),
  );
}

/** Does this sheet (or its first rows) hold the header of one of PERF's tables? */
function holdsPerfTable(sheet: SheetSnapshot): boolean {
  const alone = { sheets: [sheet] };
  return [findInputTable, findEffectTable, findFrameworkTable, findRecordTable].some(
    (find) => find(alone) !== undefined,
  );
}

function tooLarge(sheet: string, row: number): ExcelActionError {
  return new ExcelActionError(
    `“${sheet}”表第 ${row + 1} 行的数据量超过 Excel 单次传输的上限，无法读取：请缩短该行过长的文字，或改用 perf-score 命令行评分。`,
  );
}

/**
 * Reads blocks, one context.sync per request. A request Excel finds too large (a payload or cell-count error, or
 * values that come back null) is read again in halves; a single row that still fails is reported, naming its sheet.
 */
async function readBlocks(
  context: Excel.RequestContext,
  worksheets: Map<string, Excel.Worksheet>,
  blocks: readonly Block[],
  into: (b: Block, values: unknown[][], formulas: unknown[][]) => void,
): Promise<void> {
  const pending = requests(blocks);
  /** A request Excel refused: its blocks again, each alone; a block alone, in halves; a single row, reported. */
  const again = (request: Block[]): Block[][] => {
    if (request.length > 1) return request.map((b) => [b]);
    const split = halves(request[0]);
    if (!split) throw tooLarge(request[0].sheet, request[0].top);
    return split.map((b) => [b]);
  };
  while (pending.length > 0) {
    const request = pending.shift() as Block[];
    const ranges = request.map((b) => {
      const range = (worksheets.get(b.sheet) as Excel.Worksheet).getRange(addressOf(b));
      range.load("values,formulas");
      return { b, range };
    });
    try {
      // One sync per request is the point: Microsoft's advice for reads over the limits is to "read it in multiple
      // smaller batches" (docs/excel/performance.md). An ordinary workbook is one request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isTooBig(e)) throw e;
      pending.unshift(...again(request));
      continue;
    }
    const retries: Block[][] = [];
    for (const { b, range } of ranges) {
      // Over five million cells Range.values may be null rather than an error (docs/excel/performance.md).
      if (range.values === null || range.formulas === null) retries.push(...again([b]));
      else into(b, range.values, range.formulas);
    }
    pending.unshift(...retries);
  }
}

/**
 * Reads what PERF needs of the workbook, within Excel's limits, in four syncs for an ordinary workbook: the sheets'
 * names; their used ranges (addresses only); the cells, in requests of at most about 4 MB; the extras (below). Sheets
 * of up to 20,000 cells (PERF's own among them) and those in SHEETS_READ_IN_FULL are read whole; of a larger sheet only the
 * first rows are read, where a table's header would be, and the rest only if they show one of PERF's tables (a
 * renamed 基础数据 is found all the same). A workbook whose sheets PERF needs exceed the budget takes more syncs, one
 * per request; the number does not grow with sheets PERF does not need. Where the cells show PERF's tables, one more
 * sync reads the names and the 指标体系 table's merged areas (read-extras.ts), unless `options.extras` is false (a
 * look that needs only the cells: three syncs).
 */
export async function readWorkbook(options: ReadOptions = {}): Promise<OfficeSnapshot> {
  try {
    return await Excel.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load("items/name");
      await context.sync();
      const used = collection.items.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load("address,rowCount,columnCount");
        return { ws, range };
      });
      await context.sync();

      const worksheets = new Map(used.map(({ ws }) => [ws.name, ws]));
      const extents: Block[] = used.map(({ ws, range }) => {
        if (range.isNullObject) return { sheet: ws.name, top: 0, left: 0, rows: 0, cols: 0 };
        const { row, col } = topLeft(range.address);
        return { sheet: ws.name, top: row, left: col, rows: range.rowCount, cols: range.columnCount };
      });
      const rows = new Map<string, (Cell | undefined)[][]>(extents.map((e) => [e.sheet, []]));
      /** How far down each sheet has been read: its rows array reaches that far, blank rows included. */
      const bottom = new Map<string, number>();
      const store = (b: Block, values: unknown[][], formulas: unknown[][]) => {
        put(rows.get(b.sheet) as (Cell | undefined)[][], b, values, formulas);
        bottom.set(b.sheet, Math.max(bottom.get(b.sheet) ?? 0, b.top + b.rows));
      };

      const first = firstRead(extents, SHEETS_READ_IN_FULL, HEADER_SEARCH_ROWS);
      await readBlocks(context, worksheets, first.blocks, store);
      const more = [...first.rest]
        .filter(([sheet, rest]) => rest.rows > 0 && holdsPerfTable({ name: sheet, rows: rows.get(sheet) ?? [] }))
        .map(([, rest]) => rest);
      if (more.length > 0) await readBlocks(context, worksheets, more, store);

      // A sheet read only in part keeps its first rows: enough for 部门名称 and 评价年度, searched there too.
      const snapshot: OfficeSnapshot = {
        sheets: extents.map((e) => {
          const read = rows.get(e.sheet) ?? [];
          return { name: e.sheet, rows: Array.from({ length: bottom.get(e.sheet) ?? 0 }, (_, r) => read[r] ?? []) };
        }),
      };
      await readExtras(context, snapshot, options);
      return snapshot;
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}
