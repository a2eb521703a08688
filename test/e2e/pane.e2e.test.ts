import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DIST } from "../../scripts/build-once";
import { seedWorkbook } from "../helpers/xlsx";
import {
  cellOf,
  fakeDataOf,
  idle,
  loadPage as load,
  openPane as open,
  SHOTS,
  startBrowser,
  stopBrowser,
  syncsOf,
  type FakeData,
  type PaneBrowser,
} from "./browser";

/*
 * The production build in Debian's Chromium (see browser.ts), with the fake Excel holding the seed's filled workbook.
 * Each state of the pane at Excel's pane width, light and dark, and at 200% zoom: states.e2e.test.ts.
 */

let b: PaneBrowser;
let fakeData: FakeData;

beforeAll(async () => {
  b = await startBrowser();
  // The seed's case as a filled workbook, with 满意度 typed as the text "96%": scored all the same, with one finding.
  const wb = await seedWorkbook();
  wb.getWorksheet("基础数据")!.getCell("D73").value = "96%";
  fakeData = fakeDataOf(wb);
}, 240_000);

afterAll(() => stopBrowser(b));

interface Options {
  /** Office.js's CDN cannot be reached (requests to it fail). */
  cdnDown?: boolean;
  /** Office.js's CDN never answers. */
  cdnHangs?: boolean;
  /** The host's requirement sets (default: a current Excel). */
  requirements?: Record<string, string>;
}

async function loadPage(colorScheme: "light" | "dark", options: Options = {}): Promise<Page> {
  const { cdnDown, cdnHangs } = options;
  return load(b, { ...fakeData, requirements: options.requirements }, { colorScheme, cdnDown, cdnHangs });
}

async function openPane(colorScheme: "light" | "dark", options: Options = {}): Promise<Page> {
  const page = await open(b, { ...fakeData, requirements: options.requirements }, { colorScheme });
  await idle(page);
  return page;
}

async function score(page: Page): Promise<void> {
  await page.getByRole("button", { name: "评分", exact: true }).click();
  await page.getByTestId("total").waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

describe("the task pane in Chromium", () => {
  it("scores the seed's workbook: 91.75 优 shown, the 得分 cells written, a finding selects its cell", async () => {
    const page = await openPane("light");
    expect(await page.locator("#boot").count()).toBe(0); // the static start-up notice is gone
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const opened = await syncsOf(page);
    await score(page);
    expect(await page.getByTestId("total").textContent()).toBe("91.75 分");
    expect(await page.getByTestId("grade").textContent()).toBe("等级：优");
    expect([
      await cellOf(page, "指标体系", "H2"),
      await cellOf(page, "指标体系", "H19"),
      await cellOf(page, "指标体系", "H31"),
    ]).toEqual([4.8, 5.48, 91.75]);
    expect((await syncsOf(page)) - opened).toBe(6); // read 4 (cells 3, names and merged cells 1), write 2

    await page.screenshot({ path: join(SHOTS, "pane-results.png"), fullPage: true });
    await page.getByRole("region", { name: /扣分明细/ }).screenshot({ path: join(SHOTS, "pane-deductions.png") });
    await page.getByRole("region", { name: /检查结果/ }).screenshot({ path: join(SHOTS, "pane-findings.png") });

    await page.getByRole("button", { name: /定位到 基础数据!D73/ }).click();
    await page.waitForFunction(
      () => (window as unknown as { __perfFake: { selected?: string } }).__perfFake.selected === "基础数据!D73",
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it("registers every PERF.* function of dist/functions.json from the page", async () => {
    const page = await openPane("light");
    const associated = await page.evaluate(() => (window as unknown as { __associated: string[] }).__associated);
    const ids = (
      JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] }
    ).functions.map((f) => f.id);
    expect([...associated].sort()).toEqual([...ids].sort());
  }, 60_000);

  it("follows a dark theme", async () => {
    const page = await openPane("dark");
    await score(page);
    const background = await page.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor);
    const [red, green, blue] = background.match(/\d+/g)!.map(Number);
    expect(red + green + blue).toBeLessThan(3 * 80);
    await page.screenshot({ path: join(SHOTS, "pane-dark.png"), fullPage: true });
  }, 120_000);

  it("in an Excel without ExcelApi 1.13: 插入模板 disabled with the versions it needs, 评分 works", async () => {
    const page = await openPane("light", { requirements: { ExcelApi: "1.12", SharedRuntime: "1.1" } });
    const template = page.getByRole("button", { name: "插入模板" });
    expect(await template.getAttribute("aria-disabled")).toBe("true");
    expect(await page.locator("#template-unavailable").textContent()).toContain("Windows 版本 2102 及以上");
    await score(page);
    expect(await page.getByTestId("total").textContent()).toBe("91.75 分");
    await page.screenshot({ path: join(SHOTS, "pane-older-excel.png"), fullPage: true });
  }, 120_000);

  it("without Office.js (its CDN unreachable): a Chinese message saying what to do, not a blank page", async () => {
    const page = await loadPage("light", { cdnDown: true });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^无法加载微软的 Office 脚本库（office\.js）.*https:\/\/appsforoffice\.microsoft\.com/,
    );
    expect(await page.getByRole("button").count()).toBe(0);
    expect(await page.locator("#boot").count()).toBe(0); // the static notice gave way to the message
    await page.screenshot({ path: join(SHOTS, "pane-no-office-js.png"), fullPage: true });
  }, 60_000);

  it("while Office.js never arrives (its CDN holds the request): the page's own notice, not a blank page", async () => {
    const page = await loadPage("light", { cdnHangs: true });
    const notice = page.locator("#boot");
    await notice.waitFor({ state: "visible", timeout: 5_000 });
    expect(await notice.getAttribute("role")).toBe("status");
    expect(await notice.textContent()).toMatch(/正在启动 PERF[\s\S]*https:\/\/appsforoffice\.microsoft\.com/);
    expect(await page.getByRole("link", { name: "PERF 帮助" }).getAttribute("href")).toBe("help.html");
    await page.screenshot({ path: join(SHOTS, "pane-office-js-hangs.png"), fullPage: true });
    await page.context().close();
  }, 60_000);

  it("in an Excel too old for PERF: the versions it supports", async () => {
    const page = await loadPage("light", { requirements: { ExcelApi: "1.8" } });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^当前 Excel 版本过旧，无法运行 PERF。PERF 支持：Excel 网页版；/);
  }, 60_000);

  it("sent no request off the machine", () => {
    expect(b.escaped).toEqual([]);
    expect(b.routed.length).toBeGreaterThan(0); // Office.js was asked for, and answered locally
  });
});
