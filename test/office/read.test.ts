import { readWorkbook, SHEETS_READ_IN_FULL } from "../../src/office/read";
import {
  areasOf,
  blocksOfAreas,
  bytesPerCellFrom,
  FIRST_BYTES_PER_CELL,
  firstRead,
  MIN_BYTES_PER_CELL,
  nextRequest,
  payloadBytes,
  READ_BUDGET_BYTES,
  SEPARATE_AREAS,
  type Block,
} from "../../src/office/read-plan";
import { writeFill } from "../../src/office/write";
import { checkWorkbook, columnIndex, FRAMEWORK_SHEET, planFill } from "../../src/workbook";
import { snapshotOf } from "../../src/xlsx";
import { cellKey, jsonBytes, PAYLOAD_LIMIT, type FakeCell, type FakeSheet } from "../fakes/fake-excel";
import { seedWorkbook } from "../helpers/xlsx";
import { ledgerSheet, responses, seedHost } from "./helpers";

const block = (sheet: string, top: number, left: number, rows: number, cols: number): Block => ({
  sheet,
  top,
  left,
  rows,
  cols,
});

/** Every request nextRequest makes of `blocks`, as "sheet top+rows×cols" lists. */
function plan(blocks: Block[], perCell: (sheet: string) => number, budget: number): string[][] {
  const queue = [...blocks];
  const out: string[][] = [];
  while (queue.length > 0)
    out.push(nextRequest(queue, perCell, budget).map((b) => `${b.sheet}${b.top}+${b.rows}x${b.cols}@${b.left}`));
  return out;
}

describe("the read plan", () => {
  it("keeps every request under the 4 MB budget, well below Excel on the web's 5 MB", () => {
    expect(READ_BUDGET_BYTES).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("packs blocks into as few requests as each sheet's estimate allows, cutting a block by rows where it must", () => {
    const per = (sheet: string) => (sheet === "a" ? 1 : 2);
    expect(plan([block("a", 0, 0, 2, 2), block("b", 0, 0, 1, 2), block("c", 0, 0, 3, 3)], per, 9)).toEqual([
      ["a0+2x2@0", "b0+1x2@0"],
      ["c0+1x3@0"],
      ["c1+1x3@0"],
      ["c2+1x3@0"],
    ]);
    expect(plan([block("a", 2, 1, 10, 3)], per, 9)).toEqual([["a2+3x3@1"], ["a5+3x3@1"], ["a8+3x3@1"], ["a11+1x3@1"]]);
  });

  it("cuts a row wider than the budget by columns, one cell at least", () => {
    expect(plan([block("s", 0, 0, 2, 5)], () => 4, 9)).toEqual([
      ["s0+1x2@0"],
      ["s0+1x2@2"],
      ["s0+1x1@4"],
      ["s1+1x2@0"],
      ["s1+1x2@2"],
      ["s1+1x1@4"],
    ]);
    expect(plan([block("s", 0, 0, 1, 2)], () => 100, 9)).toEqual([["s0+1x1@0"], ["s0+1x1@1"]]);
  });

  it("estimates a sheet's bytes per cell from what its first rows took, with a margin, never below a blank's", () => {
    expect(bytesPerCellFrom(1000, 100)).toBe(13);
    expect(bytesPerCellFrom(0, 100)).toBe(MIN_BYTES_PER_CELL);
    expect(bytesPerCellFrom(0, 0)).toBe(FIRST_BYTES_PER_CELL);
    // The response as the fake measures it.
    const values = [
      ["说明", 1.5],
      ["", true],
    ];
    expect(payloadBytes(values)).toBe(jsonBytes(values));
  });

  it("reads the first rows of every sheet, and PERF's own sheets whole when they fit", () => {
    const big = block("明细账", 0, 0, 200_000, 4);
    const record = block("评分记录", 0, 0, 300, 7);
    const low = block("附表", 50, 0, 10_000, 4); // starts below row 40: no header of PERF's can be in it
    const inputs = block("基础数据", 0, 0, 80, 8);
    const other = block("项目明细", 0, 0, 4_000, 4); // small, but not PERF's: its first rows only
    const { blocks, rest, whole } = firstRead([inputs, big, record, low, other], ["评分记录"], ["基础数据"], 40);
    expect(blocks).toEqual([inputs, block("明细账", 0, 0, 40, 4), record, block("项目明细", 0, 0, 40, 4)]);
    expect(rest.get("明细账")).toEqual(block("明细账", 40, 0, 199_960, 4));
    expect([...rest.keys()]).toEqual(["明细账", "附表", "项目明细"]);
    expect([...whole]).toEqual(["基础数据", "评分记录"]);
  });

  it("reads a sheet of PERF's that is too large for one request in its first rows, and the rest later", () => {
    const record = block("评分记录", 0, 0, 200_000, 7);
    const { blocks, rest, whole } = firstRead([record], ["评分记录"], [], 40);
    expect(blocks).toEqual([block("评分记录", 0, 0, 40, 7)]);
    expect(rest.get("评分记录")).toEqual(block("评分记录", 40, 0, 199_960, 7));
    expect(whole.size).toBe(0);
  });

  it("reads the areas of Excel's special cells as blocks, whatever the sheet is called", () => {
    expect(areasOf("'基础数据'!A41:H80, '基础数据'!J1048576", "'基础数据'!", "基础数据")).toEqual([
      block("基础数据", 40, 0, 40, 8),
      block("基础数据", 1048575, 9, 1, 1),
    ]);
    expect(areasOf("'a, b''s'!$B$2:$C$3,'a, b''s'!XFD1", "'a, b''s'!", "s")).toEqual([
      block("s", 1, 1, 2, 2),
      block("s", 0, 16383, 1, 1),
    ]);
    expect(areasOf("Sheet1!A:A", "Sheet1!", "s")).toBeUndefined();
    expect(areasOf("其他!A1", "Sheet1!", "s")).toBeUndefined();
  });

  it("reads a few areas one by one, and many joined into bands of rows", () => {
    const few = [block("s", 1048575, 9, 1, 1), block("s", 40, 0, 40, 8)];
    expect(blocksOfAreas(few)).toEqual([few[1], few[0]]);
    const many = Array.from({ length: SEPARATE_AREAS + 1 }, (_, r) => block("s", 40 + r, r % 2 ? 0 : 2, 1, 2));
    many.push(block("s", 1048575, 9, 1, 1));
    expect(blocksOfAreas(many)).toEqual([block("s", 40, 0, SEPARATE_AREAS + 1, 4), block("s", 1048575, 9, 1, 1)]);
  });

  it("always reads 评分记录 whole (a fill appends below its last row)", () => {
    expect(SHEETS_READ_IN_FULL).toContain("评分记录");
  });
});

describe("readWorkbook on the seed's workbook", () => {
  it("reads what the xlsx reader reads, in 4 syncs, scoring 91.75", async () => {
    const host = await seedHost();
    const snapshot = await readWorkbook();
    // sheet names; used ranges; cells; the names and the 指标体系 table's merged areas (read-extras.ts)
    expect(host.syncs).toBe(4);
    const fromFile = snapshotOf(await seedWorkbook());
    expect(snapshot.sheets.map((s) => s.name)).toEqual(fromFile.sheets.map((s) => s.name));
    const check = checkWorkbook(snapshot);
    expect(check.result.total?.toString()).toBe("91.75");
    expect(check.findings).toEqual(checkWorkbook(fromFile).findings);
  });

  it("reads its cells in one request that Excel accepts, a tenth of the budget", async () => {
    const host = await seedHost();
    await readWorkbook();
    expect(host.syncLog.filter((s) => s.failed)).toEqual([]);
    expect(responses(host, 2)).toHaveLength(2); // the cells, the extras
    expect(responses(host, 2)[0]).toBeLessThan(READ_BUDGET_BYTES / 10);
  });

  it("reads the framework the workbook carries with the rest, far below the request budget", async () => {
    const host = await seedHost();
    const snapshot = await readWorkbook();
    expect(SHEETS_READ_IN_FULL).toContain(FRAMEWORK_SHEET);
    expect(snapshot.sheets.map((s) => s.name)).toContain(FRAMEWORK_SHEET);
    expect(responses(host, 2)[0]).toBeLessThan(READ_BUDGET_BYTES / 10);
  });
});

describe("a workbook with a large sheet PERF does not need", () => {
  it("a 200,000-row ledger (over 5 MB of values): 4 syncs, every one under the budget, the same score", async () => {
    const host = await seedHost([ledgerSheet("明细账", 200_000)]);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(4);
    expect(Math.max(...responses(host))).toBeLessThan(READ_BUDGET_BYTES);
    expect(checkWorkbook(snapshot).result.total?.toString()).toBe("91.75");
    // Only its first rows were read, where a header would be.
    expect(snapshot.sheets.find((s) => s.name === "明细账")!.rows).toHaveLength(40);
  }, 60_000);

  it("one whose first rows hold a label PERF reads (部门名称) is read whole, as the xlsx reader reads it", async () => {
    const ledger = ledgerSheet("明细账", 30_000, 5);
    ledger.cells.set("A1", { value: "部门名称" });
    ledger.cells.set("B1", { value: "某区财政局" });
    const host = await seedHost([ledger]);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(5); // names, used ranges, first rows, the rest of 明细账, extras
    const read = snapshot.sheets.find((s) => s.name === "明细账")!;
    expect(read.rows[0].map((c) => c?.value)).toEqual(["部门名称", "某区财政局"]);
    expect(read.rows).toHaveLength(30_005);
  }, 60_000);
});

describe("PERF's own sheets beyond the budget", () => {
  /**
   * The seed's 基础数据 renamed, with `notes` rows of the department's own notes below its table, beside its columns
   * (notes in its 代码 column would be checked as inputs: a separate matter).
   */
  async function paddedInputs(notes: number) {
    const host = await seedHost();
    const inputs = host.sheet("基础数据")!;
    inputs.name = "数据（2024）";
    const height = Math.max(...[...inputs.cells.keys()].map((k) => Number(/\d+$/.exec(k)![0])));
    const width = Math.max(...[...inputs.cells.keys()].map((k) => columnIndex(/^[A-Z]+/.exec(k)![0])));
    for (let r = 0; r < notes; r++) {
      inputs.cells.set(cellKey(height + r, width + 2), { value: `备注 ${r + 1}：本行为说明，不参与评分。` });
      inputs.cells.set(cellKey(height + r, width + 3), { value: r + 1 });
    }
    return host;
  }

  it("a renamed 基础数据 over 5 MB is found by its header and read whole, in more syncs, each under the budget", async () => {
    const host = await paddedInputs(60_000);
    const snapshot = await readWorkbook();
    const inputs = snapshot.sheets.find((s) => s.name === "数据（2024）")!;
    // names, used ranges, the first read (its header rows), where its content is (special cells), then the content in
    // requests that use the budget: on average at least a third of it each. Its notes are longer than its first rows
    // (from which the estimate comes): one request is refused, and what it held is grouped again, smaller. Last, the
    // extras (names and merged areas).
    const read = host.syncLog.slice(4, -1).filter((s) => !s.failed);
    const received = read.reduce((n, s) => n + s.responseBytes, 0);
    expect(host.syncLog.filter((s) => s.failed)).toHaveLength(1);
    expect(read.length).toBeLessThanOrEqual(Math.ceil(received / (READ_BUDGET_BYTES / 3)));
    expect(received).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(Math.max(...read.map((s) => s.responseBytes))).toBeLessThan(READ_BUDGET_BYTES);
    const check = checkWorkbook(snapshot);
    expect(check.tables.inputs?.sheet.name).toBe("数据（2024）");
    expect(check.result.total?.toString()).toBe("91.75");
    expect(inputs.rows.at(-1)?.find((c) => c)?.value).toBe("备注 60000：本行为说明，不参与评分。");
  }, 60_000);

  it("cells longer than the estimate are read again in smaller requests", async () => {
    const long = "说明".repeat(2000); // 12,000 bytes a cell, a hundred times the estimate
    const record: FakeSheet = { name: "评分记录", cells: new Map<string, FakeCell>(), charts: [] };
    for (let r = 0; r < 600; r++) record.cells.set(cellKey(r, 0), { value: long });
    const host = await seedHost([record]);
    const snapshot = await readWorkbook();
    expect(host.syncLog.filter((s) => s.failed).map((s) => s.failed)).toContain("ResponsePayloadSizeLimitExceeded");
    expect(snapshot.sheets.find((s) => s.name === "评分记录")!.rows).toHaveLength(600);
    expect(checkWorkbook(snapshot).result.total?.toString()).toBe("91.75");
  }, 60_000);

  it("a row too large for one request is read in parts of its columns", async () => {
    const record: FakeSheet = { name: "评分记录", cells: new Map<string, FakeCell>(), charts: [] };
    for (let c = 0; c < 100; c++) record.cells.set(cellKey(0, c), { value: "x".repeat(30_000) });
    const host = await seedHost([record]);
    const snapshot = await readWorkbook();
    expect(snapshot.sheets.find((s) => s.name === "评分记录")!.rows[0]).toHaveLength(100);
    expect(Math.max(...host.syncLog.filter((s) => !s.failed).map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
  }, 60_000);

  it("a cell too large for any request is a Chinese message naming the sheet and row", async () => {
    const record: FakeSheet = { name: "评分记录", cells: new Map<string, FakeCell>(), charts: [] };
    record.cells.set(cellKey(2, 3), { value: "说".repeat(32_000) }); // 96 KB of UTF-8, twice (value and formula)
    const host = await seedHost([record]);
    host.payloadLimit = 150_000; // as if Excel's 5 MB were 150 KB (PERF框架's framework cells still fit)
    await expect(readWorkbook()).rejects.toThrow(
      "“评分记录”表第 3 行的数据量超过 Excel 单次传输的上限，无法读取：请缩短该行过长的文字，或改用 perf-score 命令行评分。",
    );
  }, 60_000);

  it("values that come back null (over the cell limit) are read again in smaller requests, or named", async () => {
    const host = await seedHost([ledgerSheet("明细账", 5_000)]);
    host.cellReadLimit = 300; // as if Excel's five million were 300: the same path with a small workbook
    const snapshot = await readWorkbook();
    expect(checkWorkbook(snapshot).result.total?.toString()).toBe("91.75");
    expect(host.syncs).toBeGreaterThan(3);
    host.cellReadLimit = 0; // not even one cell
    await expect(readWorkbook()).rejects.toThrow(/^“基础数据”表第 1 行的数据量超过 Excel 单次传输的上限/);
  }, 60_000);
});

describe("what the pane writes reads back", () => {
  it("a fill on a workbook with a 200,000-row sheet writes in 2 syncs, every request under the budget", async () => {
    const host = await seedHost([ledgerSheet("明细账", 200_000)]);
    const snapshot = await readWorkbook();
    const before = host.syncs;
    await writeFill(planFill(checkWorkbook(snapshot), "2026-11-27 10:00:00"), snapshot);
    expect(host.syncs - before).toBe(2);
    expect(Math.max(...host.syncLog.map((s) => s.requestBytes))).toBeLessThan(READ_BUDGET_BYTES);
  }, 60_000);
});
