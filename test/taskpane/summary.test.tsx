import { screen } from "@testing-library/react";
import { seedWorkbook } from "../helpers/xlsx";
import { click, openPane, settled } from "./harness";

describe("the summary names the department", () => {
  it("a blank 部门名称 is said in words, not as a placeholder in brackets", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("说明")!.getCell("B3").value = null; // 部门名称's value, beside its label
    await openPane(wb);
    await click("评分");
    await settled();
    const summary = screen.getByRole("region", { name: "评分结果" });
    expect(summary.textContent).toContain("2024 年度，部门名称未填写");
    expect(summary.textContent).not.toMatch(/[（(]未填/);
  });

  it("a named department is shown with its year", async () => {
    await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    expect(screen.getByRole("region", { name: "评分结果" }).textContent).toContain(
      "深圳市大鹏新区政务服务和数据管理局 2024 年度",
    );
  });
});
