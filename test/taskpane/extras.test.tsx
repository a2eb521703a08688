import { screen } from "@testing-library/react";
import { officeHostFor, ALL_CAPABILITIES } from "../../src/taskpane/host";
import { checkWorkbook } from "../../src/workbook";
import { bufferOf, readCells, seedWorkbook } from "../helpers/xlsx";
import { TextDecoder } from "node:util";
import { cell, click, openPane, settled } from "./harness";

// perf-score's reader (for the comparison) decodes XML with TextDecoder, which jsdom lacks.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= TextDecoder;

/** The findings list as the pane shows it, one text per entry. */
const shownFindings = () => Array.from(screen.getByTestId("findings").querySelectorAll("li"), (li) => li.textContent);

describe("评分 finds merged 得分 cells and misdirected names, as perf-score does", () => {
  it("H2:H3 merged and a moved name: the pane lists perf-score's findings and leaves those rows unwritten", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.mergeCells("H2:H3");
    const model = wb.definedNames.model as { name: string; ranges: string[] }[];
    wb.definedNames.model = model.map((n) => (n.name === "yishang" ? { ...n, ranges: ["'基础数据'!$D$6"] } : n));
    const cli = checkWorkbook(await readCells(await bufferOf(wb))).findings;
    expect(cli.map((f) => f.kind).sort()).toEqual(["input-name", "merged-cell"]);
    const { excel } = await openPane(wb);
    await click("评分");
    await settled();
    const shown = shownFindings().join("\n");
    for (const f of cli) expect(shown).toContain(f.message.slice(0, 20));
    expect(shownFindings()).toHaveLength(cli.length);
    expect([cell(excel.sheets, "指标体系", "H2"), cell(excel.sheets, "指标体系", "H4")]).toEqual(["", 3]);
  });

  it("an Excel without ExcelApi 1.13 scores all the same and says the merged cells were not checked", async () => {
    const wb = await seedWorkbook();
    const host = officeHostFor({ ...ALL_CAPABILITIES, template: false, merges: false });
    const { excel } = await openPane(wb, host);
    excel.requirements = { ...excel.requirements, ExcelApi: "1.12" };
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(shownFindings()).toEqual([
      expect.stringContaining("此版本的 Excel 不能告知哪些单元格已合并，PERF 未检查“指标体系”表的得分、扣分原因列"),
    ]);
  });
});
