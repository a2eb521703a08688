import { screen, waitFor, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { seedWorkbook, selfEvaluation } from "../helpers/xlsx";
import { action, cell, click, contents, key, openPane, settled } from "./harness";

// The seed's appendix, 得分 column (spec §6), by the 指标体系 rows the template puts them in.
const SCORES: [string, number][] = [
  ["H2", 4.8], ["H3", 3], ["H4", 3], ["H5", 4], ["H6", 2], ["H7", 2.74], ["H8", 3], ["H9", 3], ["H10", 1], ["H11", 2],
  ["H12", 1], ["H13", 2], ["H14", 1], ["H15", 1], ["H16", 0], ["H17", 2], ["H18", 5], ["H19", 5.48], ["H20", 8],
  ["H21", 5.73], ["H22", 6], ["H23", 6], ["H24", 6], ["H25", 5], ["H28", 0], ["H29", 3], ["H30", 6], ["H31", 91.75],
]; // prettier-ignore

const status = () => screen.getByRole("status");
/** Is a come-before-b in the page? */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

function blankWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "用户的数据";
  wb.getWorksheet("Sheet1")!.getCell("B1").value = 42;
  return wb;
}

describe("评分 on the seed's case", () => {
  it("writes the 27 scores and 91.75 to the right cells, shows 91.75 优, in 4 syncs to read and 2 to write", async () => {
    const { excel, opened } = await openPane(await seedWorkbook());
    expect(opened).toBe(3); // the first look at the workbook, on opening: one read
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(screen.getByTestId("grade").textContent).toBe("等级：优");
    // (A figure and its unit are held together in a span of their own: the text is the whole perf-words span's.)
    expect(
      screen.getByText((_, e) => e?.className === "perf-words" && e.textContent === "优：总分 90 分（含）以上"),
    ).toBeTruthy();
    for (const [address, value] of SCORES)
      expect([address, cell(excel.sheets, "指标体系", address)]).toEqual([address, value]);
    expect(excel.syncs - opened).toBe(6); // the cells in 3, the names and merged 得分 cells in 1; the write in 2
    expect(excel.calculationSuspended).toBe(0); // Excel recalculates what depends on the scores (test/office)
    expect(excel.screenUpdatingSuspended).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "说明",
      "基础数据",
      "效果性",
      "指标体系",
      "运行监控",
      "PERF框架", // very hidden: the framework the template carries
      "评分记录",
      "评分结果",
    ]);
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
    // The year as a year (review of #10, finding 10: it showed 2024.00), the total to two decimals.
    const format = (address: string) => excel.sheet("评分结果")!.cells.get(address)?.numberFormat;
    expect([cell(excel.sheets, "评分结果", "D2"), format("D2"), format("B3")]).toEqual([2024, "0", "0.00"]);
    expect(status().textContent).toBe(
      "已评分改动 35 个单元格，原值记入“评分记录”表，可用“撤销上次评分”还原；“评分结果”表已更新。",
    );
  });

  it("评分 twice: the second says nothing changed and nothing was recorded, in perf-score fill's words", async () => {
    await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    await click("评分");
    await settled();
    // Review of #10, finding 4: the same sentence as test/cli/workbook-commands.test.ts (both from fillWords).
    expect(status().textContent).toBe("已评分工作簿中的得分已是本次结果，无需改动单元格；“评分结果”表已更新。");
  });

  it("shows the bars coloured by the share lost, the deductions largest first, and the 存在问题 draft", async () => {
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
    const bars = screen.getByRole("region", { name: "一级、二级指标得分" }).querySelectorAll("li");
    const bar = (name: string) => [...bars].find((li) => li.firstElementChild?.textContent === name)!;
    const tone = (name: string) => bar(name).querySelector("[data-tone]")?.getAttribute("data-tone");
    expect(bar("1 部门决策").textContent).toBe("1 部门决策16.8 / 20");
    expect(bar("2.4 人员管理").textContent).toBe("2.4 人员管理1 / 2");
    // By the share lost: 1 of 2 is alarming, 16.8 of 20 is amber, 23 of 25 and 58.21 of 60 look like full marks.
    expect([
      tone("2.4 人员管理"),
      tone("1 部门决策"),
      tone("3.3 效果性"),
      tone("3 部门绩效"),
      tone("2.1 资金管理"),
    ]).toEqual(["much", "some", "good", "good", "good"]);
    const problems = within(screen.getByTestId("problems")).getAllByRole("listitem");
    expect(problems).toHaveLength(7);
    expect(problems[0].textContent).toBe(
      "1.1.1 预算编制合理性 · 扣 3.2 分（1）预算项目调整、调剂较大，部门预算编制合理性有待提高。2024 年，我局“一上”申报数为 4,502.03 万元，“一下”核定数为 2,622.4 万元，财政核减率为 41.75%；除预算准备金外有 21 个二级项目，涉及预算调整调剂的项目有 10 个，调整调剂项目占比为 47.62%；累计调剂金额占比达 40% 及以上的项目有 2 个。",
    );
    expect(problems[6].querySelector("p")?.textContent).toBe(
      "（7）项目推广未得到相关部门表扬、推广，有待进一步加强。2024 年，我局成果或经验模式未被省、市政府部门表扬、推广。",
    );
  });
});

describe("a workbook without PERF's tables", () => {
  it("on opening: says what to do, and 插入模板 is the highlighted (primary) button", async () => {
    const { opened } = await openPane(blankWorkbook());
    expect(opened).toBe(3);
    expect(document.querySelector("main")?.dataset.workbook).toBe("not-perf");
    expect(screen.getByRole("heading", { name: "这个工作簿中还没有绩效评价表" })).toBeTruthy();
    expect(action("插入模板").hasAttribute("data-primary")).toBe(true);
    expect(action("评分").hasAttribute("data-primary")).toBe(false);
  });

  it.each([
    // (A table headed 得分 has its merged areas read, in one more sync: reads only.)
    ["blank", blankWorkbook, "Sheet1", 3],
    ["a department's own 项目绩效自评表 (review of #10, finding 1)", selfEvaluation, "项目绩效自评表", 4],
  ])(
    "%s: 评分 writes nothing at all and says why, in one message, with no list of errors",
    async (_, make, sheet, syncs) => {
      const { excel, opened } = await openPane(make());
      expect(document.querySelector("main")?.dataset.workbook).toBe("not-perf");
      expect(screen.getByTestId("start")).toBeTruthy();
      const before = contents(excel.sheets);
      await click("评分");
      await settled();
      expect(contents(excel.sheets)).toEqual(before);
      expect(excel.sheets.map((s) => s.name)).toEqual([sheet]);
      expect(excel.syncs - opened).toBe(syncs); // read, nothing written
      expect(screen.getByRole("status").textContent).toBe(
        "未评分这个工作簿中没有绩效评价的表（基础数据、效果性、指标体系），无法评分，工作簿未作任何改动。请点击“插入模板”加入这些表，在“基础数据”“效果性”表填写后再点击“评分”。",
      );
      expect(screen.queryByTestId("total")).toBeNull();
      expect(screen.queryByTestId("findings")).toBeNull();
      expect(screen.queryByText(/扣分明细/)).toBeNull();
      expect(document.activeElement).toBe(action("评分")); // the focus stayed where the user was
    },
  );

  it("a sheet of someone's own 项目 and 值 is not PERF's 基础数据", async () => {
    const wb = blankWorkbook();
    const ws = wb.getWorksheet("Sheet1")!;
    ws.getRow(3).values = ["项目", "值"];
    ws.getRow(4).values = ["房租", 12];
    const { excel } = await openPane(wb);
    expect(document.querySelector("main")?.dataset.workbook).toBe("not-perf");
    await click("评分");
    await settled();
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("errors first", () => {
  it("errors that stop the score are counted in the summary and listed right under it, before bars and deductions", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("基础数据")!.getCell("D73").value = 96;
    const { excel } = await openPane(wb);
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("未能评分");
    expect(screen.getByTestId("errors-summary").textContent).toBe(
      "有 1 处错误，下面逐条列出，请更正后重新点击“评分”。",
    );
    const findings = screen.getByRole("region", { name: /检查结果/ });
    expect(before(screen.getByTestId("errors-summary"), findings)).toBe(true);
    expect(before(findings, screen.getByRole("region", { name: "一级、二级指标得分" }))).toBe(true);
    expect(before(findings, screen.getByRole("region", { name: /扣分明细/ }))).toBe(true);
    const finding = screen.getByRole("button", { name: /定位到 基础数据!D73/ });
    expect(finding.textContent).toBe(
      "错误 · 基础数据!D73公众或服务对象满意度为 96，超出 0 至 100% 的范围；若指 96%，请填 0.96 或 96%代码 satisfaction",
    );
    // The 存在问题 draft waits for a complete score.
    expect(screen.queryByRole("region", { name: /存在问题/ })).toBeNull();
    expect(status().textContent).toMatch(/^未能得出总分已写入能评分的指标的得分，其余得分已清空；改动 \d+ 个单元格/);
    await click(finding);
    await waitFor(() => expect(excel.selected).toBe("基础数据!D73"));
  });

  it("many blank inputs are one thing to do, listed by name, each selecting its cell", async () => {
    const blanks = { yishang: "", yixia: "", procurement_budget: "", staff_quota: "" };
    const { excel } = await openPane(await seedWorkbook(blanks));
    await click("评分");
    await settled();
    expect(screen.getByTestId("errors-summary").textContent).toMatch(/^有 4 处错误/);
    const group = document.querySelector('[data-group="input-blank"]') as HTMLElement;
    expect(group.children[1].textContent).toBe(
      "有 4 项基础数据未填写：请在“基础数据”表的“值”列逐项填写。点击一项可定位到它的单元格。",
    );
    const items = within(group).getAllByRole("button");
    expect(items.map((b) => b.textContent)).toEqual([
      "“一上”申报数 · 基础数据!D5",
      "“一下”核定数 · 基础数据!D6",
      "政府采购预算数 · 基础数据!D24",
      "编制人数 · 基础数据!D50",
    ]);
    await click(items[2]);
    await waitFor(() => expect(excel.selected).toBe("基础数据!D24"));
    // One entry, not four, in the list of findings.
    expect(
      within(screen.getByTestId("findings"))
        .getAllByRole("listitem")
        .filter((li) => li.dataset.group),
    ).toHaveLength(1);
  });

  it("an error that does not stop the score still comes first, under the total", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.getCell("E3").value = 4; // 1.1.2's 分值, 3 in the framework
    await openPane(wb);
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(screen.getByTestId("errors-summary").textContent).toMatch(/^另有 \d+ 处错误需要更正/);
    const findings = screen.getByRole("region", { name: /检查结果/ });
    expect(before(findings, screen.getByRole("region", { name: "一级、二级指标得分" }))).toBe(true);
  });
});

describe("hand-entered scores", () => {
  it("asks in a dialog, lists old → new, shows no new score and writes nothing until agreed", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    const { excel, opened } = await openPane(wb);
    const snapshot = contents(excel.sheets);
    await click("评分");
    const dialog = await screen.findByRole("dialog", { name: "改写手工填写的得分？" });
    expect(dialog.textContent).toContain("1.1.1 预算编制合理性4.8 → 6.3（指标体系!H2）");
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(screen.queryByTestId("total")).toBeNull(); // the new 91.75 is not shown beside the question
    expect(contents(excel.sheets)).toEqual(snapshot);
    expect(excel.syncs - opened).toBe(4);
    await click("改写并写入");
    await settled();
    expect(excel.syncs - opened).toBe(4 + 4 + 2); // asked; on yes, read again (the workbook may have changed) and write
    expect(cell(excel.sheets, "指标体系", "H2")).toBe(6.3);
    expect(cell(excel.sheets, "评分记录", "D2")).toBe(4.8);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(action("评分")); // back on the button that led to the question
    expect(status().textContent).toContain("其中改写手工填写的得分 1 个");
    // Written: the finding about the differing score is history now, not something to correct.
    expect(screen.queryByText(/手工填为 4.8/)).toBeNull();
  });

  it("Esc cancels: the workbook is left as it was and the focus goes back to 评分", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.getCell("H2").value = 5;
    const { excel } = await openPane(wb);
    const snapshot = contents(excel.sheets);
    await click("评分");
    const dialog = await screen.findByRole("dialog");
    await key(dialog, "Escape");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(contents(excel.sheets)).toEqual(snapshot);
    expect(status().textContent).toBe("已取消，工作簿未作任何改动。");
    expect(document.activeElement).toBe(action("评分"));
  });

  it("取消 leaves the workbook as it was, and shows no score, bars, deductions or 存在问题 it did not write", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    const { excel } = await openPane(wb);
    const snapshot = contents(excel.sheets);
    await click("评分");
    await screen.findByRole("dialog");
    await click("取消");
    expect(contents(excel.sheets)).toEqual(snapshot);
    expect(status().textContent).toBe("已取消，工作簿未作任何改动。");
    // Review of #10, finding 3: the declined 93.25 优 stayed on the page, with a draft ready to insert.
    expect(screen.queryByTestId("total")).toBeNull();
    expect(screen.queryByTestId("grade")).toBeNull();
    expect(screen.queryByRole("region", { name: "一级、二级指标得分" })).toBeNull();
    expect(screen.queryByTestId("deductions")).toBeNull();
    expect(screen.queryByTestId("problems")).toBeNull();
    expect(screen.queryByText(/原值记入/)).toBeNull();
  });

  it("Tab stays inside the question", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.getCell("H2").value = 5;
    await openPane(wb);
    await click("评分");
    const dialog = await screen.findByRole("dialog");
    const [yes, no] = within(dialog).getAllByRole("button");
    no.focus();
    await key(dialog, "Tab");
    expect(document.activeElement).toBe(yes);
    await key(dialog, "Tab", { shiftKey: true });
    expect(document.activeElement).toBe(no);
  });
});

describe("撤销上次评分", () => {
  it("is dimmed, with a tooltip saying why, while 评分记录 holds nothing to undo", async () => {
    await openPane(await seedWorkbook());
    const undo = action("撤销上次评分");
    expect(undo.getAttribute("aria-disabled")).toBe("true");
    const tip = screen.getByRole("tooltip", { hidden: true });
    expect(tip.textContent).toBe("“评分记录”表中没有可撤销的评分");
    expect(undo.getAttribute("aria-describedby")).toBe(tip.id);
    await click(undo);
    expect(screen.queryByRole("alert")).toBeNull(); // no red error for a button that could not be used
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("restores what the last fill replaced, and is dimmed again when nothing older is left", async () => {
    const wb = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
    wb.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
    const { excel } = await openPane(wb);
    await click("评分");
    await screen.findByRole("dialog");
    await click("改写并写入");
    await settled();
    expect(action("撤销上次评分").getAttribute("aria-disabled")).toBeNull();
    const syncs = excel.syncs;
    await click("撤销上次评分");
    await settled();
    expect(cell(excel.sheets, "指标体系", "H2")).toBe(4.8);
    expect(cell(excel.sheets, "指标体系", "H3")).toBe("");
    expect(cell(excel.sheets, "评分记录", "G2")).toBe("已撤销");
    expect(excel.syncs - syncs).toBe(5);
    expect(status().textContent).toMatch(/^已撤销上次评分批次 .*：还原 35 个单元格。$/);
    expect(action("撤销上次评分").getAttribute("aria-disabled")).toBe("true");
    expect(screen.queryByTestId("total")).toBeNull(); // the results were the undone fill's
  });
});

describe("failed writes leave nothing half-written", () => {
  it("a write refused midway is rolled back, and the error is readable", async () => {
    const { excel, opened } = await openPane(await seedWorkbook());
    const snapshot = contents(excel.sheets);
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
    expect(contents(excel.sheets)).toEqual(snapshot);
    expect(excel.syncs - opened).toBe(7); // read 4, check 1, the failed write, the roll-back
  });

  it("a locked score cell on a protected sheet stops the write before anything changes", async () => {
    const { excel, opened } = await openPane(await seedWorkbook());
    excel.sheet("指标体系")!.cells.get("H7")!.locked = true;
    const snapshot = contents(excel.sheets);
    await click("评分");
    await settled();
    expect(screen.getByRole("alert").textContent).toBe(
      "指标体系!H7被锁定，且所在工作表受保护，无法写入。请在“审阅 → 撤销工作表保护”后重试，或把这些单元格设为“未锁定”。",
    );
    expect(contents(excel.sheets)).toEqual(snapshot);
    expect(excel.syncs - opened).toBe(5);
  });
});

describe("messages", () => {
  it("have Fluent's close button; closing one puts the focus back on the action bar", async () => {
    await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    // Fluent's message bar: the intent's icon, the title, the text and a close button.
    expect(status().classList.contains("fui-MessageBar")).toBe(true);
    expect(status().querySelector(".fui-MessageBar__icon svg")).not.toBeNull();
    await click(within(status()).getByRole("button", { name: "关闭此消息" }));
    expect(screen.queryByRole("status")).toBeNull();
    expect(document.activeElement).toBe(action("评分"));
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

  it("inserts the template's five sheets into a workbook that has none of them", async () => {
    const sheets = await templateSheets();
    const { excel } = await openPane(blankWorkbook(), { templateBase64: async () => "UEsDBA==" });
    excel.decodeBase64 = () => sheets;
    await click("插入模板");
    await settled();
    // With the template's very hidden PERF框架 (its framework and content hash), as the template file has it.
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "说明",
      "基础数据",
      "效果性",
      "指标体系",
      "运行监控",
      "PERF框架",
    ]);
    expect(excel.sheet("PERF框架")?.visibility).toBe("VeryHidden");
    expect(excel.names.find((n) => n.name === "yishang")?.formula).toBe("=基础数据!$D$5");
    expect(cell(excel.sheets, "Sheet1", "A1")).toBe("用户的数据");
    expect(status().textContent).toBe(
      "已插入模板已插入工作表：说明、基础数据、效果性、指标体系、运行监控。请在“基础数据”“效果性”表填写后点击“评分”。",
    );
    expect(action("评分").hasAttribute("data-primary")).toBe(true);
    expect(screen.queryByRole("heading", { name: "这个工作簿中还没有绩效评价表" })).toBeNull();
  });

  it("then 评分 on the sheets nobody has filled: 模板尚未填写 and what to do, not a wall of errors (review of #10, finding 2)", async () => {
    const sheets = await templateSheets();
    const { excel } = await openPane(blankWorkbook(), { templateBase64: async () => "UEsDBA==" });
    excel.decodeBase64 = () => sheets;
    await click("插入模板");
    await settled();
    const before = contents(excel.sheets);
    await click("评分");
    await settled();
    expect(contents(excel.sheets)).toEqual(before); // nothing written: no 评分结果, no 评分记录
    expect(status().textContent).toBe(
      "未评分模板尚未填写：“基础数据”表的“值”列都还空着，“效果性”表也还没有本部门的效果性指标，无法评分，工作簿未作任何改动。" +
        "请在“基础数据”表的“值”列（黄色单元格）逐项填写本部门的数据，在“效果性”表填写本部门的效果性个性指标，再点击“评分”。填写方法见“说明”表。",
    );
    expect(screen.queryByTestId("findings")).toBeNull();
    expect(screen.queryByTestId("total")).toBeNull();
  });

  it("on a name clash asks in a dialog to insert only the missing sheets, and never touches the existing ones", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("基础数据").getCell("A1").value = "已有的基础数据";
    const sheets = await templateSheets();
    const { excel } = await openPane(wb, { templateBase64: async () => "UEsDBA==" });
    excel.decodeBase64 = () => sheets;
    await click("插入模板");
    const dialog = await screen.findByRole("dialog", { name: "工作簿中已有同名工作表" });
    expect(dialog.textContent).toContain(
      "已有：基础数据。这些工作表不会被改动。将插入缺少的：说明、效果性、指标体系、运行监控。",
    );
    await click("只插入缺少的工作表");
    await settled();
    expect(excel.sheets.map((s) => s.name)).toEqual(["基础数据", "说明", "效果性", "指标体系", "运行监控", "PERF框架"]);
    // The input names belong to the template's 基础数据, not to the workbook's own: only the inserted 运行监控's are added.
    expect(excel.names.length).toBeGreaterThan(0);
    expect(excel.names.filter((n) => !n.formula.startsWith("=运行监控!"))).toEqual([]);
    expect(cell(excel.sheets, "基础数据", "A1")).toBe("已有的基础数据");
    expect(document.activeElement).toBe(action("插入模板"));
  });

  it("with every sheet already there, asks nothing and says so", async () => {
    await openPane(await seedWorkbook());
    await click("插入模板");
    await settled();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(status().textContent).toBe(
      "模板的各表（说明、基础数据、效果性、指标体系、运行监控）都已在工作簿中，无需插入。填写后点击“评分”。",
    );
  });

  it("clears the results shown: they were the workbook's before the insert", async () => {
    const wb = await seedWorkbook();
    wb.removeWorksheet(wb.getWorksheet("说明")!.id);
    const sheets = await templateSheets();
    const { excel } = await openPane(wb, { templateBase64: async () => "UEsDBA==" });
    excel.decodeBase64 = () => sheets;
    await click("评分");
    await settled();
    expect(screen.getByTestId("total")).toBeTruthy();
    await click("插入模板");
    await screen.findByRole("dialog");
    await click("只插入缺少的工作表");
    await settled();
    expect(screen.queryByTestId("total")).toBeNull();
    expect(screen.queryByTestId("deductions")).toBeNull();
  });
});

describe("存在问题", () => {
  it("inserts the draft as a sheet, and says so under its buttons", async () => {
    const { excel } = await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    await click("插入为工作表");
    const region = screen.getByRole("region", { name: /存在问题/ });
    await waitFor(() => expect(within(region).getByRole("status").textContent).toBe("已写入“存在问题”工作表。"));
    expect(cell(excel.sheets, "存在问题", "A1")).toBe("存在问题");
    expect(String(cell(excel.sheets, "存在问题", "A2"))).toMatch(/^（1）预算项目调整、调剂较大/);
    expect(String(cell(excel.sheets, "存在问题", "A8"))).toMatch(/^（7）项目推广/);
  });

  it("copies the draft to the clipboard, and says so under its buttons", async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (t: string) => void writes.push(t) },
      configurable: true,
    });
    await openPane(await seedWorkbook());
    await click("评分");
    await settled();
    await click("复制");
    const region = screen.getByRole("region", { name: /存在问题/ });
    await waitFor(() => expect(within(region).getByRole("status").textContent).toBe("已复制到剪贴板。"));
    expect(writes[0].split("\n")).toHaveLength(7);
    expect(writes[0]).not.toMatch(/1\.1\.1|扣 3\.2 分/); // the text is the report's, without the pane's captions
  });
});

describe("sync counts do not grow with the workbook", () => {
  it("a 10,000-row workbook reads in 4 syncs and writes in 2", async () => {
    const wb = await seedWorkbook();
    const big = wb.addWorksheet("明细账");
    for (let r = 1; r <= 10_000; r++) big.getRow(r).values = [r, `凭证 ${r}`, r * 1.5, "办公费"];
    const { excel, opened } = await openPane(wb);
    expect(opened).toBe(3);
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(excel.syncs - opened).toBe(6);
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
    expect(document.querySelector('[aria-live="polite"]')).not.toBeNull();
    // Native buttons only: nothing is reachable by mouse alone.
    for (const clickable of document.querySelectorAll("[onclick], [role=button]"))
      expect(clickable.tagName).toBe("BUTTON");
    const toolbar = screen.getByRole("toolbar", { name: "评分操作" });
    const tablist = screen.getByRole("tablist", { name: "功能" });
    const outside = [...document.querySelectorAll("button")].filter(
      (b) => !toolbar.contains(b) && !tablist.contains(b),
    );
    for (const button of outside) expect(button.tabIndex).toBeGreaterThanOrEqual(0);
    // The tabs are one Tab stop too (the selected one), as WAI-ARIA's tab pattern has it.
    expect(
      within(tablist)
        .getAllByRole("tab")
        .map((t) => t.tabIndex),
    ).toEqual([0, -1]);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("部门整体绩效评价评分");
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "一级、二级指标得分",
      "扣分明细（7 项）",
      "检查结果（错误 0 处，提示 1 处）",
      "存在问题（草稿）",
    ]);
  });

  it("the toolbar is one Tab stop; the arrow keys, Home and End move along it", async () => {
    await openPane(await seedWorkbook());
    const toolbar = screen.getByRole("toolbar", { name: "评分操作" });
    const buttons = within(toolbar).getAllByRole("button");
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0].focus();
    await key(toolbar, "ArrowRight");
    expect(document.activeElement).toBe(buttons[1]); // dimmed (nothing to undo) but reachable, to hear why
    await key(toolbar, "ArrowRight");
    expect(document.activeElement).toBe(buttons[2]);
    await key(toolbar, "ArrowRight");
    expect(document.activeElement).toBe(buttons[0]);
    await key(toolbar, "End");
    expect(document.activeElement).toBe(buttons[2]);
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    await key(toolbar, "Home");
    await key(toolbar, "ArrowLeft");
    expect(document.activeElement).toBe(buttons[2]);
  });

  it("keeps the focus on 评分 while it runs (the button is dimmed, not removed from the keyboard)", async () => {
    await openPane(await seedWorkbook());
    await click("评分");
    expect(action("评分").getAttribute("aria-disabled")).toBe("true");
    await settled();
    expect(document.activeElement).toBe(action("评分"));
    expect(action("评分").getAttribute("aria-disabled")).toBeNull();
  });
});

describe("text stays text", () => {
  it("a hand-entered formula is recorded as text in 评分记录 and comes back as a formula on undo", async () => {
    const wb = await seedWorkbook();
    wb.getWorksheet("指标体系")!.getCell("H3").value = { formula: "1+1.5", result: 2.5 };
    const { excel } = await openPane(wb);
    await click("评分");
    await screen.findByRole("dialog");
    await click("改写并写入");
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
    const region = screen.getByRole("region", { name: /存在问题/ });
    await waitFor(() => expect(within(region).getByRole("status").textContent).toBe("已写入“存在问题（2）”工作表。"));
    expect(cell(excel.sheets, "存在问题", "A1")).toBe("我自己写的");
    expect(String(cell(excel.sheets, "存在问题（2）", "A2"))).toMatch(/^（1）/);
    expect(excel.sheet("存在问题（2）")!.cells.get("A2")?.bold).toBeUndefined();
  });
});
