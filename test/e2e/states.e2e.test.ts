import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import ExcelJS from "exceljs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { fillLedger, seedMonths } from "../helpers/monitor";
import { seedWorkbook, selfEvaluation } from "../helpers/xlsx";
import {
  cellOf,
  fakeDataOf,
  idle,
  openPane,
  SHOTS,
  syncsOf,
  startBrowser,
  stopBrowser,
  type FakeData,
  type PaneBrowser,
} from "./browser";

/*
 * Each state of the pane as finance staff meet it, in Chromium: at Excel's usual pane width (320 px) in light and
 * dark, and at 200% zoom (the same pane, 160 CSS pixels wide). In each: nothing wider than the pane, no name broken
 * inside a word, every theme token the page uses defined. Screenshots: test-results/pane-<state>-320.png,
 * pane-<state>-320-dark.png and pane-<state>-200pct.png.
 */

let b: PaneBrowser;
const data: Record<string, FakeData> = {};

beforeAll(async () => {
  b = await startBrowser();
  const blank = new ExcelJS.Workbook();
  blank.addWorksheet("Sheet1");
  data.blank = fakeDataOf(blank);
  const unrelated = new ExcelJS.Workbook();
  const ws = unrelated.addWorksheet("预算明细");
  ws.getRow(1).values = ["科目", "金额（万元）"];
  ws.getRow(2).values = ["办公费", 12.5];
  // A department's own 项目绩效自评表 beside it: PERF's header words, not PERF's rows (review of #10, finding 1).
  const own = selfEvaluation().getWorksheet("项目绩效自评表")!;
  const self = unrelated.addWorksheet("项目绩效自评表");
  own.eachRow((row, r) => (self.getRow(r).values = row.values));
  data.unrelated = fakeDataOf(unrelated);
  data.seed = fakeDataOf(await seedWorkbook());
  const errors = await seedWorkbook({ yishang: "", yixia: "", procurement_budget: "", staff_quota: "" });
  errors.getWorksheet("基础数据")!.getCell("D73").value = 96;
  data.errors = fakeDataOf(errors);
  const hand = await seedWorkbook({ yishang: 4704.37, yixia: 3783.36 });
  hand.getWorksheet("指标体系")!.getCell("H2").value = 4.8;
  hand.getWorksheet("指标体系")!.getCell("H3").value = 2.5;
  data.hand = fakeDataOf(hand);
  const noEffect = await seedWorkbook();
  noEffect.removeWorksheet(noEffect.getWorksheet("效果性")!.id);
  data.noEffect = fakeDataOf(noEffect);
  // The seed's spending to 9 月末 in 运行监控: 35.48%, 59.88% (达标), 64.77% against 75% (落后).
  const monitored = await seedWorkbook();
  fillLedger(monitored, seedMonths(9));
  data.monitor = fakeDataOf(monitored);
}, 240_000);

afterAll(() => stopBrowser(b));

const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

async function scoreAndWait(page: Page): Promise<void> {
  await button(page, "评分").click();
  await idle(page);
}

/** How each state is reached, and the element its screenshot shows (the whole page when none). */
const STATES: Record<string, { data: string; reach(page: Page): Promise<void>; part?: RegExp }> = {
  "first-open": { data: "blank", reach: async () => undefined },
  "not-a-template": {
    data: "unrelated",
    reach: async (page) => {
      expect(await page.locator("main").getAttribute("data-workbook")).toBe("not-perf");
      await scoreAndWait(page);
      await page.getByRole("status").waitFor();
      expect(await page.getByRole("status").textContent()).toMatch(/^未评分这个工作簿中没有绩效评价的表/);
    },
  },
  "errors-first": {
    data: "errors",
    reach: async (page) => {
      await scoreAndWait(page);
      await page.getByTestId("errors-summary").waitFor();
    },
  },
  "overwrite-dialog": {
    data: "hand",
    reach: async (page) => {
      await button(page, "评分").click();
      await page.getByRole("dialog").waitFor();
    },
  },
  results: {
    data: "seed",
    reach: async (page) => {
      await scoreAndWait(page);
      await page.getByTestId("total").waitFor();
    },
  },
  // 运行监控: its tab, one click, each checkpoint's status, what to spend by 12 月末, projected points.
  monitor: {
    data: "monitor",
    reach: async (page) => {
      await page.getByRole("tab", { name: "运行监控" }).click();
      await button(page, "运行监控").click();
      await page.getByTestId("checkpoints").waitFor();
      await idle(page);
    },
  },
  problems: {
    data: "seed",
    reach: async (page) => {
      await scoreAndWait(page);
      await page.getByTestId("problems").waitFor();
    },
    part: /存在问题/,
  },
};

/** Elements that stick out of the pane on the right, with how far (the 6 px cards were one). */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const e of document.querySelectorAll("main *, dialog *")) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5)
        out.push(`${e.tagName} “${(e.textContent ?? "").slice(0, 20)}” ends at ${r.right} > ${width}`);
    }
    return out;
  });
}

/**
 * Text that wraps where it must not. Marked perf-words: each word is its own text node, so a line may only start at
 * one, or after a space — but not after the space between a figure and its unit (“5 / 处”). Marked perf-nowrap (a
 * cell address, “扣 2 分”): not at all, across all its text nodes (review of #10, finding 6: “基础/数据!D73” passed).
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const lines = (element: Element, whole: boolean) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let previous: DOMRect | undefined;
      let before = "";
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        const range = document.createRange();
        if (!whole) [previous, before] = [undefined, ""];
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          const prior = before.slice(-2);
          before += text[i];
          if (!rect) continue;
          // A new line: this character starts below the middle of the one before.
          const wrapped = previous !== undefined && rect.top > previous.top + previous.height / 2;
          const atSpace = prior.endsWith(" ") || text[i] === " ";
          const unit = /\d%? $/.test(prior) && text[i] !== " ";
          if (wrapped && (whole || !atSpace || unit)) broken.push(`${element.textContent}: inside “${text}”`);
          previous = rect;
        }
      }
    };
    for (const element of document.querySelectorAll(".perf-words")) lines(element, false);
    for (const element of document.querySelectorAll(".perf-nowrap")) lines(element, true);
    return broken;
  });
}

/**
 * Theme tokens the page's styles refer to that the theme does not define (the pane's themes hold only the tokens its
 * bundle uses: src/taskpane/theme-tokens.ts).
 */
function undefinedTokens(page: Page, tokens: string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const provider = document.querySelector(".fui-FluentProvider")!;
    const used = new Set<string>();
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        for (const m of rule.cssText.matchAll(/var\(--([A-Za-z0-9]+)\)/g)) used.add(m[1]);
    const style = getComputedStyle(provider);
    return [...used].filter((t) => names.includes(t) && style.getPropertyValue(`--${t}`).trim() === "");
  }, tokens);
}

/**
 * Style rules keyed on Fluent's keyboard-focus attribute: keyborg, which sets it, is left out of the pane's bundle
 * (src/taskpane/no-keyborg.js), so no rule may need it.
 */
function focusVisibleRules(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .filter((text) => text.includes("data-fui-focus-visible")),
  );
}

const TOKENS = [...new Set([...Object.keys(webLightTheme), ...Object.keys(webDarkTheme)])];

describe.each(Object.keys(STATES))("the pane's %s", (state) => {
  const { data: which, reach, part } = STATES[state];
  const shot = async (page: Page, name: string) => {
    const path = join(SHOTS, `pane-${state}-${name}.png`);
    if (part) await page.getByRole("region", { name: part }).screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
  };

  it.each([
    ["320", { width: 320, colorScheme: "light" as const }],
    ["320-dark", { width: 320, colorScheme: "dark" as const }],
    ["200pct", { width: 320, zoom: 2, colorScheme: "light" as const }],
  ])(
    "at %s: fits the pane, breaks no name inside a word, uses only defined tokens",
    async (name, options) => {
      const page = await openPane(b, data[which], options);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await idle(page);
      await reach(page);
      await page.evaluate(() => document.fonts.ready);
      expect(await overflow(page)).toEqual([]);
      expect(await brokenWords(page)).toEqual([]);
      expect(await undefinedTokens(page, TOKENS)).toEqual([]);
      expect(await focusVisibleRules(page)).toEqual([]);
      if (options.colorScheme === "dark") {
        const [bg, fg] = await page.evaluate(() => {
          const main = getComputedStyle(document.querySelector("main")!);
          return [main.backgroundColor, main.color];
        });
        const sum = (c: string) =>
          c
            .match(/\d+/g)!
            .slice(0, 3)
            .map(Number)
            .reduce((x, y) => x + y, 0);
        expect(sum(bg)).toBeLessThan(3 * 80);
        expect(sum(fg)).toBeGreaterThan(3 * 180);
      }
      await shot(page, name);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    120_000,
  );
});

describe("运行监控 in Chromium", () => {
  it("loads monitor.js on the tab's first opening only, writes 状态 and 监控结果 in 3 + 2 syncs, shows the statuses", async () => {
    const page = await openPane(b, data.monitor, { width: 320 });
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname)));
    await idle(page);
    expect(scripts).not.toContain("/monitor.js");
    await page.getByRole("tab", { name: "运行监控" }).click();
    const before = await syncsOf(page);
    await button(page, "运行监控").click();
    await page.getByTestId("checkpoints").waitFor();
    await idle(page);
    expect(scripts.filter((s) => s === "/monitor.js")).toHaveLength(1);
    expect(errors).toEqual([]);
    expect((await syncsOf(page)) - before).toBe(5);
    const statuses = await page.getByTestId("checkpoints").locator("[data-status]").allTextContents();
    expect(statuses).toEqual(["达标", "达标", "落后", "未到"]);
    expect(await page.getByTestId("needed").textContent()).toBe("1,325.88 万元");
    expect(await cellOf(page, "运行监控", "J13")).toBe("落后");
    expect(await cellOf(page, "监控结果", "A1")).toBe("运行监控结果");
    await page.context().close();
  }, 120_000);
});

describe("a finding without a cell (a missing table)", () => {
  it("is a card as wide as the others, not wider than the pane", async () => {
    const page = await openPane(b, data.noEffect, { width: 320 });
    await idle(page);
    await scoreAndWait(page);
    const card = page.getByText(/^找不到“效果性”表/);
    await card.waitFor();
    expect(await overflow(page)).toEqual([]);
    const [cardRight, listRight] = await page.evaluate(() => {
      const list = document.querySelector('[data-testid="findings"]')!.getBoundingClientRect();
      const static_ = [...document.querySelectorAll('[data-testid="findings"] li > div')][0].getBoundingClientRect();
      return [static_.right, list.right];
    });
    expect(cardRight).toBeLessThanOrEqual(listRight);
    await page.context().close();
  }, 120_000);
});

describe("in Chromium, by keyboard", () => {
  it("the overwrite question is modal: Tab stays in it, Esc cancels, the focus goes back to 评分", async () => {
    const page = await openPane(b, data.hand, { width: 320 });
    await idle(page);
    await button(page, "评分").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "改写手工填写的得分？" });
    await dialog.waitFor();
    // Modal: what is behind it is inert (the page's own buttons cannot be reached or clicked).
    expect(await page.evaluate(() => document.querySelector("dialog")!.matches(":modal"))).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 ? "Shift+Tab" : "Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog")))).toBe(true);
    }
    expect(await page.getByTestId("total").count()).toBe(0); // no new score beside the question
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("评分");
    expect(await page.getByRole("status").textContent()).toBe("已取消，工作簿未作任何改动。");
    await page.context().close();
  }, 120_000);

  it("the toolbar is one Tab stop and the arrow keys walk it; the dimmed 撤销 shows why on focus", async () => {
    const page = await openPane(b, data.seed, { width: 320 });
    await idle(page);
    // First the tabs (评分 | 运行监控: one Tab stop, the selected one), then the toolbar.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("[role=toolbar]") !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("评分");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("撤销上次评分");
    const tip = page.getByRole("tooltip");
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe("“评分记录”表中没有可撤销的评分");
    await page.screenshot({ path: join(SHOTS, "pane-undo-tooltip-320.png") });
    await page.keyboard.press("Tab"); // out of the toolbar: past its other buttons in one step
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[role=toolbar]")))).toBe(false);
    await page.context().close();
  }, 120_000);
});
