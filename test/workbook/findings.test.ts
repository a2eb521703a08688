import type ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/workbook";
import { fill, readCells, bufferOf, seedWorkbook } from "../helpers/xlsx";

const findingsOf = async (wb: ExcelJS.Workbook) =>
  checkWorkbook(await readCells(await bufferOf(wb))).findings.map((f) => ({
    severity: f.severity,
    kind: f.kind,
    cell: f.cell,
    message: f.message,
  }));

describe("merged 得分 and 扣分原因 cells stop the fill for their rows", () => {
  it("H2:H3 (1.1.1's and 1.1.2's scores in one cell): an error, and neither row is written", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.mergeCells("H2:H3");
    const { check, plan, wb: after } = await fill(wb);
    expect(check.findings.filter((f) => f.kind === "merged-cell")).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: "指标体系!H2",
        message:
          "H2:H3 是合并单元格，其中有1.1.1 的得分、1.1.2 的得分，无法分别写入：这些单元格未写入，请取消合并后再评分",
      }),
    ]);
    expect(plan.writes.map((w) => w.cell).filter((c) => /!(H|I)[23]$/.test(c))).toEqual([]);
    const table = after.getWorksheet("指标体系")!;
    expect([table.getCell("H2").value, table.getCell("H3").value, table.getCell("H4").value]).toEqual([null, null, 3]);
  });

  it("H2:I2 (a score and its reasons in one cell): an error, the score cell never gets the reason text", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.mergeCells("H2:I2");
    const { check, wb: after } = await fill(wb);
    expect(check.findings.find((f) => f.kind === "merged-cell")?.message).toBe(
      "H2:I2 是合并单元格，其中有1.1.1 的得分、1.1.1 的扣分原因，无法分别写入：这些单元格未写入，请取消合并后再评分",
    );
    expect(after.getWorksheet("指标体系")!.getCell("H2").value).toBeNull();
  });

  it("扣分原因 merged with a column PERF does not write (I2:J2) is only a wider cell: written as usual", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.mergeCells("I2:J2");
    const { check, wb: after } = await fill(wb);
    expect(check.findings).toEqual([]);
    expect(String(after.getWorksheet("指标体系")!.getCell("I2").value)).toContain("财政核减率");
  });
});

describe("a score typed where no indicator is", () => {
  it("is a finding; after the fill, the 得分 column no longer adding up to 总计 is one too", async () => {
    const wb = await seedWorkbook();
    const table = wb.getWorksheet("指标体系")!;
    let empty = 0;
    for (let r = 2; r <= 30 && !empty; r++)
      if (!table.getCell(`C${r}`).value && !table.getCell(`D${r}`).value) empty = r;
    expect(empty).toBeGreaterThan(0);
    table.getCell(`H${empty}`).value = 5;
    const { check, wb: after } = await fill(wb);
    const stray = {
      severity: "warning",
      kind: "score-stray",
      cell: `指标体系!H${empty}`,
      message: `第 ${empty} 行不是三级指标，却填了得分 5：它不计入总分，请删去，或在这一行填上指标的代码、名称和分值`,
    };
    expect(
      check.findings.map((f) => ({ severity: f.severity, kind: f.kind, cell: f.cell, message: f.message })),
    ).toEqual([stray]);
    expect(check.result.total?.toNumber()).toBe(91.75);
    expect(await findingsOf(after)).toEqual([
      stray,
      {
        severity: "warning",
        kind: "score-sum",
        cell: "指标体系!H31",
        message: "得分列各行合计 96.75 分，与总计 91.75 分不符",
      },
    ]);
  });
});

describe("what was silent before", () => {
  it("a date in a money cell is an error on its cell, never a serial number", async () => {
    const wb = await seedWorkbook();
    const cell = wb.getWorksheet("基础数据")!.getCell("D5");
    cell.value = new Date(Date.UTC(2024, 0, 1));
    cell.numFmt = "yyyy-mm-dd";
    const check = checkWorkbook(await readCells(await bufferOf(wb)));
    expect(check.findings.find((f) => f.cell === "基础数据!D5")).toMatchObject({
      severity: "error",
      subject: "yishang",
    });
    expect(check.findings.find((f) => f.cell === "基础数据!D5")?.message).toContain("2024-01-01");
    expect(check.result.total).toBeNull();
  });

  it("a date, or nothing, in 说明's year cell is a warning naming the cell", async () => {
    const wb = await seedWorkbook();
    const year = wb.getWorksheet("说明")!.getCell("B4");
    year.value = new Date(Date.UTC(2024, 0, 1));
    year.numFmt = "yyyy/m/d";
    expect((await findingsOf(wb)).filter((f) => f.cell === "说明!B4")).toEqual([
      {
        severity: "warning",
        kind: "input",
        cell: "说明!B4",
        message: "评价年度应填四位数的年份（如 2024），这里填的是日期“2024-01-01”，未能读出年度",
      },
    ]);
    year.value = null;
    expect((await findingsOf(wb)).filter((f) => f.cell === "说明!B4").map((f) => f.message)).toEqual([
      "未填写评价年度",
    ]);
  });
});
