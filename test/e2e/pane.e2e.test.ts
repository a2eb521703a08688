import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import type { Server } from "node:http";
import { join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildOnce, DIST } from "../../scripts/build-once";
import { ROOT } from "../helpers/seed";
import { seedWorkbook } from "../helpers/xlsx";
import { fakeSheetsOf } from "../fakes/from-exceljs";
import { serve } from "./server";

/*
 * The production build in a real browser: Debian's Chromium, headless, driven by playwright-core. Office.js is served
 * from node_modules (its CDN address is routed there), Excel is the fake holding the seed's filled workbook, and no
 * request may leave the machine. Screenshots go to test-results/ for people to look at.
 */

const CHROMIUM = process.env.PERF_CHROMIUM ?? "/usr/bin/chromium";
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const SHOTS = join(ROOT, "test-results");
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

let browser: Browser;
let server: Server;
let origin: string;
let fakeHost: string;
let fakeData: unknown;
/** Every request the page made that was neither to the add-in's origin nor to Office.js's (served locally). */
const escaped: string[] = [];
/** Requests to Office.js's address, answered from node_modules. */
const routed: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请运行 .ci/run，或 apt-get install -y chromium fonts-noto-cjk`);
  }
  buildOnce();
  ({ server, origin } = await serve(DIST));
  const bundled = await build({
    entryPoints: [join(__dirname, "fake-host.ts")],
    bundle: true,
    format: "iife",
    write: false,
    target: "es2020",
  });
  fakeHost = bundled.outputFiles[0].text;
  // The seed's case as a filled workbook, with 满意度 typed as the text "96%": scored all the same, with one finding.
  const wb = await seedWorkbook();
  wb.getWorksheet("基础数据")!.getCell("D73").value = "96%";
  fakeData = { sheets: fakeSheetsOf(wb).map((s) => ({ name: s.name, protected: s.protected, cells: [...s.cells] })) };
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Options {
  /** Office.js's CDN cannot be reached (requests to it fail). */
  cdnDown?: boolean;
  /** The host's requirement sets (default: a current Excel). */
  requirements?: Record<string, string>;
}

async function loadPage(colorScheme: "light" | "dark", options: Options = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, colorScheme, locale: "zh-CN" });
  const page = await context.newPage();
  await page.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", async (route) => {
    if (options.cdnDown) return route.abort("internetdisconnected");
    const url = new URL(route.request().url());
    const file = normalize(join(OFFICE_JS, url.pathname.replace("/lib/1/hosted/", "")));
    routed.push(url.href);
    if (!file.startsWith(OFFICE_JS) || !existsSync(file) || !statSync(file).isFile())
      return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
  });
  page.on("request", (request) => {
    const url = request.url();
    if (
      !url.startsWith(origin) &&
      !url.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/") &&
      !url.startsWith("data:")
    ) {
      escaped.push(url);
    }
  });
  await page.addInitScript(
    ({ data, script }) => {
      (window as unknown as { __PERF_FAKE_DATA: unknown }).__PERF_FAKE_DATA = data;
      // A recording CustomFunctions, as Excel's runtime provides: which functions did the page register?
      const associated: string[] = [];
      (window as unknown as { __associated: string[] }).__associated = associated;
      class CfError extends Error {}
      // Frozen: Office.js, loaded outside Office, would otherwise put its own associate in place of the recorder.
      Object.defineProperty(window, "CustomFunctions", {
        configurable: false,
        value: Object.freeze({
          associate: (id: string) => void associated.push(id),
          Error: CfError,
          ErrorCode: { invalidValue: "#VALUE!" },
        }),
      });
      new Function(script)();
    },
    { data: { ...(fakeData as object), requirements: options.requirements }, script: fakeHost },
  );
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

async function openPane(colorScheme: "light" | "dark", options: Options = {}): Promise<Page> {
  const page = await loadPage(colorScheme, options);
  await page.getByRole("button", { name: "评分", exact: true }).waitFor();
  return page;
}

async function score(page: Page): Promise<void> {
  await page.getByRole("button", { name: "评分", exact: true }).click();
  await page.getByTestId("total").waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

const cellOf = (page: Page, sheet: string, address: string) =>
  page.evaluate(
    ([s, a]) =>
      (
        window as unknown as {
          __perfFake: { sheet(n: string): { cells: Map<string, { value: unknown }> } | undefined };
        }
      ).__perfFake
        .sheet(s)
        ?.cells.get(a)?.value ?? "",
    [sheet, address],
  );

describe("the task pane in Chromium", () => {
  it("scores the seed's workbook: 91.75 优 shown, the 得分 cells written, a finding selects its cell", async () => {
    const page = await openPane("light");
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await score(page);
    expect(await page.getByTestId("total").textContent()).toBe("91.75 分");
    expect(await page.getByTestId("grade").textContent()).toBe("等级：优");
    expect([
      await cellOf(page, "指标体系", "H2"),
      await cellOf(page, "指标体系", "H19"),
      await cellOf(page, "指标体系", "H31"),
    ]).toEqual([4.8, 5.48, 91.75]);
    expect(await page.evaluate(() => (window as unknown as { __perfFake: { syncs: number } }).__perfFake.syncs)).toBe(
      5,
    );

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
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
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
    await page.screenshot({ path: join(SHOTS, "pane-no-office-js.png"), fullPage: true });
  }, 60_000);

  it("in an Excel too old for PERF: the versions it supports", async () => {
    const page = await loadPage("light", { requirements: { ExcelApi: "1.8" } });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^当前 Excel 版本过旧，无法运行 PERF。PERF 支持：Excel 网页版；/);
  }, 60_000);

  it("sent no request off the machine", () => {
    expect(escaped).toEqual([]);
    expect(routed.length).toBeGreaterThan(0); // Office.js was asked for, and answered locally
  });
});
