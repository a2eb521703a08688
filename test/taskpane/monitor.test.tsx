import { act, fireEvent, screen, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import { SHEETS } from "../../src/workbook";
import { fillLedger, seedMonths } from "../helpers/monitor";
import { seedWorkbook } from "../helpers/xlsx";
import { action, cell, click, key, openPane, settled } from "./harness";

/*
 * The 运行监控 view: a tab beside 评分; one click reads the workbook, shows each checkpoint's status, what must still
 * be spent by the next, and the projected 3.2.1 points with their arithmetic, and writes the 状态 column and the
 * 监控结果 sheet (3 syncs to read, 2 to write, as 评分). Errors first; no input id and no English word in what it shows.
 */

async function seedWith(months: number, edit?: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = await seedWorkbook();
  fillLedger(wb, seedMonths(months));
  edit?.(wb);
  return wb;
}

/** monitor.js as the pane loads it (a script of its own, which jsdom does not run): its global, set beforehand. */
type Global = { PERF_MONITOR?: unknown };
let panel: unknown;
beforeAll(async () => {
  await import("../../src/taskpane/monitor-entry");
  panel = (globalThis as Global).PERF_MONITOR;
});

async function openMonitor(): Promise<void> {
  await click(screen.getByRole("tab", { name: "运行监控" }));
  await screen.findByRole("button", { name: "运行监控" }); // monitor.js, loaded when the tab is first opened
}

const statuses = () =>
  [...screen.getByTestId("checkpoints").querySelectorAll("[data-status]")].map((e) => e.textContent);

/** What a person reads or hears in the 运行监控 view. */
function readable(): string {
  const main = screen.getByTestId("monitor");
  const names = [...main.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label"));
  return [main.textContent ?? "", ...names].join("\n");
}

describe("the 运行监控 view", () => {
  it("shows the last month filled: statuses, what to spend by 12 月末, projected points; writes in 3 + 2 syncs", async () => {
    const { excel, opened } = await openPane(await seedWith(9));
    await openMonitor();
    expect(screen.getByRole("tab", { name: "运行监控" }).getAttribute("aria-selected")).toBe("true");
    await click("运行监控");
    await settled();
    expect(excel.syncs - opened).toBe(5);
    expect(screen.getByTestId("monitor-month").textContent).toContain("截至 9 月末");
    expect(statuses()).toEqual(["达标", "达标", "落后", "未到"]);
    const checkpoints = screen.getByTestId("checkpoints").textContent!;
    expect(checkpoints).toContain(
      "三季度（9 月末）支出进度 64.77%，序时进度 75%，低于序时进度 10.23 个百分点：落后（落后序时进度超过 5 个百分点为落后）",
    );
    expect(checkpoints).toContain("比序时进度少支出 3,763.51 × 75% − 2,437.63 = 385.00 万元");
    // 3,763.51 × 100% − 2,437.63 = 1,325.88 万元 by 12 月末.
    expect(screen.getByTestId("needed").textContent).toBe("1,325.88 万元");
    expect(screen.getByRole("region", { name: /到四季度\s*（12 月末）\s*还须支出/ }).textContent).toContain(
      "还须支出 3,763.51 × 100% − 2,437.63 = 1,325.88 万元",
    );
    const projected = screen.getByTestId("projected").textContent!;
    expect(projected).toContain("3.2.1 预算执行率（满分 6 分）");
    expect(projected).toContain("此后各检查点都达到序时进度");
    expect(projected).toContain("按目前进度");
    // Written: the statuses in their months' rows, and 监控结果 with its chart.
    expect(["J7", "J10", "J13", "J16"].map((a) => cell(excel.sheets, SHEETS.monitor, a))).toEqual([
      "达标",
      "达标",
      "落后",
      "",
    ]);
    expect(excel.sheet(SHEETS.monitorResult)!.charts).toHaveLength(1);
    const notice = screen.getByTestId("monitor").querySelector("[role=status]")!.textContent!;
    expect(notice).toContain("已运行监控（截至 9 月末）");
    expect(notice).toContain("状态列改动 3 个单元格");
    // Chinese only: no input id (spent_m9, budget), no English word.
    expect(readable()).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("monitors the month chosen: at 6 月末, 569.05 万元 still to spend by 9 月末", async () => {
    await openPane(await seedWith(12));
    await openMonitor();
    await act(async () => {
      fireEvent.change(screen.getByLabelText("监控月份"), { target: { value: "6" } });
    });
    await click("运行监控");
    await settled();
    expect(statuses()).toEqual(["达标", "达标", "未到", "未到"]);
    expect(screen.getByTestId("needed").textContent).toBe("569.05 万元");
  });

  it("puts errors first, naming the cell in Chinese, and still writes what it can", async () => {
    const wb = await seedWith(6, (w) => fillLedger(w, { 6: { spent: 4000 } })); // above the budget of 3,763.51
    const { excel } = await openPane(wb);
    await openMonitor();
    await click("运行监控");
    await settled();
    const view = screen.getByTestId("monitor");
    const errors = screen.getByTestId("monitor-errors");
    const findings = screen.getByTestId("findings");
    const checkpoints = screen.getByTestId("checkpoints");
    // The error count and the list come before the checkpoints.
    expect(errors.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(findings.compareDocumentPosition(checkpoints) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(findings.textContent).toContain("运行监控!E10");
    expect(within(view).getByRole("status").textContent).toContain("有 1 处错误要更正");
    expect(readable()).not.toMatch(/[A-Za-z]{2,}/);
    expect(cell(excel.sheets, SHEETS.monitor, "J7")).toBe("达标");
  });

  it("writes nothing in a workbook without PERF's tables, and says so", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "x";
    const { excel, opened } = await openPane(wb);
    await openMonitor();
    await click("运行监控");
    await settled();
    expect(excel.syncs - opened).toBe(3);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(screen.getByTestId("monitor").textContent).toContain("未运行监控");
  });

  it("is undone by 撤销上次评分 on the 评分 tab: the statuses go back, 监控结果 says so", async () => {
    const wb = await seedWith(6, (w) => void (w.getWorksheet(SHEETS.monitor)!.getCell("J7").value = "手填"));
    const { excel } = await openPane(wb);
    await openMonitor();
    await click("运行监控");
    await settled();
    expect(cell(excel.sheets, SHEETS.monitor, "J7")).toBe("达标");
    await click(screen.getByRole("tab", { name: "评分" }));
    expect(action("撤销上次评分").getAttribute("aria-disabled")).not.toBe("true");
    await click(action("撤销上次评分"));
    await settled();
    expect(cell(excel.sheets, SHEETS.monitor, "J7")).toBe("手填");
    expect(cell(excel.sheets, SHEETS.monitor, "J10")).toBe("");
    expect(cell(excel.sheets, SHEETS.monitorResult, "A2")).toMatch(/^上次运行监控（批次 .* 运行监控）已撤销/);
    expect(screen.getByRole("status").textContent).toContain("已撤销上次运行监控");
  });

  it("loads monitor.js on the tab's first opening only; a failed load says so in Chinese, and closing it tries again", async () => {
    delete (globalThis as Global).PERF_MONITOR;
    try {
      const { excel, opened } = await openPane(await seedWith(3));
      const script = () => document.head.querySelector<HTMLScriptElement>('script[src="monitor.js"]');
      expect(script()).toBeNull();
      await click(screen.getByRole("tab", { name: "运行监控" }));
      expect(screen.getByRole("tabpanel").textContent).toContain("正在加载运行监控");
      await act(async () => void script()!.dispatchEvent(new Event("error")));
      const view = screen.getByRole("tabpanel");
      expect(view.textContent).toContain("无法加载运行监控程序");
      expect(view.textContent).not.toMatch(/[A-Za-z]{2,}/);
      expect(excel.syncs - opened).toBe(0);
      // Closing the message loads it again: this time the script runs.
      await click(within(view).getByRole("button"));
      (globalThis as Global).PERF_MONITOR = panel;
      await act(async () => void script()!.dispatchEvent(new Event("load")));
      expect(await screen.findByRole("button", { name: "运行监控" })).toBeTruthy();
    } finally {
      (globalThis as Global).PERF_MONITOR = panel;
    }
  });

  it("the tabs are one Tab stop; the arrow keys move between 评分 and 运行监控", async () => {
    await openPane(await seedWith(3));
    const tablist = screen.getByRole("tablist", { name: "功能" });
    const [score, monitor] = within(tablist).getAllByRole("tab");
    score.focus();
    await key(tablist, "ArrowRight");
    expect(document.activeElement).toBe(monitor);
    expect(monitor.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").id).toBe("view-monitor");
    expect(await screen.findByRole("button", { name: "运行监控" })).toBeTruthy();
    await key(tablist, "ArrowLeft");
    expect(document.activeElement).toBe(score);
    expect(screen.getByRole("toolbar", { name: "评分操作" })).toBeTruthy();
  });
});
