/**
 * How PERF reads a workbook within Excel's limits, as plain data: which blocks of which sheets, and how they are
 * grouped into requests (one context.sync each). Pure, so the plan is tested without Excel.
 *
 * Excel on the web refuses a request or a response over 5 MB, and a read over five million cells may return null
 * (OfficeDev/office-js-docs-pr docs/concepts/resource-limits-and-performance-optimization.md, "Excel add-ins";
 * docs/excel/performance.md, "Payload size limit best practices": "check the address of the range before you read
 * Range.values. If the range exceeds the limit, read it in multiple smaller batches").
 */

/** A rectangle of a sheet, 0-based: its top-left cell and its size. */
export interface Block {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** What one request may carry, estimated: 4 MB, a fifth below Excel on the web's 5 MB. */
export const READ_BUDGET_BYTES = 4_000_000;

/**
 * The estimated size of one cell in a response that carries its values and formulas, in bytes. Excel does not
 * document its encoding; this assumes JSON in UTF-8. A number is at most 24 characters, twice (value and formula);
 * a text cell counts twice as well, so 120 bytes holds text of up to 18 Chinese characters (3 bytes each) or 56 Latin
 * letters, quoted. PERF's own sheets average far less (the seed's workbook: see test/office/read.test.ts), and a
 * workbook of long texts that goes over is read again in smaller requests (see readWorkbook).
 */
export const BYTES_PER_CELL = 120;

/** Cells one request may read: 33,333. */
export const BUDGET_CELLS = Math.floor(READ_BUDGET_BYTES / BYTES_PER_CELL);

/**
 * A sheet of at most this many cells is read whole at once, whatever it holds: PERF's own sheets are a few thousand
 * cells (the template's 指标体系 about 300, 基础数据 about 650). A larger sheet is read whole only when its first
 * rows show one of PERF's tables.
 */
export const WHOLE_SHEET_CELLS = 20_000;

export const cellsOf = (b: Block): number => b.rows * b.cols;

/** A block cut into row bands of at most `budget` cells each (a band is at least one row). */
export function rowBands(block: Block, budget = BUDGET_CELLS): Block[] {
  if (block.rows <= 0 || block.cols <= 0) return [];
  const step = Math.max(1, Math.floor(budget / block.cols));
  const bands: Block[] = [];
  for (let r = 0; r < block.rows; r += step) {
    bands.push({ ...block, top: block.top + r, rows: Math.min(step, block.rows - r) });
  }
  return bands;
}

/** Blocks, in order, grouped into requests of at most `budget` cells (a block over it goes alone). */
export function requests(blocks: readonly Block[], budget = BUDGET_CELLS): Block[][] {
  const out: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks.flatMap((b) => rowBands(b, budget))) {
    if (current.length > 0 && cells + cellsOf(block) > budget) {
      out.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += cellsOf(block);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A block in two halves by rows, or undefined for a single row (it cannot be read in less). */
export function halves(block: Block): [Block, Block] | undefined {
  if (block.rows < 2) return undefined;
  const upper = Math.ceil(block.rows / 2);
  return [
    { ...block, rows: upper },
    { ...block, top: block.top + upper, rows: block.rows - upper },
  ];
}

/**
 * The first read: whole sheets for the small ones and those always read in full, and for a larger sheet only the
 * rows where a header can be (rows 1 to `headerRows`): PERF finds its tables by their header row near the top of any
 * sheet. `rest` is what a larger sheet still holds below that window, read only if the window shows one of PERF's
 * tables.
 */
export function firstRead(
  usedRanges: readonly Block[],
  alwaysWhole: readonly string[],
  headerRows: number,
): { blocks: Block[]; rest: Map<string, Block> } {
  const blocks: Block[] = [];
  const rest = new Map<string, Block>();
  for (const used of usedRanges) {
    if (cellsOf(used) === 0) continue;
    if (alwaysWhole.includes(used.sheet) || cellsOf(used) <= WHOLE_SHEET_CELLS) {
      blocks.push(used);
      continue;
    }
    const windowRows = Math.max(0, Math.min(used.rows, headerRows - used.top));
    if (windowRows > 0) blocks.push({ ...used, rows: windowRows });
    rest.set(used.sheet, { ...used, top: used.top + windowRows, rows: used.rows - windowRows });
  }
  return { blocks, rest };
}
