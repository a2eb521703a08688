import { readWorkbook, SHEETS_READ_IN_FULL } from "../../src/office/read";
import {
  BUDGET_CELLS,
  BYTES_PER_CELL,
  firstRead,
  halves,
  READ_BUDGET_BYTES,
  requests,
  rowBands,
  WHOLE_SHEET_CELLS,
  type Block,
} from "../../src/office/read-plan";
import { writeFill } from "../../src/office/write";
import { checkWorkbook, columnIndex, FRAMEWORK_SHEET, planFill } from "../../src/workbook";
import { snapshotOf } from "../../src/xlsx";
import { cellKey, FakeExcelHost, PAYLOAD_LIMIT, type FakeCell, type FakeSheet } from "../fakes/fake-excel";
import { fakeSheetsOf } from "../fakes/from-exceljs";
import { seedWorkbook } from "../helpers/xlsx";
import { ledgerSheet, responses, seedHost } from "./helpers";

const block = (sheet: string, top: number, left: number, rows: number, cols: number): Block => ({
  sheet,
  top,
  left,
  rows,
  cols,
});

describe("the read plan", () => {
  it("keeps every request under the 4 MB budget, well below Excel on the web's 5 MB", () => {
    expect(READ_BUDGET_BYTES).toBeLessThan(PAYLOAD_LIMIT);
    expect(BUDGET_CELLS * BYTES_PER_CELL).toBeLessThanOrEqual(READ_BUDGET_BYTES);
  });

  it("cuts a block into row bands of at most the budget, a band being at least one row", () => {
    expect(rowBands(block("s", 2, 1, 10, 3), 9)).toEqual([
      block("s", 2, 1, 3, 3),
      block("s", 5, 1, 3, 3),
      block("s", 8, 1, 3, 3),
      block("s", 11, 1, 1, 3),
    ]);
    expect(rowBands(block("s", 0, 0, 2, 50), 9)).toEqual([block("s", 0, 0, 1, 50), block("s", 1, 0, 1, 50)]);
    expect(rowBands(block("s", 0, 0, 0, 5))).toEqual([]);
  });

  it("packs blocks into as few requests as the budget allows, in order", () => {
    const packed = requests([block("a", 0, 0, 2, 2), block("b", 0, 0, 1, 4), block("c", 0, 0, 3, 3)], 9);
    expect(packed.map((r) => r.map((b) => `${b.sheet}${b.rows}x${b.cols}`))).toEqual([["a2x2", "b1x4"], ["c3x3"]]);
  });

  it("halves a block by rows, and not a single row", () => {
    expect(halves(block("s", 4, 0, 5, 2))).toEqual([block("s", 4, 0, 3, 2), block("s", 7, 0, 2, 2)]);
    expect(halves(block("s", 4, 0, 1, 2))).toBeUndefined();
  });

  it("reads small sheets and those always read whole in full, and only the header rows of the others", () => {
    const big = block("明细账", 0, 0, 200_000, 4);
    const record = block("评分记录", 0, 0, 30_000, 7);
    const low = block("附表", 50, 0, 10_000, 4); // starts below row 40: no header of PERF's can be in it
    const { blocks, rest } = firstRead([block("基础数据", 0, 0, 80, 8), big, record, low], ["评分记录"], 40);
    expect(blocks).toEqual([block("基础数据", 0, 0, 80, 8), block("明细账", 0, 0, 40, 4), record]);
    expect(rest.get("明细账")).toEqual(block("明细账", 40, 0, 199_960, 4));
    expect([...rest.keys()]).toEqual(["明细账", "附表"]);
    expect(WHOLE_SHEET_CELLS).toBeLessThan(BUDGET_CELLS);
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

  it("estimates bytes per cell above what PERF's own table sheets take", async () => {
    // The template's very hidden PERF框架 sheet holds the framework file (about 50 KB of JSON) in two cells: it is read
    // whole by name (SHEETS_READ_IN_FULL) and left out of this estimate per cell (see the next test).
    const sheets = fakeSheetsOf(await seedWorkbook()).filter((s) => s.name !== FRAMEWORK_SHEET);
    const host = new FakeExcelHost(sheets);
    (globalThis as { Excel?: unknown }).Excel = host.namespace();
    const snapshot = await readWorkbook();
    const cells = snapshot.sheets.reduce((n, s) => n + s.rows.length * Math.max(0, ...s.rows.map((r) => r.length)), 0);
    const received = responses(host, 2)[0];
    expect(received / cells).toBeLessThan(BYTES_PER_CELL);
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

  it("its 部门名称 label is still found in its first rows", async () => {
    const ledger = ledgerSheet("明细账", 30_000, 5);
    ledger.cells.set("A1", { value: "部门名称" });
    ledger.cells.set("B1", { value: "某区财政局" });
    const host = await seedHost([ledger]);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(4);
    expect(snapshot.sheets.find((s) => s.name === "明细账")!.rows[0].map((c) => c?.value)).toEqual([
      "部门名称",
      "某区财政局",
    ]);
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
    const cols = Math.max(...inputs.rows.map((r) => r.length));
    const rest = block("数据（2024）", 40, 0, inputs.rows.length - 40, cols);
    // names, used ranges, the first read (whole small sheets + the header rows), the rest in budget-sized requests,
    // then the extras (defined names and merged areas)
    expect(host.syncs).toBe(4 + requests([rest]).length);
    expect(host.syncs).toBeGreaterThan(4);
    expect(responses(host).reduce((n, b) => n + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(Math.max(...responses(host))).toBeLessThan(READ_BUDGET_BYTES);
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

  it("a row too large for any request is a Chinese message naming the sheet and row", async () => {
    const record: FakeSheet = { name: "评分记录", cells: new Map<string, FakeCell>(), charts: [] };
    for (let c = 0; c < 100; c++) record.cells.set(cellKey(0, c), { value: "x".repeat(30_000) });
    await seedHost([record]);
    await expect(readWorkbook()).rejects.toThrow(
      "“评分记录”表第 1 行的数据量超过 Excel 单次传输的上限，无法读取：请缩短该行过长的文字，或改用 perf-score 命令行评分。",
    );
  }, 60_000);

  it("values that come back null (over the cell limit) are read again in smaller requests, or named", async () => {
    const host = await seedHost([ledgerSheet("明细账", 5_000)]);
    host.cellReadLimit = 300; // as if Excel's five million were 300: the same path with a small workbook
    const snapshot = await readWorkbook();
    expect(checkWorkbook(snapshot).result.total?.toString()).toBe("91.75");
    expect(host.syncs).toBeGreaterThan(3);
    host.cellReadLimit = 3; // not even the header row of 基础数据 fits
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
