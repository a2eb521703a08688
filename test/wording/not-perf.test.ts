import ExcelJS from "exceljs";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkWorkbook,
  FRAMEWORK_SHEET,
  hasPerfTables,
  NOT_A_PERF_WORKBOOK,
  NOT_A_PERF_WORKBOOK_CLI,
  notFilledCli,
  notFilledMessage,
  planFill,
} from "../../src/workbook";
import { displayWidth } from "../../src/cli/width";
import { snapshotOf } from "../../src/xlsx";
import { perfScore } from "../helpers/cli";
import { dapeng2024 } from "../helpers/frameworks";
import { deleteColumn, loadXlsx, seedWorkbook, selfEvaluation, TEMPLATE_PATH } from "../helpers/xlsx";

/*
 * A blank or unrelated workbook holds none of PERF's tables: one decision (src/workbook/state.ts) for the pane and
 * perf-score, one finding instead of a cascade of 74, and nothing written.
 */

const dir = mkdtempSync(join(tmpdir(), "perf-notperf-"));

function unrelated(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("预算明细");
  ws.getRow(1).values = ["项目", "值"]; // someone's own 项目/值 table is not PERF's 基础数据
  ws.getRow(2).values = ["房租", 12];
  ws.getRow(3).values = ["水电", 3.5];
  return wb;
}

describe("a workbook without PERF's tables", () => {
  it("is one finding, not one per missing table and input", () => {
    const check = checkWorkbook(snapshotOf(unrelated()));
    expect(check.findings).toEqual([{ severity: "error", kind: "not-perf", message: NOT_A_PERF_WORKBOOK }]);
    expect(check.result.total).toBeNull();
  });

  it("blank, or with only someone's own 项目 and 值, is not PERF's; the template and a filled one are", async () => {
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet("Sheet1");
    expect(hasPerfTables(snapshotOf(blank), dapeng2024)).toBe(false);
    expect(hasPerfTables(snapshotOf(unrelated()), dapeng2024)).toBe(false);
    expect(hasPerfTables(snapshotOf(await loadXlsx(TEMPLATE_PATH)), dapeng2024)).toBe(true);
    const partial = await seedWorkbook();
    for (const name of ["说明", "效果性", "指标体系", FRAMEWORK_SHEET])
      partial.removeWorksheet(partial.getWorksheet(name)!.id);
    expect(hasPerfTables(snapshotOf(partial), dapeng2024)).toBe(true); // 基础数据 alone is PERF's: its rows are the framework's
  });

  it("a department's own 项目绩效自评表 is not PERF's, though its headers are PERF's words", async () => {
    const wb = selfEvaluation();
    expect(hasPerfTables(snapshotOf(wb), dapeng2024)).toBe(false);
    const check = checkWorkbook(snapshotOf(wb));
    expect(check.findings).toEqual([{ severity: "error", kind: "not-perf", message: NOT_A_PERF_WORKBOOK }]);
    expect(check.tables.framework).toBeUndefined();
    // With a 完成程度 column it looks like a 效果性 table as well: still not PERF's.
    wb.getWorksheet("项目绩效自评表")!.getCell("F1").value = "完成程度";
    expect(hasPerfTables(snapshotOf(wb), dapeng2024)).toBe(false);
  });

  it("beside PERF's own tables, the 项目绩效自评表 is never taken for 指标体系, even ahead of a renamed one", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.name = "自评";
    const own = selfEvaluation().getWorksheet("项目绩效自评表")!;
    const ws = wb.addWorksheet("项目绩效自评表");
    own.eachRow((row, r) => void (ws.getRow(r).values = row.values));
    (ws as unknown as { orderNo: number }).orderNo = -1; // the first sheet of the workbook
    expect(snapshotOf(wb).sheets[0].name).toBe("项目绩效自评表");
    const check = checkWorkbook(snapshotOf(wb));
    expect(check.tables.framework?.sheet.name).toBe("自评");
    expect(check.result.total?.toString()).toBe("91.75");
  });

  it("every PERF workbook variant stays PERF's: renamed sheets, moved and deleted columns, merges, title rows", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("基础数据")!.name = "部门数据";
    wb.getWorksheet("指标体系")!.name = "自评表";
    deleteColumn(wb.getWorksheet("部门数据")!, 1); // inputs matched by their 项目 labels
    deleteColumn(wb.getWorksheet("自评表")!, 4); // indicators matched by their names
    const inputs = wb.getWorksheet("部门数据")!;
    inputs.spliceRows(1, 0, ["大鹏新区部门整体绩效评价基础数据（2024）"], []);
    inputs.eachRow((row) => {
      const [a, c] = [row.getCell(1), row.getCell(3)];
      [a.value, c.value] = [c.value, a.value]; // 项目 and 值 swapped
    });
    const effect = wb.getWorksheet("效果性")!;
    for (const r of [4, 5]) for (const c of ["A", "B"]) effect.getCell(`${c}${r}`).value = null;
    effect.mergeCells("A3:A5");
    const snapshot = snapshotOf(wb);
    expect(hasPerfTables(snapshot, dapeng2024)).toBe(true);
    const check = checkWorkbook(snapshot);
    expect(check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.result.total?.toString()).toBe("91.75");
    // Each table alone is enough: a workbook left with only 基础数据, only 指标体系, or only a filled 效果性.
    for (const keep of ["部门数据", "自评表", "效果性"]) {
      const one = await seedWorkbook();
      const names = { 部门数据: "基础数据", 自评表: "指标体系", 效果性: "效果性" } as Record<string, string>;
      for (const ws of [...one.worksheets]) if (ws.name !== names[keep]) one.removeWorksheet(ws.id);
      expect([keep, hasPerfTables(snapshotOf(one), dapeng2024)]).toEqual([keep, true]);
    }
  });

  it("perf-score fill refuses it with exit 1, in the pane's words, and writes no file", async () => {
    const input = join(dir, "unrelated.xlsx");
    await unrelated().xlsx.writeFile(input);
    const output = join(dir, "out.xlsx");
    const r = await perfScore(["fill", input, "-o", output]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`perf-score：${NOT_A_PERF_WORKBOOK}${NOT_A_PERF_WORKBOOK_CLI}\n`);
    expect(existsSync(output)).toBe(false);
  });

  it("score, export and undo refuse it as fill does: exit 1, the same words, nothing written (finding 7)", async () => {
    const workbooks: [string, ExcelJS.Workbook][] = [
      ["unrelated", unrelated()],
      ["self-evaluation", selfEvaluation()],
    ];
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet("Sheet1").getCell("A1").value = "x";
    workbooks.push(["blank", blank]);
    for (const [name, wb] of workbooks) {
      const input = join(dir, `${name}.xlsx`);
      await wb.xlsx.writeFile(input);
      for (const command of [
        ["score", input],
        ["score", input, "--json"],
        ["fill", input, "-o", join(dir, `${name}-filled.xlsx`)],
        ["export", input, "-o", join(dir, `${name}.json`)],
        ["export", input],
        ["undo", input, "-o", join(dir, `${name}-undone.xlsx`)],
      ]) {
        const r = await perfScore(command);
        expect([name, ...command.slice(0, 1), r.code, r.stdout, r.stderr]).toEqual([
          name,
          command[0],
          1,
          "",
          `perf-score：${NOT_A_PERF_WORKBOOK}${NOT_A_PERF_WORKBOOK_CLI}\n`,
        ]);
      }
      for (const written of ["-filled.xlsx", ".json", "-undone.xlsx"])
        expect(existsSync(join(dir, `${name}${written}`))).toBe(false);
    }
  });

  it("on an 80-column terminal the refusal is wrapped by display width, not left 120 columns wide (finding 9)", async () => {
    const input = join(dir, "self-80.xlsx");
    await selfEvaluation().xlsx.writeFile(input);
    const r = await perfScore(["fill", input, "-o", join(dir, "self-80-out.xlsx")], "", 80, 80);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => displayWidth(l) <= 80)).toBe(true);
    expect(lines.join("").replace(/ {2}/g, "")).toBe(`perf-score：${NOT_A_PERF_WORKBOOK}${NOT_A_PERF_WORKBOOK_CLI}`);
  });
});

describe("a template nobody has filled (finding 2)", () => {
  it("score, fill and export say 模板尚未填写 with what to do, exit 1, and write nothing", async () => {
    const framework = dapeng2024;
    const words = `perf-score：${notFilledMessage(framework)}${notFilledCli(framework)}\n`;
    for (const command of [
      ["score", TEMPLATE_PATH],
      ["fill", TEMPLATE_PATH, "-o", join(dir, "template-filled.xlsx")],
      ["export", TEMPLATE_PATH, "-o", join(dir, "template.json")],
    ]) {
      const r = await perfScore(command);
      expect([command[0], r.code, r.stdout, r.stderr]).toEqual([command[0], 1, "", words]);
    }
    expect(existsSync(join(dir, "template-filled.xlsx"))).toBe(false);
    expect(existsSync(join(dir, "template.json"))).toBe(false);
  });
});

describe("a PERF workbook missing one table", () => {
  it("says so once, with what to do, and lists no input it therefore lacks", async () => {
    const wb = await seedWorkbook();
    wb.removeWorksheet(wb.getWorksheet("基础数据")!.id);
    const check = checkWorkbook(snapshotOf(wb));
    const errors = check.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.kind)).toEqual(["table-missing"]);
    expect(errors[0].message).toMatch(/^找不到“基础数据”表：.*请从模板复制“基础数据”表/);
    expect(check.findings.filter((f) => f.kind === "input-row-missing")).toEqual([]);
    // Still a PERF workbook: the fill goes ahead with what it can score (nothing here) and clears the rest.
    expect(planFill(check, "2026-11-27 10:00:00").writes.length).toBeGreaterThan(0);
  });
});
