import { readWorkbook } from "../../src/office/read";
import { unreadFindings } from "../../src/office/read-extras";
import { READ_BUDGET_BYTES } from "../../src/office/read-plan";
import { checkWorkbook, FRAMEWORK_SHEET, RECORD_HEADER } from "../../src/workbook";
import { cellKey, PAYLOAD_LIMIT, type FakeCell, type FakeSheet } from "../fakes/fake-excel";
import { ledgerSheet, seedHost } from "./helpers";

/**
 * The Office reader within Excel's limits, on workbooks that stretch it (the acceptance review of issue 9): a stray
 * value far from PERF's tables, many or wide sheets PERF does not need, Excel's other ways of refusing a request, and
 * how full each request is.
 */

const received = (host: Awaited<ReturnType<typeof seedHost>>) => host.syncLog.reduce((n, s) => n + s.responseBytes, 0);
const total = (snapshot: Awaited<ReturnType<typeof readWorkbook>>) => checkWorkbook(snapshot).result.total?.toString();

function sheetOf(name: string, cells: [string, FakeCell][]): FakeSheet {
  return { name, cells: new Map(cells), charts: [] };
}

/** A 评分记录 as a fill leaves it: its header and a few rows. */
function recordSheet(): FakeSheet {
  const record = sheetOf("评分记录", []);
  RECORD_HEADER.forEach((label, c) => record.cells.set(cellKey(0, c), { value: label }));
  for (let r = 1; r <= 20; r++) RECORD_HEADER.forEach((_, c) => record.cells.set(cellKey(r, c), { value: `${r}` }));
  return record;
}

describe("a stray value far from PERF's tables stretches a sheet's used range", () => {
  // Before: 基础数据!J1048576 cost 318 syncs and 67 MB; XFD1048576 half a million requests.
  it.each([
    ["基础数据", "J1048576"],
    ["基础数据", "XFD1048576"],
    ["指标体系", "XFD1048576"],
    ["评分记录", "XFD1048576"],
    [FRAMEWORK_SHEET, "XFD1048576"],
  ])(
    "%s!%s: only what is there is read, in a few syncs, and the score stands",
    async (sheet, address) => {
      const host = await seedHost(sheet === "评分记录" ? [recordSheet()] : []);
      host.sheet(sheet)!.cells.set(address, { value: "误填" });
      const snapshot = await readWorkbook();
      // names, used ranges, the first rows and PERF's sheets that fit, where the stretched sheet's content is, its
      // content, the extras (names and merged areas)
      expect(host.syncs).toBeLessThanOrEqual(6);
      expect(host.syncLog.filter((s) => s.failed)).toEqual([]);
      expect(received(host)).toBeLessThan(1_000_000);
      expect(snapshot.sheets.find((s) => s.name === sheet)!.rows).toHaveLength(1_048_576);
      expect(
        snapshot.sheets
          .find((s) => s.name === sheet)!
          .rows.at(-1)!
          .at(-1),
      ).toEqual({ value: "误填" });
      expect(total(snapshot)).toBe("91.75");
    },
    60_000,
  );

  it("a stretched sheet whose content Excel cannot locate in one response, and too large to read blind, is named", async () => {
    const host = await seedHost([recordSheet()]);
    const record = host.sheet("评分记录")!;
    record.cells.set("XFD1048576", { value: "误填" });
    // Tens of thousands of scattered values: their areas' addresses are more than one response can carry.
    for (let r = 100; r < 700_000; r += 2) record.cells.set(cellKey(r, (r * 7) % 50), { value: r });
    await expect(readWorkbook()).rejects.toThrow(
      "“评分记录”表的已用区域延伸到 XFD1048576，零散内容过多，超出 Excel 单次传输的上限：请删除该表下方和右侧多余的行列后重试，或改用 perf-score 命令行评分。",
    );
  }, 120_000);
});

describe("sheets PERF does not need are read only in their first rows", () => {
  it("40 sheets of 4,000 × 4: 3 syncs, their first 40 rows each", async () => {
    // Before: read whole (under 20,000 cells each), 22 syncs and 12.4 MB.
    const extra = Array.from({ length: 40 }, (_, i) => ledgerSheet(`明细${i + 1}`, 4_000));
    const host = await seedHost(extra);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(4); // names, used ranges, cells, extras
    expect(received(host)).toBeLessThan(READ_BUDGET_BYTES / 4);
    for (const s of extra) expect(snapshot.sheets.find((x) => x.name === s.name)!.rows).toHaveLength(40);
    expect(total(snapshot)).toBe("91.75");
  }, 60_000);

  it("a 2,000 × 5 sheet of 300-character texts: 3 syncs, nothing refused", async () => {
    // Before: 15 syncs, 4 refused, 72 MB produced.
    const text = "项目说明：".padEnd(300, "详");
    const cells: [string, FakeCell][] = [];
    for (let r = 0; r < 2_000; r++) for (let c = 0; c < 5; c++) cells.push([cellKey(r, c), { value: text }]);
    const host = await seedHost([sheetOf("项目明细说明", cells)]);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(4); // names, used ranges, cells, extras
    expect(host.syncLog.filter((s) => s.failed)).toEqual([]);
    expect(total(snapshot)).toBe("91.75");
  }, 60_000);

  it("a notes sheet whose first row holds 40 long texts is read in parts of that row, and 评分 goes on", async () => {
    // Before: 评分 failed, "“情况说明”表第 1 行的数据量超过 Excel 单次传输的上限…".
    const long = "说".repeat(32_000); // Excel's longest text: 96 KB of UTF-8, twice (value and formula)
    const cells: [string, FakeCell][] = Array.from({ length: 40 }, (_, c) => [cellKey(0, c), { value: long }]);
    const host = await seedHost([sheetOf("情况说明", cells)]);
    const snapshot = await readWorkbook();
    expect(snapshot.unread?.sheets).toBeUndefined();
    expect(snapshot.sheets.find((s) => s.name === "情况说明")!.rows[0]).toHaveLength(40);
    expect(Math.max(...host.syncLog.filter((s) => !s.failed).map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT);
    expect(total(snapshot)).toBe("91.75");
  }, 60_000);

  it("one whose first rows Excel will not give at all is left out, named, and 评分 goes on", async () => {
    const cells: [string, FakeCell][] = [[cellKey(0, 0), { value: "说".repeat(32_000) }]];
    const host = await seedHost([sheetOf("情况说明", cells)]);
    host.payloadLimit = 150_000; // as if Excel's 5 MB were 150 KB: that one cell is over it, PERF's own cells are not
    const snapshot = await readWorkbook();
    expect(snapshot.unread?.sheets).toEqual(["情况说明"]);
    expect(unreadFindings(snapshot).map((f) => [f.severity, f.kind, f.message])).toEqual([
      [
        "warning",
        "sheet-unread",
        "“情况说明”表开头几行的数据量超过 Excel 单次传输的上限，PERF 未读取该表；如评分用的表在其中，请缩短过长的文字后重新评分。",
      ],
    ]);
    expect(snapshot.sheets.find((s) => s.name === "情况说明")!.rows).toEqual([]);
    expect(total(snapshot)).toBe("91.75");
  }, 60_000);

  it("a header of PERF's below the first 40 rows of another sheet is not looked for, as in the xlsx reader", async () => {
    const ledger = ledgerSheet("明细账", 100);
    ledger.cells.set(cellKey(60, 0), { value: "代码" });
    const host = await seedHost([ledger]);
    const snapshot = await readWorkbook();
    expect(host.syncs).toBe(4); // names, used ranges, cells, extras
    expect(snapshot.sheets.find((s) => s.name === "明细账")!.rows).toHaveLength(40);
  });
});

describe("Excel's other ways of saying a request is too large", () => {
  /** 评分记录 with 600 cells of 12 KB: 7 MB, over the limit in one response. */
  function longRecord(rows = 600): FakeSheet {
    const long = "说明".repeat(2000);
    const record = sheetOf("评分记录", []);
    for (let r = 0; r < rows; r++) record.cells.set(cellKey(r, 0), { value: long });
    return record;
  }

  it("OperationCellsExceedLimit: read again smaller", async () => {
    const host = await seedHost([longRecord()]);
    host.oversizeCode = "OperationCellsExceedLimit";
    const snapshot = await readWorkbook();
    expect(host.syncLog.some((s) => s.failed)).toBe(true);
    expect(snapshot.sheets.find((s) => s.name === "评分记录")!.rows).toHaveLength(600);
    expect(total(snapshot)).toBe("91.75");
  }, 60_000);

  it("GeneralException (as Excel on the web has answered an oversized payload): read again in halves once", async () => {
    const host = await seedHost([longRecord()]);
    host.oversizeCode = "GeneralException";
    const snapshot = await readWorkbook();
    expect(host.syncLog.filter((s) => s.failed)).toHaveLength(1);
    expect(snapshot.sheets.find((s) => s.name === "评分记录")!.rows).toHaveLength(600);
    expect(total(snapshot)).toBe("91.75");
  }, 60_000);

  it("GeneralException again after the halves: a Chinese message naming the sheet", async () => {
    const host = await seedHost([longRecord(1_800)]); // 22 MB: its halves are still too large
    host.oversizeCode = "GeneralException";
    await expect(readWorkbook()).rejects.toThrow(
      "读取“评分记录”表时 Excel 出错，可能是该表数据量超过 Excel 单次传输的上限。请保存工作簿后重试；仍不行时，请删除该表中与评分无关的行列，或改用 perf-score 命令行评分。",
    );
    expect(host.syncLog.filter((s) => s.failed)).toHaveLength(2);
  }, 60_000);
});

describe("requests use the budget", () => {
  it("a 评分记录 of 200,000 × 7: requests filled from what its first rows measured, none refused", async () => {
    // Before: 46 syncs, each about a fifth of the budget.
    const record = sheetOf("评分记录", []);
    for (let r = 0; r < 200_000; r++) {
      record.cells.set(cellKey(r, 0), { value: "2026-11-27 10:00:00" });
      record.cells.set(cellKey(r, 1), { value: "指标体系!H" + (r % 30) });
      record.cells.set(cellKey(r, 2), { value: r % 5 });
      record.cells.set(cellKey(r, 3), { value: (r % 5) + 0.25 });
      record.cells.set(cellKey(r, 4), { value: "评分" });
      record.cells.set(cellKey(r, 5), { value: "" });
      record.cells.set(cellKey(r, 6), { value: "得分" });
    }
    const host = await seedHost([record]);
    const snapshot = await readWorkbook();
    expect(snapshot.sheets.find((s) => s.name === "评分记录")!.rows).toHaveLength(200_000);
    expect(host.syncLog.filter((s) => s.failed)).toEqual([]);
    const reads = host.syncLog.slice(4).map((s) => s.responseBytes); // after names, used ranges, first rows, areas
    const bytes = reads.reduce((n, b) => n + b, 0);
    expect(Math.max(...reads)).toBeLessThan(READ_BUDGET_BYTES);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(bytes / (READ_BUDGET_BYTES * 0.6)));
    expect(total(snapshot)).toBe("91.75");
  }, 120_000);
});
