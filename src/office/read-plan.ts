import { parseRange } from "../workbook";

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
 * The estimated size of one cell in a response carrying its value and its formula, before anything of its sheet has
 * been read. Excel does not document its encoding; this assumes JSON in UTF-8, as the fake measures it. PERF's own
 * sheets take about 23 bytes a cell (the seed's workbook; see test/office/read.test.ts); this is twice that, and it
 * is used only for the first rows of each sheet (and the sheets read in full): once a sheet's first rows are read,
 * its own measure is used (bytesPerCellFrom). A guess too low costs one refused request, read again smaller.
 */
export const FIRST_BYTES_PER_CELL = 48;

/** The least a cell takes in the response, blank: `""` twice, with their commas. */
export const MIN_BYTES_PER_CELL = 6;

/** A sheet's measured bytes per cell, with a margin: rows further down may hold longer texts than the first ones. */
export function bytesPerCellFrom(bytes: number, cells: number): number {
  if (cells <= 0) return FIRST_BYTES_PER_CELL;
  return Math.max(MIN_BYTES_PER_CELL, Math.ceil((bytes / cells) * 1.25));
}

/** The UTF-8 length of a value's JSON: what the response carries for it, as PERF estimates it. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  // Past U+007F a character takes 2 or 3 bytes (4 for a surrogate pair, which counts 2 in length).
  for (const ch of json) if (ch.charCodeAt(0) > 0x7f) bytes += ch.charCodeAt(0) > 0x7ff ? 2 : 1;
  return bytes;
}

export const cellsOf = (b: Block): number => b.rows * b.cols;

/**
 * The next request: blocks from the head of `queue`, taken off it, up to `budget` bytes as `perCell` estimates each
 * sheet's cells. A block that does not fit whole gives the rows that do (a request is never empty: one row at least,
 * and of a row wider than the budget, the columns that fit, one at least); the rest stays at the head. The estimate
 * is asked again for every request, so blocks put back after a refusal are grouped again by what was learnt.
 */
export function nextRequest(queue: Block[], perCell: (sheet: string) => number, budget = READ_BUDGET_BYTES): Block[] {
  const request: Block[] = [];
  let bytes = 0;
  while (queue.length > 0) {
    const b = queue[0];
    const per = perCell(b.sheet);
    const rowBytes = b.cols * per;
    const fitRows = Math.floor((budget - bytes) / rowBytes);
    if (fitRows >= b.rows) {
      request.push(b);
      bytes += b.rows * rowBytes;
      queue.shift();
      continue;
    }
    if (fitRows > 0) {
      request.push({ ...b, rows: fitRows });
      queue[0] = { ...b, top: b.top + fitRows, rows: b.rows - fitRows };
    } else if (request.length === 0) {
      // Not even one row fits: the columns of the first row that do.
      const cols = Math.max(1, Math.floor(budget / per));
      request.push({ ...b, rows: 1, cols });
      const rest: Block[] = [];
      if (cols < b.cols) rest.push({ ...b, rows: 1, left: b.left + cols, cols: b.cols - cols });
      if (b.rows > 1) rest.push({ ...b, top: b.top + 1, rows: b.rows - 1 });
      queue.splice(0, 1, ...rest);
    }
    break;
  }
  return request;
}

/**
 * The first read. Of every sheet, the rows where a table's header can be (rows 1 to `headerRows`: PERF finds its
 * tables only there, as the xlsx reader does; see mayHoldTable). Whole, at once, the sheets always read in full and
 * the sheets named as PERF's table sheets (`prefetch`), when they fit in one request as estimated: for an ordinary
 * workbook this is all there is to read, in one sync. What a sheet holds below its first rows is its `rest`, read
 * only if it is needed: always for the sheets read in full, for the others if their first rows show one of PERF's
 * tables (a prefetched sheet that does not is cut back to its first rows, so both readers give the same snapshot).
 */
export function firstRead(
  usedRanges: readonly Block[],
  alwaysWhole: readonly string[],
  prefetch: readonly string[],
  headerRows: number,
  budget = READ_BUDGET_BYTES,
): { blocks: Block[]; rest: Map<string, Block>; whole: Set<string> } {
  const blocks: Block[] = [];
  const rest = new Map<string, Block>();
  const whole = new Set<string>();
  let bytes = 0;
  for (const used of usedRanges) {
    if (cellsOf(used) === 0) continue;
    const size = cellsOf(used) * FIRST_BYTES_PER_CELL;
    if ((alwaysWhole.includes(used.sheet) || prefetch.includes(used.sheet)) && bytes + size <= budget) {
      blocks.push(used);
      whole.add(used.sheet);
      bytes += size;
      continue;
    }
    const windowRows = Math.max(0, Math.min(used.rows, headerRows - used.top));
    if (windowRows > 0) {
      blocks.push({ ...used, rows: windowRows });
      bytes += windowRows * used.cols * FIRST_BYTES_PER_CELL;
    }
    if (used.rows > windowRows) {
      rest.set(used.sheet, { ...used, top: used.top + windowRows, rows: used.rows - windowRows });
    }
  }
  return { blocks, rest, whole };
}

/**
 * The areas of a RangeAreas address ("'基础数据'!A41:H80, '基础数据'!J1048576"), as blocks of `sheet`. `prefix` is
 * how Excel writes the sheet before each area (the used range's address up to its "!"), so a sheet name holding a
 * comma or an apostrophe is no trouble. Undefined if the address is not made of such areas.
 */
export function areasOf(address: string, prefix: string, sheet: string): Block[] | undefined {
  const areas: Block[] = [];
  let at = 0;
  while (at < address.length) {
    if (!address.startsWith(prefix, at)) return undefined;
    at += prefix.length;
    const end = address.indexOf(",", at);
    const r = parseRange(address.slice(at, end < 0 ? address.length : end));
    if (!r) return undefined;
    areas.push({ sheet, top: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
    at = end < 0 ? address.length : end + 1;
    while (address[at] === " ") at++;
  }
  return areas;
}

/** Areas read one by one up to this many; more are joined into bands of rows (see blocksOfAreas). */
export const SEPARATE_AREAS = 500;

/**
 * The blocks that cover `areas`. A few are read as they are: a stray value far below a table costs one cell, not the
 * rows between. Many (a long table with gaps, which Excel may give as one area per row run) are joined: areas whose
 * rows meet or overlap become one band over their columns, so the blocks grow with the sheet's content, never with
 * the number of pieces Excel cuts it into.
 */
export function blocksOfAreas(areas: readonly Block[]): Block[] {
  if (areas.length <= SEPARATE_AREAS) return [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  const sorted = [...areas].sort((a, b) => a.top - b.top);
  const bands: Block[] = [];
  for (const a of sorted) {
    const last = bands.at(-1);
    if (last && a.top <= last.top + last.rows) {
      const right = Math.max(last.left + last.cols, a.left + a.cols);
      const left = Math.min(last.left, a.left);
      last.rows = Math.max(last.top + last.rows, a.top + a.rows) - last.top;
      last.left = left;
      last.cols = right - left;
    } else bands.push({ ...a });
  }
  return bands;
}

/** Areas cut at row `row` (0-based): those above it (clipped), and those from it down (clipped). */
export function splitAt(areas: readonly Block[], row: number): [Block[], Block[]] {
  const above: Block[] = [];
  const below: Block[] = [];
  for (const a of areas) {
    const bottom = a.top + a.rows;
    if (a.top < row) above.push({ ...a, rows: Math.min(bottom, row) - a.top });
    if (bottom > row) below.push({ ...a, top: Math.max(a.top, row), rows: bottom - Math.max(a.top, row) });
  }
  return [above, below];
}
