import { act, render, screen, waitFor } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { detectCapabilities, officeHost, type PaneHost } from "../../src/taskpane/host";
import { startPane, type OfficeLike } from "../../src/taskpane/startup";
import {
  EXCEL_TOO_OLD,
  FUNCTIONS_UNAVAILABLE,
  NOT_IN_EXCEL,
  OFFICE_NOT_LOADED,
  OFFICE_SLOW,
  TEMPLATE_UNAVAILABLE,
} from "../../src/taskpane/support";
import { FakeExcelHost, type FakeSheet } from "../fakes/fake-excel";
import { fakeSheetsOf } from "../fakes/from-exceljs";
import { seedWorkbook } from "../helpers/xlsx";
import { cell, click, settled } from "./harness";

/**
 * What the host Excel supports decides what the pane offers (Office.context.requirements.isSetSupported), and a
 * pane that cannot start says why, in Chinese, instead of staying blank.
 */

/** The pane started as index.tsx starts it, over `office`; returns the container. */
async function start(office: OfficeLike | undefined, timeoutMs = 10_000, host: PaneHost = officeHost) {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => {
    await startPane(root, office, (capabilities) => <App host={host} capabilities={capabilities} />, timeoutMs);
  });
  return container;
}

/** A new workbook: one empty sheet. */
const blankSheets = (): FakeSheet[] => [{ name: "Sheet1", cells: new Map(), charts: [] }];

afterEach(() => {
  document.body.innerHTML = "";
});

describe("an Excel without ExcelApi 1.13 (Microsoft 365 before Version 2102)", () => {
  async function olderExcel() {
    const excel = new FakeExcelHost(fakeSheetsOf(await seedWorkbook()));
    excel.requirements = { ExcelApi: "1.12", SharedRuntime: "1.1" };
    (globalThis as { Excel?: unknown }).Excel = excel.namespace();
    const container = await start(excel.office());
    return { excel, container };
  }

  it("shows 插入模板 disabled, saying which Excel it needs; 评分 works", async () => {
    const { excel } = await olderExcel();
    const template = screen.getByRole("button", { name: "插入模板" });
    expect(template.getAttribute("aria-disabled")).toBe("true");
    expect(template.getAttribute("aria-describedby")).toBe("template-unavailable");
    expect(document.getElementById("template-unavailable")!.textContent).toBe(TEMPLATE_UNAVAILABLE);
    expect(TEMPLATE_UNAVAILABLE).toMatch(/Windows 版本 2102 及以上，Mac 版本 16\.50 及以上）或 Excel 2021 及以上/);

    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
    expect(cell(excel.sheets, "指标体系", "H31")).toBe(91.75);
  });

  it("a new workbook is told to ask the finance bureau for the template; 插入模板 does nothing", async () => {
    const excel = new FakeExcelHost(blankSheets());
    excel.requirements = { ExcelApi: "1.12", SharedRuntime: "1.1" };
    (globalThis as { Excel?: unknown }).Excel = excel.namespace();
    const asked: string[] = [];
    const host: PaneHost = {
      ...officeHost,
      sheetNames: () => (asked.push("sheetNames"), officeHost.sheetNames()),
      templateBase64: async () => (asked.push("templateBase64"), "UEsDBA=="),
      insertTemplate: async () => void asked.push("insertTemplate"),
    };
    await start(excel.office(), 10_000, host);
    await waitFor(() => expect(document.querySelector("main")?.dataset.workbook).toBe("not-perf"));
    const intro = screen.getByTestId("start");
    expect(intro.textContent).toContain("请向财政局索取评价模板工作簿，在 Excel 中打开后点击“评分”。");
    expect(intro.textContent).not.toContain("插入模板");

    const syncs = excel.syncs;
    await click("插入模板");
    await settled();
    expect(asked).toEqual([]);
    expect(excel.syncs).toBe(syncs);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("a retail Excel 2021 before Version 2311 (no CustomFunctionsRuntime 1.2)", () => {
  it("says the PERF.* functions are missing, and 评分 works", async () => {
    const excel = new FakeExcelHost(fakeSheetsOf(await seedWorkbook()));
    excel.requirements = { ExcelApi: "1.14", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" };
    (globalThis as { Excel?: unknown }).Excel = excel.namespace();
    await start(excel.office());
    expect(document.getElementById("functions-unavailable")!.textContent).toBe(FUNCTIONS_UNAVAILABLE);
    expect(screen.getByRole("button", { name: "插入模板" }).getAttribute("aria-disabled")).not.toBe("true");
    await click("评分");
    await settled();
    expect(screen.getByTestId("total").textContent).toBe("91.75 分");
  });

  it("is detected from its requirement sets", () => {
    const excel = new FakeExcelHost();
    excel.requirements = { ExcelApi: "1.14", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.1" };
    expect(detectCapabilities(excel.office().context.requirements)).toEqual({
      score: true,
      template: true,
      merges: true,
      functions: false,
    });
  });
});

describe("a current Excel", () => {
  it("a new workbook is offered 插入模板 first", async () => {
    const excel = new FakeExcelHost(blankSheets());
    (globalThis as { Excel?: unknown }).Excel = excel.namespace();
    await start(excel.office());
    await waitFor(() => expect(document.querySelector("main")?.dataset.workbook).toBe("not-perf"));
    expect(screen.getByTestId("start").textContent).toContain("点击上方的“插入模板”");
    expect(screen.getByRole("button", { name: "插入模板" }).getAttribute("data-primary")).toBe("");
  });

  it("offers every action, and the help page", async () => {
    const excel = new FakeExcelHost(fakeSheetsOf(await seedWorkbook()));
    (globalThis as { Excel?: unknown }).Excel = excel.namespace();
    await start(excel.office());
    for (const name of ["评分", "撤销上次评分", "插入模板"])
      expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).not.toBe("true");
    expect(document.getElementById("template-unavailable")).toBeNull();
    expect(document.getElementById("functions-unavailable")).toBeNull();
    const help = screen.getByRole("link", { name: "PERF 帮助" });
    expect([help.getAttribute("href"), help.getAttribute("target")]).toEqual(["help.html", "_blank"]);
  });

  it("is detected from its requirement sets", () => {
    const excel = new FakeExcelHost();
    expect(detectCapabilities(excel.office().context.requirements)).toEqual({
      score: true,
      template: true,
      merges: true,
      functions: true,
    });
    excel.requirements = { ExcelApi: "1.12" };
    expect(detectCapabilities(excel.office().context.requirements)).toEqual({
      score: true,
      template: false,
      merges: false,
      functions: false,
    });
    excel.requirements = { ExcelApi: "1.8" };
    const none = { score: false, template: false, merges: false, functions: false };
    expect(detectCapabilities(excel.office().context.requirements)).toEqual(none);
    expect(detectCapabilities(undefined)).toEqual(none);
  });
});

describe("a pane that cannot start says why", () => {
  it("an Excel older than PERF's minimum (ExcelApi 1.9): the versions PERF supports, no actions", async () => {
    const excel = new FakeExcelHost();
    excel.requirements = { ExcelApi: "1.8" };
    const container = await start(excel.office());
    expect(screen.getByRole("alert").textContent).toBe(EXCEL_TOO_OLD);
    expect(EXCEL_TOO_OLD).toContain("Microsoft 365 订阅版版本 2002 及以上");
    expect(container.querySelectorAll("button")).toHaveLength(0);
    expect(screen.getByRole("link", { name: "PERF 帮助" }).getAttribute("href")).toBe("help.html");
  });

  it("Office.js never loaded (its CDN unreachable): what to ask the IT department", async () => {
    await start(undefined);
    expect(screen.getByRole("alert").textContent).toBe(OFFICE_NOT_LOADED);
    expect(OFFICE_NOT_LOADED).toContain("https://appsforoffice.microsoft.com");
  });

  it("Office.js still loading after the timeout: says so, then the pane follows when it loads", async () => {
    let ready!: (info: { host: unknown }) => void;
    const excel = new FakeExcelHost(fakeSheetsOf(await seedWorkbook()));
    (globalThis as { Excel?: unknown }).Excel = excel.namespace();
    const office: OfficeLike = {
      onReady: () => new Promise((resolve) => (ready = resolve)),
      context: excel.office().context,
    };
    const container = document.createElement("div");
    document.body.append(container);
    const root = createRoot(container);
    let started!: Promise<void>;
    act(() => {
      started = startPane(root, office, (c) => <App host={officeHost} capabilities={c} />, 20);
    });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(OFFICE_SLOW));
    await act(async () => {
      ready({ host: "Excel" });
      await started;
    });
    expect(screen.getByRole("button", { name: "评分" })).toBeTruthy();
    expect(screen.queryByText(OFFICE_SLOW)).toBeNull();
  });

  it("taskpane.html's static notice stays until the pane has something to say in its place", async () => {
    let ready!: (info: { host: unknown }) => void;
    const excel = new FakeExcelHost(fakeSheetsOf(await seedWorkbook()));
    (globalThis as { Excel?: unknown }).Excel = excel.namespace();
    const boot = document.createElement("div");
    boot.id = "boot";
    boot.textContent = "正在启动 PERF……";
    document.body.append(boot);
    const root = createRoot(document.body.appendChild(document.createElement("div")));
    let started!: Promise<void>;
    act(() => {
      started = startPane(
        root,
        { onReady: () => new Promise((resolve) => (ready = resolve)), context: excel.office().context },
        (c) => <App host={officeHost} capabilities={c} />,
        20,
      );
    });
    expect(document.getElementById("boot")).not.toBeNull(); // waiting for Office: the notice is all there is
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(OFFICE_SLOW));
    expect(document.getElementById("boot")).toBeNull();
    await act(async () => {
      ready({ host: "Excel" });
      await started;
    });
    expect(screen.getByRole("button", { name: "评分" })).toBeTruthy();
  });

  it("the page opened outside Excel", async () => {
    await start({ onReady: async () => ({ host: null }) });
    expect(screen.getByRole("alert").textContent).toBe(NOT_IN_EXCEL);
  });
});

describe("the App alone (tests and previews)", () => {
  it("offers every action when given no capabilities", () => {
    render(<App host={officeHost} />);
    expect(screen.getByRole("button", { name: "插入模板" }).getAttribute("aria-disabled")).not.toBe("true");
  });
});
