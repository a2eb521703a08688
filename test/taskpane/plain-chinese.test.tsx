import { screen } from "@testing-library/react";
import ExcelJS from "exceljs";
import { dapeng2024 } from "../../src/scoring";
import { seedWorkbook } from "../helpers/xlsx";
import { click, openPane, settled } from "./harness";

/*
 * No input id in any sentence the pane shows: messages, findings, deductions, bars, the 存在问题 draft, dialogs,
 * tooltips and accessible names. The id appears only in a finding's details line (data-details).
 */

const IDS = dapeng2024.inputs.map((d) => d.id);
const ID = new RegExp(`(?<![A-Za-z0-9_])(${IDS.join("|")})(?![A-Za-z0-9_])`);

/** What a person reads or hears in the pane, less the details lines. */
function readable(): string {
  const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
  for (const details of main.querySelectorAll("[data-details]")) details.remove();
  const names = [...main.querySelectorAll("[aria-label], [title]")].map(
    (e) => `${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("title") ?? ""}`,
  );
  return [main.textContent ?? "", ...names].join("\n");
}

const bad = {
  yishang: "约四千五百万",
  secondary_projects: 21.5,
  satisfaction: 96,
  staff_quota: 0,
  project_targets_approved: 15,
  staff_total: 43,
  progress_q3: 0.5,
  promoted: 1,
};

describe("the pane names inputs in Chinese only", () => {
  it("results, deductions, bars and the 存在问题 draft", async () => {
    await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    expect(screen.getByTestId("problems")).toBeTruthy();
    expect(readable()).not.toMatch(ID);
  });

  it("errors first, with every kind of bad input, and the ids only in details lines", async () => {
    await openPane(await seedWorkbook(bad));
    await click("评分");
    await settled();
    const text = readable();
    expect(text).toContain("公众或服务对象满意度为 96，超出 0 至 100% 的范围");
    expect(text).not.toMatch(ID);
    const details = [...document.querySelectorAll("[data-details]")].map((d) => d.textContent);
    expect(details).toEqual(expect.arrayContaining(["代码 satisfaction", "代码 yishang"]));
  });

  it("blank inputs grouped, rows missing, and the question about hand-entered scores", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36, staff_quota: "", staff_outside: "" });
    wb.getWorksheet("基础数据")!.spliceRows(24, 2);
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    await openPane(wb);
    await click("评分");
    expect((await screen.findByRole("dialog")).textContent).toContain("4.8 → 6.3");
    expect(readable()).not.toMatch(ID);
    await click("改写并写入");
    await settled();
    expect(document.querySelector('[data-group="input-blank"]')).not.toBeNull();
    expect(document.querySelector('[data-group="input-row-missing"]')).not.toBeNull();
    expect(readable()).not.toMatch(ID);
  });

  it("a workbook without PERF's tables, and the dimmed 撤销上次评分's tooltip", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "x";
    await openPane(wb);
    await click("评分");
    await settled();
    expect(readable()).toContain("“评分记录”表中没有可撤销的评分");
    expect(readable()).not.toMatch(ID);
  });

  it("would catch an id", () => {
    expect("涉及预算调整调剂的项目数（adjusted_projects） 0").toMatch(ID);
  });
});
