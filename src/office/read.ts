import {
  a1,
  FRAMEWORK_SHEET,
  HEADER_SEARCH_ROWS,
  mayHoldTable,
  parseA1,
  rangeAddress,
  SHEETS,
  type Cell,
} from "../workbook";
import { describeOfficeError, ExcelActionError } from "./errors";
import { readExtras, type OfficeSnapshot, type ReadOptions } from "./read-extras";
import {
  areasOf,
  blocksOfAreas,
  bytesPerCellFrom,
  cellsOf,
  FIRST_BYTES_PER_CELL,
  firstRead,
  nextRequest,
  payloadBytes,
  READ_BUDGET_BYTES,
  splitAt,
  type Block,
} from "./read-plan";

export type { OfficeSnapshot, ReadOptions } from "./read-extras";

/**
 * Sheets read in full whatever their size, by name. 评分记录: a fill appends below its last row and an undo reads all
 * of it. A sheet PERF relies on that is found by name rather than by a header near its top belongs here.
 */
export const SHEETS_READ_IN_FULL: readonly string[] = [SHEETS.record, FRAMEWORK_SHEET];

/**
 * PERF's table sheets under their own names, read whole in the first request when they fit in it, so that an
 * ordinary workbook is read in one request; whether they are kept whole is still mayHoldTable's to say.
 */
const PREFETCH: readonly string[] = [SHEETS.inputs, SHEETS.effect, SHEETS.framework];

/**
 * The codes Excel gives a request that is too large: RequestPayloadSizeLimitExceeded and
 * ResponsePayloadSizeLimitExceeded (Excel on the web), RangeExceedsLimit ("the cell count in the range has exceeded
 * the maximum supported number") and OperationCellsExceedLimit (OfficeDev/office-js-docs-pr
 * docs/testing/application-specific-api-error-handling.md). Not FormulaLengthExceedsLimit, which is about a formula.
 */
const TOO_BIG = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);

const codeOf = (e: unknown): string => String((e as { code?: unknown } | null)?.code ?? "");

/** An unrelated sheet whose first rows are refused this many times alone is left unread (with a warning). */
const WINDOW_REFUSALS = 3;

/** Where Excel cannot locate a needed block's content, it is read blind only up to this many requests' worth. */
const MAX_BLIND_REQUESTS = 50;

/** "'评分 结果'!B2:F30" → its top-left cell, 0-based. */
function topLeft(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return parseA1(local.split(":")[0]);
}

const addressOf = (b: Block): string =>
  rangeAddress({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 });

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

function tooLarge(sheet: string, row: number): ExcelActionError {
  return new ExcelActionError(
    `“${sheet}”表第 ${row + 1} 行的数据量超过 Excel 单次传输的上限，无法读取：请缩短该行过长的文字，或改用 perf-score 命令行评分。`,
  );
}

function failedRead(sheet: string, detail: string): ExcelActionError {
  return new ExcelActionError(
    `读取“${sheet}”表时 Excel 出错，可能是该表数据量超过 Excel 单次传输的上限。请保存工作簿后重试；仍不行时，请删除该表中与评分无关的行列，或改用 perf-score 命令行评分。`,
    detail,
  );
}

function tooSparse(used: Block): ExcelActionError {
  const corner = a1(used.top + used.rows - 1, used.left + used.cols - 1);
  return new ExcelActionError(
    `“${used.sheet}”表的已用区域延伸到 ${corner}，零散内容过多，超出 Excel 单次传输的上限：请删除该表下方和右侧多余的行列后重试，或改用 perf-score 命令行评分。`,
  );
}

/**
 * Reads blocks, one context.sync per request, grouped by nextRequest under the budget as each sheet's bytes per cell
 * are estimated. What Excel refuses (a payload or cell-count error, values that come back null) goes back to the
 * head of the queue with its sheets' estimates raised so that at most half of what it held of each fits in a request:
 * it is grouped again, in halves or smaller, with whatever else fits; a single cell still refused is reported, naming
 * its sheet and row. Excel on the web has also refused oversized payloads with GeneralException, "An internal error has occurred"
 * (OfficeDev/office-js#1314, #1012), which says nothing of size: a request that fails so is read again in halves
 * once, whatever its estimate (the estimate may be what was wrong), and if it fails so again, its largest sheet is
 * named. Blocks of a sheet `optional` says may be left (an unrelated sheet's first rows) are dropped after
 * WINDOW_REFUSALS refusals alone, and the sheet is returned among those left unread.
 */
class BlockReader {
  /** Bytes per cell, by sheet: measured where read, raised where refused. */
  readonly perCell = new Map<string, number>();
  /** The least a sheet's estimate may go back to, once Excel refused what it gave. */
  private readonly floor = new Map<string, number>();
  private readonly refusals = new Map<string, number>();
  private readonly suspected = new Set<string>();
  readonly unread = new Set<string>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly worksheets: Map<string, Excel.Worksheet>,
    private readonly into: (b: Block, values: unknown[][], formulas: unknown[][]) => void,
  ) {}

  estimate = (sheet: string): number => this.perCell.get(sheet) ?? FIRST_BYTES_PER_CELL;

  async read(blocks: readonly Block[], optional: (sheet: string) => boolean = () => false): Promise<void> {
    const queue = blocks.filter((b) => cellsOf(b) > 0 && !this.unread.has(b.sheet));
    while (queue.length > 0) {
      const request = nextRequest(queue, this.estimate);
      const ranges = request.map((b) => {
        const range = (this.worksheets.get(b.sheet) as Excel.Worksheet).getRange(addressOf(b));
        range.load("values,formulas");
        return { b, range };
      });
      try {
        // One sync per request is the point: Microsoft's advice for reads over the limits is to "read it in multiple
        // smaller batches" (docs/excel/performance.md). An ordinary workbook is one request.
        await this.context.sync();
      } catch (e) {
        const code = codeOf(e);
        if (code === "GeneralException") {
          // Read again in halves once; a sheet of that request failing so again is named.
          if (request.some((b) => this.suspected.has(b.sheet)))
            throw failedRead(this.largest(request).sheet, e instanceof Error ? e.message : String(e));
          for (const b of request) this.suspected.add(b.sheet);
        } else if (!TOO_BIG.has(code)) throw e;
        this.refuse(request, queue, optional);
        continue;
      }
      const refused: Block[] = [];
      for (const { b, range } of ranges) {
        // Over five million cells Range.values may be null rather than an error (docs/excel/performance.md).
        if (range.values === null || range.formulas === null) refused.push(b);
        else {
          this.measure(b, range.values, range.formulas);
          this.into(b, range.values, range.formulas);
        }
      }
      if (refused.length > 0) this.refuse(refused, queue, optional);
    }
  }

  /** A sheet's estimate from what a block of it took, never below what a refusal taught. */
  private measure(b: Block, values: unknown[][], formulas: unknown[][]): void {
    const measured = bytesPerCellFrom(payloadBytes(values) + payloadBytes(formulas), cellsOf(b));
    this.perCell.set(b.sheet, Math.max(measured, this.floor.get(b.sheet) ?? 0));
  }

  /** Refused blocks go back to the head of the queue, their sheets' estimates raised; see read(). */
  private refuse(request: Block[], queue: Block[], optional: (sheet: string) => boolean): void {
    const sheets = new Set(request.map((b) => b.sheet));
    if (request.length === 1 && cellsOf(request[0]) === 1) {
      const { sheet, top } = request[0];
      if (!optional(sheet)) throw tooLarge(sheet, top);
      this.leave(sheet, queue);
      return;
    }
    for (const sheet of sheets) {
      // At most half of what this request held of the sheet fits in a request from now on.
      const half = Math.ceil(request.reduce((n, b) => n + (b.sheet === sheet ? cellsOf(b) : 0), 0) / 2);
      const raised = Math.max(this.estimate(sheet) * 2, Math.ceil(READ_BUDGET_BYTES / half));
      this.perCell.set(sheet, raised);
      this.floor.set(sheet, raised);
      if (sheets.size === 1 && optional(sheet)) {
        const n = (this.refusals.get(sheet) ?? 0) + 1;
        this.refusals.set(sheet, n);
        if (n >= WINDOW_REFUSALS) {
          this.leave(sheet, queue);
          return;
        }
      }
    }
    queue.unshift(...request);
  }

  /** The block of a request that takes most, as estimated. */
  private largest(request: Block[]): Block {
    const size = (b: Block) => cellsOf(b) * this.estimate(b.sheet);
    return request.reduce((a, b) => (size(b) > size(a) ? b : a));
  }

  private leave(sheet: string, queue: Block[]): void {
    this.unread.add(sheet);
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i].sheet === sheet) queue.splice(i, 1);
  }
}

/**
 * Where in each of `blocks` (large blocks of sheets) there is anything: its constants and formulas, as Excel's special
 * cells give them (Range.getSpecialCellsOrNullObject, ExcelApi 1.9, one sync for all), so that only those areas are
 * read, not the rows and columns between. A used range stretched by one stray value far down or far right
 * (基础数据!J1048576, XFD1048576) then costs a cell, not a million rows. If Excel cannot give a sheet's areas (too
 * many for one response), that block is read blind as before when that is a bounded read, else its used range is
 * reported as too sparse. Returns, for each block's sheet, the blocks to read instead.
 */
async function locateContent(
  context: Excel.RequestContext,
  worksheets: Map<string, Excel.Worksheet>,
  blocks: readonly Block[],
  prefixOf: (sheet: string) => string,
  estimate: (sheet: string) => number,
): Promise<Map<string, Block[]>> {
  const ask = (block: Block) =>
    (["Constants", "Formulas"] as const).map((type) => {
      const areas = (worksheets.get(block.sheet) as Excel.Worksheet)
        .getRange(addressOf(block))
        .getSpecialCellsOrNullObject(type as Excel.SpecialCellType);
      areas.load("address,areaCount");
      return areas;
    });
  const refused = (e: unknown) => TOO_BIG.has(codeOf(e)) || codeOf(e) === "GeneralException";
  const found = new Map<Block, Excel.RangeAreas[]>(blocks.map((b) => [b, ask(b)]));
  let together = true;
  try {
    // One sync for every block that needs it; more only if Excel refuses that one (see below).
    await context.sync();
  } catch (e) {
    if (!refused(e)) throw e;
    together = false;
  }
  const out = new Map<string, Block[]>();
  for (const block of blocks) {
    let parts = together ? found.get(block) : undefined;
    if (!parts) {
      // Each block alone: one more sync per block so large, which are few.
      parts = ask(block);
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (e) {
        if (!refused(e)) throw e;
        parts = undefined;
      }
    }
    const lists = parts?.map((p) => (p.isNullObject ? [] : areasOf(p.address, prefixOf(block.sheet), block.sheet)));
    const areas = lists?.every((l) => l !== undefined) ? lists.flat() : undefined;
    if (areas) out.set(block.sheet, [...(out.get(block.sheet) ?? []), ...areas]);
    else if (cellsOf(block) * estimate(block.sheet) <= MAX_BLIND_REQUESTS * READ_BUDGET_BYTES)
      out.set(block.sheet, [...(out.get(block.sheet) ?? []), block]);
    else throw tooSparse(block);
  }
  return out;
}

/**
 * Reads what PERF needs of the workbook, within Excel's limits, in four syncs for an ordinary workbook: the sheets'
 * names; their used ranges (addresses only); the cells, in requests of at most about 4 MB; the extras (the names and
 * the 指标体系 table's merged areas, read-extras.ts, unless `options.extras` is false: a look that needs only the
 * cells takes three). Of every sheet the first rows are read, where a table's header would be (PERF's table sheets
 * under their own names, 评分记录 and the framework whole at once, when small enough); the rest of a sheet only if it is
 * always read in full or its first rows show one of PERF's tables, as mayHoldTable decides for the xlsx reader too (a
 * renamed 基础数据 is found all the same; a department's own large sheet costs its first rows). A needed sheet larger
 * than one request is first located (Excel's special cells, one sync), so that only its content is read, in as many
 * requests as it takes: the syncs grow with the size of PERF's own tables, not with sheets PERF does not need or with
 * how far a stray value lies. An unrelated sheet whose first rows Excel will not give is left out, and named in
 * `unread.sheets` for the pane to say.
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
      const prefixes = new Map<string, string>();
      const extents: Block[] = used.map(({ ws, range }) => {
        if (range.isNullObject) return { sheet: ws.name, top: 0, left: 0, rows: 0, cols: 0 };
        prefixes.set(ws.name, range.address.slice(0, range.address.lastIndexOf("!") + 1));
        const { row, col } = topLeft(range.address);
        return { sheet: ws.name, top: row, left: col, rows: range.rowCount, cols: range.columnCount };
      });
      const rows = new Map<string, (Cell | undefined)[][]>(extents.map((e) => [e.sheet, []]));
      /** How far down each sheet has been read: its rows array reaches that far, blank rows included. */
      const bottom = new Map<string, number>();
      const reader = new BlockReader(context, worksheets, (b, values, formulas) => {
        put(rows.get(b.sheet) as (Cell | undefined)[][], b, values, formulas);
        bottom.set(b.sheet, Math.max(bottom.get(b.sheet) ?? 0, b.top + b.rows));
      });

      const first = firstRead(extents, SHEETS_READ_IN_FULL, PREFETCH, HEADER_SEARCH_ROWS);
      const locate = (blocks: Block[]) =>
        blocks.length === 0
          ? new Map<string, Block[]>()
          : locateContent(context, worksheets, blocks, (s) => prefixes.get(s) ?? "", reader.estimate);
      // A sheet whose first rows alone are over the budget (thousands of columns wide) is located whole at once: its
      // areas in the first rows are read now, the others kept for later.
      const wide = first.blocks.filter((b) => cellsOf(b) * reader.estimate(b.sheet) > READ_BUDGET_BYTES);
      const wideAreas = await locate(wide.map((b) => extents.find((e) => e.sheet === b.sheet) as Block));
      const later = new Map<string, Block[]>();
      const firstBlocks = first.blocks.flatMap((b) => {
        const areas = wideAreas.get(b.sheet);
        if (!wide.includes(b) || !areas) return [b];
        const [top, below] = splitAt(areas, HEADER_SEARCH_ROWS);
        later.set(b.sheet, below);
        return blocksOfAreas(top);
      });
      const needed = (sheet: string) => SHEETS_READ_IN_FULL.includes(sheet) || PREFETCH.includes(sheet);
      await reader.read(firstBlocks, (sheet) => !needed(sheet));
      const holds = (sheet: string) =>
        !reader.unread.has(sheet) &&
        (SHEETS_READ_IN_FULL.includes(sheet) || mayHoldTable({ name: sheet, rows: rows.get(sheet) ?? [] }));
      for (const sheet of first.whole) {
        // Prefetched whole, but no table of PERF's in its first rows: kept as the xlsx reader keeps it.
        if (holds(sheet)) continue;
        const kept = Math.min(bottom.get(sheet) ?? 0, HEADER_SEARCH_ROWS);
        rows.get(sheet)!.length = Math.min(rows.get(sheet)!.length, kept);
        bottom.set(sheet, kept);
      }
      const rests = [...first.rest.values()].filter((rest) => holds(rest.sheet));
      const known = rests.filter((rest) => later.has(rest.sheet));
      const large = rests.filter(
        (rest) => !later.has(rest.sheet) && cellsOf(rest) * reader.estimate(rest.sheet) > READ_BUDGET_BYTES,
      );
      const located = await locate(large);
      await reader.read([
        ...rests.filter((rest) => !known.includes(rest) && !large.includes(rest)),
        ...[...known, ...large].flatMap((rest) =>
          blocksOfAreas(later.get(rest.sheet) ?? located.get(rest.sheet) ?? []),
        ),
      ]);

      // A sheet read only in part keeps its first rows: enough for 部门名称 and 评价年度, searched there too.
      const snapshot: OfficeSnapshot = {
        sheets: extents.map((e) => {
          if (reader.unread.has(e.sheet)) return { name: e.sheet, rows: [] };
          const read = rows.get(e.sheet) ?? [];
          return { name: e.sheet, rows: Array.from({ length: bottom.get(e.sheet) ?? 0 }, (_, r) => read[r] ?? []) };
        }),
      };
      if (reader.unread.size > 0) snapshot.unread = { sheets: [...reader.unread] };
      await readExtras(context, snapshot, options);
      return snapshot;
    });
  } catch (e) {
    throw describeOfficeError(e);
  }
}
