import type ExcelJS from "exceljs";
import { checkWorkbook, type Finding } from "../../src/workbook";
import { snapshotOf } from "../../src/xlsx";
import { deleteColumn, seedWorkbook } from "../helpers/xlsx";

/** Findings as a person reads them: the cell's address, not its 0-based reference. */
function withoutRef(f: Finding): Omit<Finding, "ref"> {
  const copy = { ...f };
  delete copy.ref;
  return copy;
}

async function findingsAfter(
  change: (wb: ExcelJS.Workbook) => void,
  overrides: Record<string, unknown> = {},
): Promise<Omit<Finding, "ref">[]> {
  const wb = await seedWorkbook(overrides);
  change(wb);
  return checkWorkbook(snapshotOf(wb)).findings.map(withoutRef);
}

const inputs = (wb: ExcelJS.Workbook) => wb.getWorksheet("基础数据")!;
const table = (wb: ExcelJS.Workbook) => wb.getWorksheet("指标体系")!;

describe("checking a workbook: one test per kind of finding, with its message and cell", () => {
  it("the seed's workbook has no findings and scores 91.75", async () => {
    const wb = await seedWorkbook();
    const check = checkWorkbook(snapshotOf(wb));
    expect(check.findings).toEqual([]);
    expect(check.result.total?.toString()).toBe("91.75");
  });

  it("table-missing: a workbook without its 效果性 table", async () => {
    const findings = await findingsAfter((wb) => wb.removeWorksheet(wb.getWorksheet("效果性")!.id));
    expect(findings).toContainEqual({
      severity: "error",
      kind: "table-missing",
      message: "找不到“效果性”表：应有一行表头含“分值”和“达成度”。请从模板复制“效果性”表，或点击“插入模板”插入缺少的表",
    });
  });

  it("input: a value of the wrong type, at its 值 cell", async () => {
    const findings = await findingsAfter((wb) => void (inputs(wb).getCell("D5").value = "约四千五百万"));
    expect(findings).toEqual([
      {
        severity: "error",
        kind: "input",
        subject: "yishang",
        cell: "基础数据!D5",
        message: "“一上”申报数应为金额（万元），收到文本“约四千五百万”",
      },
    ]);
  });

  it("input: a percentage typed as 96, at its 值 cell", async () => {
    const findings = await findingsAfter((wb) => void (inputs(wb).getCell("D73").value = 96));
    expect(findings).toEqual([
      {
        severity: "error",
        kind: "input",
        subject: "satisfaction",
        cell: "基础数据!D73",
        message: "公众或服务对象满意度为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%",
      },
    ]);
  });

  it("input: a number typed as text is read, with a warning", async () => {
    const findings = await findingsAfter((wb) => void (inputs(wb).getCell("D5").value = "４,５０２.０３万元"));
    expect(findings).toEqual([
      {
        severity: "warning",
        kind: "input",
        subject: "yishang",
        cell: "基础数据!D5",
        message: "“一上”申报数以文本形式填写（“４,５０２.０３万元”），已按 4502.03 读取",
      },
    ]);
  });

  it("input-unknown: a mistyped 代码 is recognised by its 项目", async () => {
    const findings = await findingsAfter((wb) => void (inputs(wb).getCell("A5").value = "yishan"));
    expect(findings).toEqual([
      {
        severity: "warning",
        kind: "input-unknown",
        subject: "yishan",
        cell: "基础数据!A5",
        message: "代码“yishan”不是输入项代码，已按项目名称识别为“一上”申报数",
      },
    ]);
  });

  it("input-unknown: an extra row with an unknown code is ignored, with the nearest code suggested", async () => {
    const findings = await findingsAfter(
      (wb) => void (inputs(wb).getRow(80).values = ["satisfation", "满意度（复核）", null, 0.97]),
    );
    expect(findings).toEqual([
      {
        severity: "warning",
        kind: "input-unknown",
        subject: "satisfation",
        cell: "基础数据!A80",
        message: "未知的输入项“satisfation”，已忽略；是否应为公众或服务对象满意度？",
      },
    ]);
  });

  it("input-duplicate: the same input twice with different values", async () => {
    const findings = await findingsAfter(
      (wb) => void (inputs(wb).getRow(80).values = ["satisfaction", "公众或服务对象满意度", null, 0.9]),
    );
    expect(findings).toEqual([
      {
        severity: "error",
        kind: "input-duplicate",
        subject: "satisfaction",
        cell: "基础数据!D80",
        message: "公众或服务对象满意度重复出现（另见第 73 行），两处的值不同，已使用第一处；请删去多余的一行",
      },
    ]);
  });

  it("input-row-missing: a deleted input row", async () => {
    const findings = await findingsAfter((wb) => inputs(wb).spliceRows(5, 1));
    expect(findings).toContainEqual({
      severity: "error",
      kind: "input-row-missing",
      subject: "yishang",
      cell: "基础数据!A1",
      message: "“基础数据”表中没有“一上”申报数这一行",
    });
  });

  it("input-blank: an empty value cell", async () => {
    const findings = await findingsAfter((wb) => void (inputs(wb).getCell("D5").value = null));
    expect(findings).toEqual([
      {
        severity: "error",
        kind: "input-blank",
        subject: "yishang",
        cell: "基础数据!D5",
        message: "缺少“一上”申报数",
      },
    ]);
  });

  it("indicator-missing: a 三级 row emptied from 指标体系", async () => {
    const findings = await findingsAfter((wb) => {
      table(wb).getCell("C12").value = null;
      table(wb).getCell("D12").value = null;
      table(wb).getCell("E12").value = null;
    });
    expect(findings).toContainEqual({
      severity: "error",
      kind: "indicator-missing",
      subject: "2.3.1",
      cell: "指标体系!D1",
      message: "“指标体系”表缺少三级指标 2.3.1 固定资产账实相符，其得分无法写入该表",
    });
  });

  it("indicator-extra: a row that is not in the framework", async () => {
    const findings = await findingsAfter(
      (wb) => void (table(wb).getRow(26).values = [null, null, "自定义考核", "9.9.9", 0]),
    );
    expect(findings).toContainEqual({
      severity: "warning",
      kind: "indicator-extra",
      subject: "9.9.9",
      cell: "指标体系!D26",
      message: "9.9.9 不是本框架的三级指标",
    });
  });

  it("indicator-renamed: a name changed, the nearest framework name given", async () => {
    const findings = await findingsAfter((wb) => void (table(wb).getCell("C5").value = "绩效指标明确"));
    expect(findings).toEqual([
      {
        severity: "warning",
        kind: "indicator-renamed",
        subject: "1.2.2",
        cell: "指标体系!C5",
        message: "1.2.2 的名称为“绩效指标明确”，框架中为“绩效指标明确性”",
      },
    ]);
  });

  it("indicator-renamed: with the 代码 column deleted, a mistyped name is matched to the nearest", async () => {
    const wb = await seedWorkbook();
    deleteColumn(table(wb), 4);
    table(wb).getCell("C5").value = "绩效指标明确";
    const check = checkWorkbook(snapshotOf(wb));
    expect(check.rowOf.get("1.2.2")?.row).toBe(4);
    expect(check.findings.map(withoutRef)).toEqual([
      {
        severity: "warning",
        kind: "indicator-renamed",
        subject: "1.2.2",
        cell: "指标体系!C5",
        message: "1.2.2 的名称为“绩效指标明确”，框架中为“绩效指标明确性”",
      },
    ]);
  });

  it("points-changed and sum-mismatch: a 分值 changed, and the sums above it no longer reach 二级 and 100", async () => {
    const findings = await findingsAfter((wb) => void (table(wb).getCell("E12").value = 2));
    expect(findings).toEqual([
      {
        severity: "error",
        kind: "points-changed",
        subject: "2.3.1",
        cell: "指标体系!E12",
        message: "2.3.1 固定资产账实相符 的分值为2 分，框架规定为 1 分",
      },
      {
        severity: "error",
        kind: "sum-mismatch",
        subject: "2.3",
        cell: "指标体系!B12",
        message: "二级指标 资产管理（4 分）之下的三级指标分值合计 5 分，不等于 4 分",
      },
      {
        severity: "error",
        kind: "sum-mismatch",
        subject: "2",
        cell: "指标体系!A7",
        message: "一级指标 部门管理（20 分）之下的三级指标分值合计 21 分，不等于 20 分",
      },
      {
        severity: "error",
        kind: "sum-mismatch",
        cell: "指标体系!E31",
        message: "“指标体系”表三级指标分值合计 101 分，应为 100 分",
      },
    ]);
  });

  it("points-changed: a 二级 label whose points differ from the framework", async () => {
    const findings = await findingsAfter((wb) => void (table(wb).getCell("B2").value = "预算编制（12分）"));
    expect(findings).toContainEqual({
      severity: "error",
      kind: "points-changed",
      subject: "1.1",
      cell: "指标体系!B2",
      message: "二级指标 预算编制 标为 12 分，框架规定为 11 分",
    });
  });

  it("effect: an achievement above 100% in the 效果性 table", async () => {
    const findings = await findingsAfter((wb) => void (wb.getWorksheet("效果性")!.getCell("E3").value = 1.2));
    expect(findings).toEqual([
      {
        severity: "error",
        kind: "effect",
        subject: "3.3.2",
        cell: "效果性!A3",
        message: "3.3.2“做实“高效办成一件事””的达成度为 1.2，超出 0 至 100% 的范围；若指 1.2%，请填 0.012 或 1.2%",
      },
    ]);
  });

  it("effect: a 效果性 block that does not total 25", async () => {
    const findings = await findingsAfter((wb) => void (wb.getWorksheet("效果性")!.getCell("D2").value = 5));
    expect(findings).toContainEqual({
      severity: "error",
      kind: "effect",
      subject: "3.3",
      cell: "效果性!A1",
      message: "效果性个性指标分值合计为 22 分，应为 23 分（加项目推广 2 分，共 25 分）",
    });
  });

  it("score-differs: the seed's hand-entered 4.8 beside the first 一上/一下 pair, which gives 6.3", async () => {
    const findings = await findingsAfter((wb) => void (table(wb).getCell("H2").value = 4.8), {
      yishang: 4704.37,
      yixia: 3783.36,
    });
    expect(findings).toEqual([
      {
        severity: "warning",
        kind: "score-differs",
        subject: "1.1.1",
        cell: "指标体系!H2",
        message:
          "1.1.1 预算编制合理性的得分手工填为 4.8，按基础数据计算为 6.3；写入得分时以计算结果为准，原值记入“评分记录”表",
      },
    ]);
  });

  it("score-differs: a formula in a 得分 cell is named as one", async () => {
    const findings = await findingsAfter(
      (wb) => void (table(wb).getCell("H3").value = { formula: "2+0.5", result: 2.5 }),
    );
    expect(findings[0]).toMatchObject({
      kind: "score-differs",
      cell: "指标体系!H3",
      message: expect.stringContaining("的得分手工填为 公式 =2+0.5（结果 2.5）"),
    });
  });

  it("total-missing: a 指标体系 table without its 总计 row", async () => {
    const findings = await findingsAfter((wb) => void (table(wb).getCell("A31").value = null));
    expect(findings).toContainEqual({
      severity: "warning",
      kind: "total-missing",
      cell: "指标体系!A1",
      message: "“指标体系”表没有“总计”行，总分只写入“评分结果”表",
    });
  });

  it("input: a workbook without its department's name", async () => {
    const findings = await findingsAfter((wb) => void (wb.getWorksheet("说明")!.getCell("B3").value = null));
    expect(findings).toEqual([
      { severity: "warning", kind: "input", subject: "department", cell: "说明!B3", message: "未填写部门名称" },
    ]);
  });
});
