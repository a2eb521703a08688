import type ExcelJS from "exceljs";
import { checkWorkbook, planUndo } from "../../src/workbook";
import { buildTemplate, snapshotOf } from "../../src/xlsx";
import { cells, deleteColumn, fill, reopen, scoresWritten, seedWorkbook, structure, undo } from "../helpers/xlsx";

// The seed's appendix, 得分 column (spec §6), and its 总计.
const SEED_SCORES: Record<string, number> = {
  "1.1.1": 4.8, "1.1.2": 3, "1.2.1": 3, "1.2.2": 4, "1.2.3": 2,
  "2.1.1": 2.74, "2.1.2": 3, "2.1.3": 3, "2.2.1": 1, "2.2.2": 2, "2.3.1": 1, "2.3.2": 2, "2.3.3": 1, "2.4.1": 1, "2.4.2": 0, "2.5.1": 2,
  "3.1.1": 5, "3.2.1": 5.48, "3.2.2": 8, "3.2.3": 5.73, "3.3.1": 6, "3.3.2": 6, "3.3.3": 6, "3.3.4": 5, "3.3.5": 0,
  "3.4.1": 3, "3.4.2": 6, 总计: 91.75,
}; // prettier-ignore

/** The cells a fill owns: 得分 and 扣分原因 in the 指标体系 table (found by header), and its own two sheets. */
function owned(wb: ExcelJS.Workbook): (key: string) => boolean {
  const check = checkWorkbook(snapshotOf(wb));
  const t = check.tables.framework!;
  const cols = [t.columns.score!, t.columns.reasons!];
  return (key) => {
    const [sheet, address] = key.split("!");
    if (sheet === "评分结果" || sheet === "评分记录") return true;
    if (sheet !== t.sheet.name) return false;
    const cell = wb.getWorksheet(sheet)!.getCell(address);
    return Number(cell.row) - 1 > t.headerRow && cols.includes(Number(cell.col) - 1);
  };
}

/** Fills (through a save and reopen, as the CLI does) and checks that no cell outside the owned ones changed. */
async function fillAndCompare(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  wb = await reopen(wb);
  const before = cells(wb);
  const shapeBefore = structure(wb);
  const isOwned = owned(wb);
  const { wb: after } = await fill(wb);
  const now = cells(after);
  for (const [key, state] of before) if (!isOwned(key)) expect([key, now.get(key)]).toEqual([key, state]);
  for (const key of now.keys())
    if (!before.has(key) && !isOwned(key)) expect([key, now.get(key)]).toEqual([key, undefined]);
  const shapeAfter = structure(after) as Record<string, unknown>;
  for (const [sheet, shape] of Object.entries(shapeBefore)) expect([sheet, shapeAfter[sheet]]).toEqual([sheet, shape]);
  return after;
}

function expectSeedScores(wb: ExcelJS.Workbook): void {
  expect(Object.fromEntries(scoresWritten(wb))).toEqual(SEED_SCORES);
}

describe("fill: import the seed's case, fill, read the 得分 column back", () => {
  it("writes the seed's 27 scores and 91.75", async () => {
    expectSeedScores(await fillAndCompare(await seedWorkbook()));
  });

  it("writes the reasons beside each score, and nothing for a full score", async () => {
    const wb = await fillAndCompare(await seedWorkbook());
    const ws = wb.getWorksheet("指标体系")!;
    expect(ws.getCell("I2").value).toBe(
      "第4项：财政核减率 =（4502.03 − 2622.4）÷ 4502.03 = 41.75%，在“35%（含）至 45%”档，得 1 分，扣 2 分\n第5项：调整调剂项目占比 = 10 ÷ 21 = 47.62%，在“25%（含）以上”档，得 0 分，扣 1 分\n第6项：累计调剂金额占比 ≥ 40% 的项目数为 2，每项扣 0.1 分，得 0.8 分，扣 0.2 分",
    );
    expect(ws.getCell("I3").value).toBeNull();
  });

  it("writes a 评分结果 sheet: total, grade, subtotals, deductions by points lost, findings", async () => {
    const wb = await fillAndCompare(await seedWorkbook());
    const rows = wb
      .getWorksheet("评分结果")!
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[2]).toEqual(["总分", 91.75, "等级", "优"]);
    const at = (title: string) => rows.findIndex((r) => r[0] === title);
    expect(rows.slice(at("一级指标得分") + 2, at("一级指标得分") + 5)).toEqual([
      ["1", "部门决策", 20, 16.8, 3.2],
      ["2", "部门管理", 20, 18.74, 1.26],
      ["3", "部门绩效", 60, 56.21, 3.79],
    ]);
    expect(rows.slice(at("二级指标得分") + 2, at("二级指标得分") + 13).map((r) => r[0])).toEqual([
      "1.1",
      "1.2",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
    ]);
    const deductions = rows.slice(at("扣分明细（按扣分多少排列）") + 2, at("检查结果") - 1);
    expect(deductions.map((r) => [r[0], r[4]])).toEqual([
      ["1.1.1", 3.2], ["3.3.5", 2], ["2.4.2", 1], ["3.1.1", 1], ["3.2.1", 0.52], ["3.2.3", 0.27], ["2.1.1", 0.26],
    ]); // prettier-ignore
    expect(rows[at("检查结果") + 2]).toEqual(["（未发现问题）"]);
    expect(at("检查结果")).toBeGreaterThan(at("扣分明细（按扣分多少排列）")); // scored: the tables first
    // Review of #10, finding 10: the year as a year, not 2024.00; scores to two decimals.
    const sheet = wb.getWorksheet("评分结果")!;
    expect([sheet.getCell("C2").value, sheet.getCell("D2").value, sheet.getCell("D2").numFmt]).toEqual([
      "评价年度",
      2024,
      "0",
    ]);
    expect(sheet.getCell("B3").numFmt).toBe("0.00");
  });

  it("records every replaced cell in 评分记录, and a second fill replaces nothing", async () => {
    const wb = await fillAndCompare(await seedWorkbook());
    const record = wb.getWorksheet("评分记录")!;
    expect(record.getRow(1).values).toEqual([undefined, "批次", "工作表", "单元格", "原值", "原公式", "新值", "状态"]);
    expect(record.getRow(2).values).toEqual([
      undefined,
      "2026-11-27 10:00:00",
      "指标体系",
      "H2",
      undefined,
      undefined,
      4.8,
      "已评分",
    ]);
    expect(record.rowCount).toBe(1 + 28 + 7); // 27 scores and the total; 7 reasons for the indicators that lost points
    const { plan } = await fill(wb, "2026-11-27 11:00:00");
    expect(plan.writes).toEqual([]);
  });

  it("keeps a hand-entered score that differs, in 评分记录, and says so", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    const { plan, wb: filled } = await fill(wb);
    expect(plan.overwrites).toEqual([
      {
        code: "1.1.1",
        name: "预算编制合理性",
        cell: "指标体系!H2",
        ref: { sheet: "指标体系", row: 1, col: 7 },
        old: 4.8,
        value: 6.3,
      },
    ]);
    const record = filled.getWorksheet("评分记录")!;
    expect(record.getRow(2).values).toEqual([
      undefined,
      "2026-11-27 10:00:00",
      "指标体系",
      "H2",
      4.8,
      undefined,
      6.3,
      "已评分",
    ]);
  });
});

describe("fill writes nothing but its own cells, whatever was done to the workbook", () => {
  it("the blank template", async () => {
    const wb = await fillAndCompare(await buildTemplate());
    expect(wb.getWorksheet("评分结果")!.getCell("B3").value).toBe("未能评分（见检查结果）");
    // No score: 检查结果 comes right under the headline (review of #10, finding 10), before the empty tables.
    const column = wb.getWorksheet("评分结果")!.getColumn(1).values.slice(1);
    expect(column.slice(4, 8)).toEqual([undefined, "检查结果", "级别", "错误"]);
    expect(column.indexOf("检查结果")).toBeLessThan(column.indexOf("一级指标得分"));
  });

  it("rows moved in 基础数据 and 效果性, and two 三级 rows swapped in 指标体系", async () => {
    const wb = await seedWorkbook();
    const inputs = wb.getWorksheet("基础数据")!;
    const rows = Array.from({ length: 72 }, (_, k) => inputs.getRow(k + 2).values);
    rows.reverse().forEach((values, k) => void (inputs.getRow(k + 2).values = values));
    const effect = wb.getWorksheet("效果性")!;
    const [a, b] = [effect.getRow(2).values, effect.getRow(8).values];
    effect.getRow(2).values = b;
    effect.getRow(8).values = a;
    const table = wb.getWorksheet("指标体系")!;
    for (const col of ["C", "D", "E", "F", "G"]) {
      const [x, y] = [table.getCell(`${col}4`).value, table.getCell(`${col}6`).value];
      table.getCell(`${col}4`).value = y;
      table.getCell(`${col}6`).value = x;
    }
    const after = await fillAndCompare(wb);
    expectSeedScores(after);
    expect(after.getWorksheet("指标体系")!.getCell("H4").value).toBe(2); // 1.2.3 now sits in row 4
  });

  it("columns swapped: 代码 and 值 in 基础数据, 得分 and 扣分原因 in 指标体系", async () => {
    const wb = await seedWorkbook();
    for (const [sheet, x, y] of [["基础数据", "A", "D"], ["指标体系", "H", "I"]]) {
      const ws = wb.getWorksheet(sheet)!;
      ws.eachRow((row) => {
        const [cx, cy] = [row.getCell(x), row.getCell(y)];
        const [vx, fx, vy, fy] = [cx.value, cx.numFmt, cy.value, cy.numFmt];
        [cx.value, cx.numFmt, cy.value, cy.numFmt] = [vy, fy, vx, fx];
      });
    } // prettier-ignore
    const after = await fillAndCompare(wb);
    expect(after.getWorksheet("指标体系")!.getCell("I2").value).toBe(4.8);
    expectSeedScores(after);
  });

  it("sheets renamed", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("基础数据")!.name = "部门数据";
    wb.getWorksheet("指标体系")!.name = "自评表";
    const after = await fillAndCompare(wb);
    expect(after.getWorksheet("自评表")!.getCell("H2").value).toBe(4.8);
    expectSeedScores(after);
  });

  it("the 代码 column deleted from 基础数据 and from 指标体系", async () => {
    const wb = await seedWorkbook();
    deleteColumn(wb.getWorksheet("基础数据")!, 1);
    deleteColumn(wb.getWorksheet("指标体系")!, 4);
    const after = await fillAndCompare(wb);
    expect(after.getWorksheet("指标体系")!.getCell("G2").value).toBe(4.8);
    expectSeedScores(after);
  });

  it("numbers typed as text", async () => {
    const wb = await seedWorkbook();
    const inputs = wb.getWorksheet("基础数据")!;
    inputs.getCell("D5").value = "４,５０２.０３万元";
    inputs.getCell("D61").value = "35.48%";
    inputs.getCell("D73").value = "96%";
    const after = await fillAndCompare(wb);
    expectSeedScores(after);
    const result = after.getWorksheet("评分结果")!.getSheetValues().flat();
    expect(result).toContain("“一上”申报数以文本形式填写（“４,５０２.０３万元”），已按 4502.03 读取");
  });

  it("merged cells in 效果性, and extra rows and a title above the table in 基础数据", async () => {
    const wb = await seedWorkbook();
    const effect = wb.getWorksheet("效果性")!;
    for (const r of [4, 5]) for (const c of ["A", "B"]) effect.getCell(`${c}${r}`).value = null;
    effect.mergeCells("A3:A5");
    effect.mergeCells("B3:B5");
    const inputs = wb.getWorksheet("基础数据")!;
    inputs.spliceRows(1, 0, ["大鹏新区部门整体绩效评价基础数据（2024）"], []);
    inputs.spliceRows(20, 0, [], ["以下为目标设置"], []);
    inputs.addRow([null, "备注：数据来源于 2024 年决算报表"]);
    const after = await fillAndCompare(wb);
    expectSeedScores(after);
  });
});

describe("a later fill", () => {
  it("clears a score the inputs no longer give, and the 总计, rather than leave the last fill's numbers", async () => {
    const { wb } = await fill(await seedWorkbook(), "第一次");
    wb.getWorksheet("基础数据")!.getCell("D5").value = "四千五";
    const { check, plan, wb: second } = await fill(wb, "第二次");
    expect(check.result.total).toBeNull();
    const table = second.getWorksheet("指标体系")!;
    expect([table.getCell("H2").value, table.getCell("H31").value, table.getCell("H3").value]).toEqual([null, null, 3]);
    expect(String(table.getCell("I2").value)).toMatch(/^无法评分：请先更正“一上”申报数/);
    // The cleared values were PERF's own from the first fill: nothing to ask about.
    expect(plan.overwrites).toEqual([]);
  });

  it("updates PERF's own earlier scores without asking, but asks about a hand-entered one and a hand-entered 总计", async () => {
    const { wb } = await fill(await seedWorkbook(), "第一次");
    const table = wb.getWorksheet("指标体系")!;
    table.getCell("H3").value = 2.5;
    table.getCell("H31").value = 95;
    table.getCell("H4").value = "3"; // the right score, typed as text: not a question
    wb.getWorksheet("基础数据")!.getCell("D73").value = 0.85;
    const { check, plan } = await fill(wb, "第二次");
    expect(plan.overwrites.map((o) => [o.cell, o.old, o.value])).toEqual([
      ["指标体系!H3", 2.5, 3],
      ["指标体系!H31", 95, 87.75],
    ]);
    expect(check.findings.filter((f) => f.kind === "score-differs").map((f) => f.cell)).toEqual(["指标体系!H3"]);
  });
});

describe("undo gives back what the last fill replaced", () => {
  it("restores hand-entered scores, formulas included, and marks the batch undone", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
    const table = wb.getWorksheet("指标体系")!;
    table.getCell("H2").value = 4.8;
    table.getCell("H3").value = { formula: "1+2", result: 3 };
    const before = cells(await reopen(wb));
    const { wb: filled } = await fill(wb);
    expect(planUndo(snapshotOf(filled)).batch).toBe("2026-11-27 10:00:00");
    const { plan, wb: undone } = await undo(filled);
    expect(plan.batch).toBe("2026-11-27 10:00:00");
    expect(plan.skipped).toEqual([]);
    const now = cells(undone);
    for (const [key, state] of before) expect([key, now.get(key)?.value]).toEqual([key, state.value]);
    expect(undone.getWorksheet("指标体系")!.getCell("H3").value).toEqual({ formula: "1+2", result: 3 });
    expect(undone.getWorksheet("评分记录")!.getCell("G2").value).toBe("已撤销");
    expect(planUndo(snapshotOf(undone)).batch).toBeUndefined();
  });

  it("leaves alone, and reports, a cell changed by hand after the fill", async () => {
    const { wb } = await fill(await seedWorkbook());
    wb.getWorksheet("指标体系")!.getCell("H2").value = 5;
    const plan = planUndo(snapshotOf(wb));
    expect(plan.writes.map((w) => w.cell)).not.toContain("指标体系!H2");
    expect(plan.skipped.map((f) => [f.cell, f.message])).toEqual([
      ["指标体系!H2", "在评分后被修改过，未还原（评分前为 空白）"],
    ]);
    // Marked 已跳过, so the next undo goes on to the fill before instead of repeating this one.
    expect(plan.writes.find((w) => w.ref.sheet === "评分记录" && w.ref.row === 1)?.value).toBe("已跳过");
    const { wb: undone } = await undo(wb);
    expect(undone.getWorksheet("指标体系")!.getCell("H2").value).toBe(5);
    expect(planUndo(snapshotOf(undone)).batch).toBeUndefined();
  });

  it("undoes only the last batch", async () => {
    const { wb } = await fill(await seedWorkbook(), "第一次");
    wb.getWorksheet("基础数据")!.getCell("D73").value = 0.85;
    const { wb: twice } = await fill(wb, "第二次");
    const plan = planUndo(snapshotOf(twice));
    expect(plan.batch).toBe("第二次");
    expect(plan.writes.filter((w) => w.ref.sheet === "指标体系").map((w) => [w.cell, w.value])).toEqual([
      ["指标体系!H30", 6],
      ["指标体系!I30", null],
      ["指标体系!H31", 91.75],
    ]);
  });
});
