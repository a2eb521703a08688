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
  planFill,
} from "../../src/workbook";
import { snapshotOf } from "../../src/xlsx";
import { perfScore } from "../helpers/cli";
import { dapeng2024 } from "../helpers/frameworks";
import { loadXlsx, seedWorkbook, TEMPLATE_PATH } from "../helpers/xlsx";

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

  it("perf-score fill refuses it with exit 1, in the pane's words, and writes no file", async () => {
    const input = join(dir, "unrelated.xlsx");
    await unrelated().xlsx.writeFile(input);
    const output = join(dir, "out.xlsx");
    const r = await perfScore(["fill", input, "-o", output]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`perf-score：${NOT_A_PERF_WORKBOOK}\n${NOT_A_PERF_WORKBOOK_CLI}\n`);
    expect(existsSync(output)).toBe(false);
  });

  it("perf-score score says it once", async () => {
    const input = join(dir, "blank.xlsx");
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet("Sheet1").getCell("A1").value = "x";
    await blank.xlsx.writeFile(input);
    const r = await perfScore(["score", input]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("问题清单（1 条）");
    expect(r.stdout).toContain(`[错误] ${NOT_A_PERF_WORKBOOK}`);
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
