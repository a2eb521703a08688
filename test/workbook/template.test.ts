import { commonIndicators } from "../../src/scoring";
import { frameworkTexts } from "../../src/scoring/frameworks/texts";
import { FRAMEWORK_SHEET } from "../../src/workbook";
import { dapeng2024 } from "../helpers/frameworks";
import { checkWorkbook, SHEETS } from "../../src/workbook";
import { buildTemplate, snapshotOf } from "../../src/xlsx";
import { cells, loadXlsx, reopen, structure, TEMPLATE_PATH } from "../helpers/xlsx";

describe("assets/template.xlsx", () => {
  it("is what `npm run build:template` generates from the framework (cell contents, formats, structure)", async () => {
    const committed = await loadXlsx(TEMPLATE_PATH);
    const fresh = await reopen(await buildTemplate());
    expect(committed.worksheets.map((w) => w.name)).toEqual(fresh.worksheets.map((w) => w.name));
    expect([...cells(committed)]).toEqual([...cells(fresh)]);
    expect(structure(committed)).toEqual(structure(fresh));
  });

  it("has the sheets 说明, 基础数据, 效果性, 指标体系 and 运行监控, and its framework on a very hidden sheet", async () => {
    const wb = await loadXlsx(TEMPLATE_PATH);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SHEETS.guide,
      SHEETS.inputs,
      SHEETS.effect,
      SHEETS.framework,
      SHEETS.monitor,
      FRAMEWORK_SHEET,
    ]);
    expect(wb.worksheets.map((w) => w.state)).toEqual([
      "visible",
      "visible",
      "visible",
      "visible",
      "visible",
      "veryHidden",
    ]);
  });

  it("lists every input of spec §3 in 基础数据, with its type and an unlocked, validated value cell", async () => {
    const wb = await loadXlsx(TEMPLATE_PATH);
    const ws = wb.getWorksheet(SHEETS.inputs)!;
    expect(ws.getRow(1).values).toEqual([undefined, "代码", "项目", "类型/单位", "值", "指标", "说明"]);
    dapeng2024.inputs.forEach((def, k) => {
      const row = ws.getRow(k + 2);
      expect([row.getCell(1).value, row.getCell(2).value]).toEqual([def.id, def.label]);
      const value = row.getCell(4);
      expect(value.protection?.locked).toBe(false);
      expect(value.dataValidation).toBeDefined();
    });
    expect(ws.rowCount).toBe(dapeng2024.inputs.length + 1);
  });

  it("formats money with two decimals and rates as percentages, and gives drop-downs to judgments, flags and enumerations", async () => {
    const wb = await loadXlsx(TEMPLATE_PATH);
    const ws = wb.getWorksheet(SHEETS.inputs)!;
    const rowOf = (id: string) => ws.getRow(dapeng2024.inputs.findIndex((d) => d.id === id) + 2).getCell(4);
    expect(rowOf("yishang").numFmt).toBe("#,##0.00");
    expect(rowOf("satisfaction").numFmt).toBe("0.00%");
    expect(rowOf("secondary_projects").numFmt).toBe("0");
    expect(rowOf("budget_disclosure").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"合规,不完全合规,未公开"'],
    });
    expect(rowOf("serious_violation").dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    expect(rowOf("priority_allocation").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"0.5,0.4,0.3,0.2,0.1,0"'],
    });
    expect(rowOf("yishang").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
  });

  it("lists every indicator of spec §1 in 指标体系 with its points, 指标说明 and 参考评分标准, merged 一级/二级 cells and a 总计 row", async () => {
    const wb = await loadXlsx(TEMPLATE_PATH);
    const ws = wb.getWorksheet(SHEETS.framework)!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "一级指标",
      "二级指标",
      "三级指标",
      "代码",
      "分值",
      "指标说明",
      "参考评分标准",
      "得分",
      "扣分原因",
    ]);
    const codes = new Map<string, number>();
    ws.eachRow((row, r) => {
      if (typeof row.getCell(4).value === "string") codes.set(row.getCell(4).value as string, r);
    });
    for (const def of commonIndicators(dapeng2024)) {
      const row = ws.getRow(codes.get(def.code)!);
      expect([row.getCell(3).value, row.getCell(5).value, row.getCell(7).value]).toEqual([
        def.name,
        Number(def.points),
        frameworkTexts(dapeng2024)[def.code].criteria,
      ]);
    }
    expect(ws.getCell("A2").value).toBe("部门决策（20分）");
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A2:A6", "B2:B3", "B4:B6"]));
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(1).value).toBe("总计");
    expect(last.getCell(5).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(E2:E\d+\)$/) });
  });

  it("is protected without a password; only input and score cells are unlocked", async () => {
    const wb = await loadXlsx(TEMPLATE_PATH);
    for (const ws of wb.worksheets) {
      const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(protection).toMatchObject({ sheet: true });
      expect(protection.algorithmName).toBeUndefined();
    }
    const fw = wb.getWorksheet(SHEETS.framework)!;
    expect(fw.getCell("C2").protection?.locked).not.toBe(false); // 1.1.1's name: part of the framework
    expect(fw.getCell("H2").protection?.locked).toBe(false); // its 得分: written by the add-in
  });

  it("checks as a blank template should: one finding, 模板尚未填写, with what to do (review of #10, finding 2)", async () => {
    // It was 74 findings: an error per blank input, and three sums on protected framework cells that only the
    // missing 效果性 block upset.
    const check = checkWorkbook(snapshotOf(await loadXlsx(TEMPLATE_PATH)));
    expect(check.findings).toEqual([
      {
        severity: "error",
        kind: "not-filled",
        message:
          "模板尚未填写：“基础数据”表的“值”列都还空着，“效果性”表也还没有本部门的效果性指标，无法评分，工作簿未作任何改动。",
      },
    ]);
    expect(check.result.total).toBeNull();
  });

  it("begun but without its 效果性 block: the blank inputs and the block, no sum on a protected framework cell", async () => {
    const wb = await loadXlsx(TEMPLATE_PATH);
    wb.getWorksheet(SHEETS.inputs)!.getCell("D5").value = 4502.03; // one input filled
    const check = checkWorkbook(snapshotOf(wb));
    const kinds = new Set(check.findings.map((f) => f.kind));
    expect(kinds).toEqual(new Set(["input-blank", "input", "effect"]));
    expect(check.findings.filter((f) => f.kind === "input-blank")).toHaveLength(dapeng2024.inputs.length - 3); // less the two defaults and 一上
    expect(check.findings.filter((f) => f.kind === "effect").map((f) => f.cell)).toEqual(["效果性!A1"]);
    expect(check.findings.filter((f) => f.cell?.startsWith(SHEETS.framework))).toEqual([]);
  });
});
