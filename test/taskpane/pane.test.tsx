import { screen, waitFor, within } from "@testing-library/react";
import { seedWorkbook } from "../helpers/xlsx";
import { cell, click, contents, openPane, settled } from "./harness";

// The seed's appendix, 得分 column (spec §6), by the 指标体系 rows the template puts them in.
const SCORES: [string, number][] = [
  ["H2", 4.8], ["H3", 3], ["H4", 3], ["H5", 4], ["H6", 2], ["H7", 2.74], ["H8", 3], ["H9", 3], ["H10", 1], ["H11", 2],
  ["H12", 1], ["H13", 2], ["H14", 1], ["H15", 1], ["H16", 0], ["H17", 2], ["H18", 5], ["H19", 5.48], ["H20", 8],
  ["H21", 5.73], ["H22", 6], ["H23", 6], ["H24", 6], ["H25", 5], ["H28", 0], ["H29", 3], ["H30", 6], ["H31", 91.75],
]; // prettier-ignore

describe("评分 on the seed's case", () => {
  it("writes the 27 scores and 91.75 to the right cells, shows 91.75 优, in 3 syncs to read and 2 to write", async () => {
    const { excel } = await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(screen.getByTestId("grade").textContent).toBe("等级：优");
    for (const [address, value] of SCORES)
      expect([address, cell(excel.sheets, "指标体系", address)]).toEqual([address, value]);
    expect(excel.syncs).toBe(5);
    expect(excel.calculationSuspended).toBe(0); // Excel recalculates what depends on the scores (test/office)
    expect(excel.screenUpdatingSuspended).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["说明", "基础数据", "效果性", "指标体系", "评分记录", "评分结果"]);
    expect(excel.sheet("评分结果")!.charts).toEqual([
      {
        type: "BarClustered",
        source: "评分结果!B13:D24",
        seriesBy: "Columns",
        title: "二级指标：得分与分值",
        position: ["H2", "P26"],
      },
    ]);
    expect(cell(excel.sheets, "评分结果", "B13")).toBe("二级指标");
    expect(cell(excel.sheets, "评分结果", "B24")).toBe("公平性");
    expect(screen.getByRole("status").textContent).toBe("已写入得分：改动 35 个单元格，原值记入“评分记录”表。");
  });

  it("shows the bars, the deductions largest first, and the 存在问题 draft", async () => {
    await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    const deductions = within(screen.getByTestId("deductions"))
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === screen.getByTestId("deductions"));
    expect(deductions.map((li) => li.firstElementChild?.textContent)).toEqual([
      "1.1.1 预算编制合理性扣 3.2 分",
      "3.3.5 项目推广扣 2 分",
      "2.4.2 编外人员控制率扣 1 分",
      "3.1.1 公用经费控制率扣 1 分",
      "3.2.1 预算执行率扣 0.52 分",
      "3.2.3 项目完成及时率扣 0.27 分",
      "2.1.1 政府采购执行情况扣 0.26 分",
    ]);
    expect(screen.getByText("1 部门决策").nextSibling?.textContent).toBe("16.8 / 20");
    expect(screen.getByText("2.4 人员管理").nextSibling?.textContent).toBe("1 / 2");
    const problems = screen.getByTestId("problems").textContent ?? "";
    expect(problems).toContain(
      "（1）预算项目调整、调剂较大，部门预算编制合理性有待提高（1.1.1 预算编制合理性，扣 3.2 分）。",
    );
    expect(problems).toContain("（7）项目推广未得到相关部门表扬、推广，有待进一步加强（3.3.5 项目推广，扣 2 分）。");
  });
});

describe("hand-entered scores", () => {
  it("asks before changing them, lists old → new, and writes nothing until asked", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    const { excel } = await openPane(wb);
    const before = contents(excel.sheets);
    await click("评分");
    const heading = await screen.findByRole("heading", { name: "以下手工填写的得分将被改写" });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText("指标体系!H2 · 1.1.1 预算编制合理性：4.8 → 6.3")).toBeTruthy();
    expect(contents(excel.sheets)).toEqual(before);
    expect(excel.syncs).toBe(3);
    await click("改写并写入");
    await settled();
    expect(excel.syncs).toBe(3 + 3 + 2); // asked; on yes, read again (the workbook may have changed) and write
    expect(cell(excel.sheets, "指标体系", "H2")).toBe(6.3);
    expect(cell(excel.sheets, "评分记录", "D2")).toBe(4.8);
  });

  it("cancelling leaves the workbook as it was", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.getCell("H2").value = 5;
    const { excel } = await openPane(wb);
    const before = contents(excel.sheets);
    await click("评分");
    await screen.findByRole("button", { name: "取消" });
    await click("取消");
    expect(contents(excel.sheets)).toEqual(before);
    expect(screen.getByRole("status").textContent).toBe("已取消，工作簿未作任何改动。");
  });
});

describe("撤销上次评分", () => {
  it("restores what the last fill replaced", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    const { excel } = await openPane(wb);
    await click("评分");
    await click(await screen.findByRole("button", { name: "改写并写入" }).then(() => "改写并写入"));
    await settled();
    const syncs = excel.syncs;
    await click("撤销上次评分");
    await settled();
    expect(cell(excel.sheets, "指标体系", "H2")).toBe(4.8);
    expect(cell(excel.sheets, "指标体系", "H3")).toBe("");
    expect(cell(excel.sheets, "评分记录", "G2")).toBe("已撤销");
    expect(excel.syncs - syncs).toBe(5);
    expect(screen.getByRole("status").textContent).toMatch(/^已撤销批次 .* 的评分，还原 35 个单元格。$/);
  });

  it("says so when there is nothing to undo", async () => {
    await openPane(await seedWorkbook());
    await click("撤销上次评分");
    await settled();
    expect(screen.getByRole("alert").textContent).toBe("“评分记录”表中没有可撤销的评分。");
  });
});

describe("failed writes leave nothing half-written", () => {
  it("a write refused midway is rolled back, and the error is readable", async () => {
    const { excel } = await openPane(await seedWorkbook());
    const before = contents(excel.sheets);
    let failed = false;
    excel.failWrite = (sheet, address) => {
      if (sheet === "指标体系" && address === "H12" && !failed) {
        failed = true;
        return "The connection was lost";
      }
      return undefined;
    };
    await click("评分");
    await settled();
    expect(screen.getByRole("alert").textContent).toBe(
      "Excel 处理时出错。请保存工作簿后重试。（得分单元格已还原；“评分结果”表可能未更新，请重新评分）技术细节The connection was lost",
    );
    expect(contents(excel.sheets)).toEqual(before);
    expect(excel.syncs).toBe(6); // read 3, check 1, the failed write, the roll-back
  });

  it("a locked score cell on a protected sheet stops the write before anything changes", async () => {
    const { excel } = await openPane(await seedWorkbook());
    excel.sheet("指标体系")!.cells.get("H7")!.locked = true;
    const before = contents(excel.sheets);
    await click("评分");
    await settled();
    expect(screen.getByRole("alert").textContent).toBe(
      "指标体系!H7被锁定，且所在工作表受保护，无法写入。请在“审阅 → 撤销工作表保护”后重试，或把这些单元格设为“未锁定”。",
    );
    expect(contents(excel.sheets)).toEqual(before);
    expect(excel.syncs).toBe(4);
  });
});

describe("findings", () => {
  it("lists errors with their cells; clicking one selects the cell in Excel", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("基础数据")!.getCell("D73").value = 96;
    const { excel } = await openPane(wb);
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("未能评分：有 1 处错误，见下方检查结果");
    const finding = screen.getByRole("button", { name: /定位到 基础数据!D73/ });
    expect(finding.textContent).toBe(
      "错误 · 基础数据!D73公众或服务对象满意度（satisfaction）为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%",
    );
    await click(/定位到 基础数据!D73/);
    await waitFor(() => expect(excel.selected).toBe("基础数据!D73"));
  });
});

describe("safety", () => {
  it("shows cell text as text: markup in a cell does nothing", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("说明")!.getCell("B3").value = '<img src=x onerror="window.__pwned=1">';
    await openPane(wb);
    await click("评分");
    await settled();
    expect(screen.getByText(/<img src=x onerror=/)).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe("插入模板", () => {
  async function templateSheets() {
    const { buildTemplate } = await import("../../src/xlsx");
    const { fakeSheetsOf } = await import("../fakes/from-exceljs");
    return fakeSheetsOf(await buildTemplate());
  }

  it("inserts the template's four sheets into a workbook that has none of them", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "用户的数据";
    const sheets = await templateSheets();
    const { excel } = await openPane(wb, { templateBase64: async () => "UEsDBA==" });
    excel.decodeBase64 = () => sheets;
    await click("插入模板");
    await settled();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "说明", "基础数据", "效果性", "指标体系"]);
    expect(cell(excel.sheets, "Sheet1", "A1")).toBe("用户的数据");
    expect(screen.getByRole("status").textContent).toBe(
      "已插入模板工作表：说明、基础数据、效果性、指标体系。请在“基础数据”“效果性”表填写后点击“评分”。",
    );
  });

  it("on a name clash offers to insert only the missing sheets, and never touches the existing ones", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("基础数据").getCell("A1").value = "已有的基础数据";
    const sheets = await templateSheets();
    const { excel } = await openPane(wb, { templateBase64: async () => "UEsDBA==" });
    excel.decodeBase64 = () => sheets;
    await click("插入模板");
    await screen.findByRole("heading", { name: "工作簿中已有同名工作表" });
    expect(
      screen.getByText(/已有：基础数据。这些工作表不会被改动。可以只插入缺少的：说明、效果性、指标体系。/),
    ).toBeTruthy();
    await click("只插入缺少的工作表");
    await settled();
    expect(excel.sheets.map((s) => s.name)).toEqual(["基础数据", "说明", "效果性", "指标体系"]);
    expect(cell(excel.sheets, "基础数据", "A1")).toBe("已有的基础数据");
  });
});

describe("存在问题", () => {
  it("inserts the draft as a sheet", async () => {
    const { excel } = await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    await click("插入为工作表");
    await settled();
    expect(cell(excel.sheets, "存在问题", "A1")).toBe("存在问题");
    expect(String(cell(excel.sheets, "存在问题", "A2"))).toMatch(/^（1）预算项目调整、调剂较大/);
    expect(String(cell(excel.sheets, "存在问题", "A8"))).toMatch(/^（7）项目推广/);
  });

  it("copies the draft to the clipboard", async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (t: string) => void writes.push(t) },
      configurable: true,
    });
    await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    await click("复制");
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("已复制到剪贴板。"));
    expect(writes[0].split("\n")).toHaveLength(7);
  });
});

describe("sync counts do not grow with the workbook", () => {
  it("a 10,000-row workbook reads in 3 syncs and writes in 2", async () => {
    const wb = await seedWorkbook();
    const big = wb.addWorksheet("明细账");
    for (let r = 1; r <= 10_000; r++) big.getRow(r).values = [r, `凭证 ${r}`, r * 1.5, "办公费"];
    const { excel } = await openPane(wb);
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(excel.syncs).toBe(5);
  }, 60_000);
});

describe("accessibility", () => {
  it("labels every control and region, announces progress and results, and reaches every control by keyboard", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("基础数据")!.getCell("D73").value = "96%";
    await openPane(wb);
    await click("评分");
    await settled();
    for (const button of screen.getAllByRole("button"))
      expect(button.textContent?.trim() || button.getAttribute("aria-label")).toBeTruthy();
    for (const region of screen.getAllByRole("region"))
      expect(region.getAttribute("aria-label") ?? region.getAttribute("aria-labelledby")).toBeTruthy();
    expect(screen.getByRole("toolbar", { name: "评分操作" })).toBeTruthy();
    expect(document.querySelector('[aria-live="polite"]')).not.toBeNull();
    // Native buttons only: nothing is reachable by mouse alone.
    for (const clickable of document.querySelectorAll("[onclick], [role=button]"))
      expect(clickable.tagName).toBe("BUTTON");
    for (const button of document.querySelectorAll("button")) expect(button.tabIndex).toBeGreaterThanOrEqual(0);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("部门整体绩效评价评分");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "一级、二级指标得分",
      "扣分明细（7 项）",
      "检查结果（错误 0 处，提示 1 处）",
      "存在问题（草稿）",
    ]);
  });
});

describe("text stays text", () => {
  it("a hand-entered formula is recorded as text in 评分记录 and comes back as a formula on undo", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.getCell("H3").value = { formula: "1+1.5", result: 2.5 };
    const { excel } = await openPane(wb);
    await click("评分");
    await click(await screen.findByRole("button", { name: "改写并写入" }).then(() => "改写并写入"));
    await settled();
    const record = excel.sheet("评分记录")!;
    const row = [...record.cells.entries()].find(([, c]) => c.value === "=1+1.5");
    expect(row).toBeDefined();
    expect(row![1].formula).toBeUndefined();
    expect(record.cells.get("A2")?.value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/); // the batch, still text
    await click("撤销上次评分");
    await settled();
    expect(excel.sheet("指标体系")!.cells.get("H3")).toMatchObject({ formula: "=1+1.5" });
  });

  it("the 存在问题 sheet never replaces one the user has", async () => {
    const wb = await seedWorkbook();
    wb.addWorksheet("存在问题").getCell("A1").value = "我自己写的";
    const { excel } = await openPane(wb);
    await click("评分");
    await settled();
    await click("插入为工作表");
    await settled();
    expect(cell(excel.sheets, "存在问题", "A1")).toBe("我自己写的");
    expect(String(cell(excel.sheets, "存在问题（2）", "A2"))).toMatch(/^（1）/);
    expect(excel.sheet("存在问题（2）")!.cells.get("A2")?.bold).toBeUndefined();
    expect(screen.getByRole("status").textContent).toBe("已写入“存在问题（2）”工作表。");
  });
});
