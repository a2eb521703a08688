import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadFrameworkText } from "../../src/cli/framework/file";
import { setWorkbookFramework } from "../../src/functions/workbook-framework";
import { ROOT } from "../helpers/seed";
import { call, valueError } from "./helpers/custom-functions";
import { BY_ID, seed } from "./helpers/functions";

/*
 * PERF.PROGRESS_STATUS and PERF.SPEND_NEEDED as tables worked by hand. dapeng-2024's 序时进度: 25%, 50%, 75%, 100% at
 * the quarters' ends; its statuses are PERF's defaults: 达标 not below 序时进度, 预警 below it by up to 5 points
 * (included), 落后 beyond. 支出进度 is a rate, rounded to 0.01% before it is compared, as every rate is.
 */

const STATUS: [unknown, unknown, string, string][] = [
  // the seed's quarters (spec §3): 35.48% ≥ 25%; 59.88% ≥ 50%; 64.77% is 10.23 points below 75%; 79.14%, 20.86 below
  [seed("progress_q1"), "q1", "达标", "the seed's first quarter, ahead"],
  [seed("progress_q2"), "二季度", "达标", "the seed's second quarter, by its name"],
  [seed("progress_q3"), 9, "落后", "the seed's third quarter, by its month"],
  [seed("progress_q4"), "q4", "落后", "the seed's year end"],
  [0.25, "q1", "达标", "exactly on 序时进度"],
  [0.2499, "q1", "预警", "0.01 points behind"],
  [0.2, "q1", "预警", "5 points behind: 以内 includes the bound"],
  [0.1999, "q1", "落后", "5.01 points behind"],
  [0.24995, "q1", "达标", "24.995% rounds to 25.00% first"],
  ["70%", "三季度", "预警", "a percentage typed as text, 5 points behind"],
  [0.72, "9月", "预警", "a month written 9月"],
  [0, " 一季度 ", "落后", "nothing spent; spaces in the name ignored"],
];

const NEEDED: [unknown, unknown, unknown, number, string][] = [
  // 3,763.51 × 75% = 2,822.6325; − 2,253.59 = 569.0425, up to the next 0.01 万元
  [3763.51, 2253.59, "q3", 569.05, "the seed at the end of June, for September"],
  // 3,763.51 × 100% − 2,437.63 = 1,325.88
  [3763.51, 2437.63, "q4", 1325.88, "the seed at the end of September, for the year end"],
  [1000, 620, "q3", 130, "1,000 × 75% − 620"],
  [1000, 800, "q3", 0, "already past 序时进度: nothing more"],
  [1000, 750, 9, 0, "exactly on it"],
  ["1,000", "0", "一季度", 250, "text figures, nothing spent"],
];

describe("PERF.PROGRESS_STATUS(actual, checkpoint)", () => {
  it.each(STATUS)("%p at %p → %s (%s)", (actual, checkpoint, expected) => {
    expect(BY_ID.PROGRESS_STATUS(actual, checkpoint)).toBe(expected);
  });
});

describe("PERF.SPEND_NEEDED(budget, spent, checkpoint)", () => {
  it.each(NEEDED)("%p, %p, %p → %p (%s)", (budget, spent, checkpoint, expected) => {
    expect(BY_ID.SPEND_NEEDED(budget, spent, checkpoint)).toBe(expected);
  });
});

const CHOICES = "一季度（q1，3 月）、二季度（q2，6 月）、三季度（q3，9 月）、四季度（q4，12 月）";

const ERRORS: [string, unknown[], string][] = [
  ["PROGRESS_STATUS", ["", "q1"], "缺少支出进度（actual）"],
  ["PROGRESS_STATUS", [0.5, null], "缺少检查点（checkpoint）"],
  ["PROGRESS_STATUS", ["很快", "q1"], "支出进度（actual）应为比率（如 0.9548 或 95.48%），收到文本“很快”"],
  ["PROGRESS_STATUS", [60, "q2"], "支出进度（actual）为 60，超出 0 至 100% 的范围；若指 60%，请填 0.6 或 60%"],
  ["PROGRESS_STATUS", [-0.1, "q2"], "支出进度（actual）不能为负数：-0.1"],
  [
    "PROGRESS_STATUS",
    [0.5, "q5"],
    `检查点（checkpoint）应为指标框架 dapeng-2024 的检查点：${CHOICES}（填代码、名称或月份），收到文本“q5”`,
  ],
  [
    "PROGRESS_STATUS",
    [0.5, 7],
    `检查点（checkpoint）应为指标框架 dapeng-2024 的检查点：${CHOICES}（填代码、名称或月份），收到 7`,
  ],
  [
    "PROGRESS_STATUS",
    [0.5, true],
    `检查点（checkpoint）应为指标框架 dapeng-2024 的检查点：${CHOICES}（填代码、名称或月份），收到逻辑值 TRUE`,
  ],
  ["SPEND_NEEDED", ["", 1, "q1"], "缺少预算数（budget）"],
  ["SPEND_NEEDED", [1000, undefined, "q1"], "缺少累计支出（spent）"],
  ["SPEND_NEEDED", [1000, 10, ""], "缺少检查点（checkpoint）"],
  ["SPEND_NEEDED", [-5, 0, "q1"], "预算数（budget）不能为负数：-5"],
  ["SPEND_NEEDED", ["500元", 0, "q1"], "预算数（budget）以万元为单位，收到以元为单位的文本“500元”"],
  ["SPEND_NEEDED", [0, 0, "q1"], "预算数（budget）为 0，无法计算应支出的金额"],
  [
    "SPEND_NEEDED",
    [1000, 1200.5, "q3"],
    "累计支出（spent）1,200.50 万元大于预算数（budget）1,000.00 万元：累计支出不能超过预算数，请核对",
  ],
  ["SPEND_NEEDED", [1000, 500, "q1", "nope"], expect.stringContaining("未知的指标框架“nope”") as unknown as string],
];

describe("bad input: #VALUE! with a Chinese message naming the argument", () => {
  it.each(ERRORS)("%s(%p) → %s", (id, args, message) => {
    expect(valueError(BY_ID[id], ...args)).toEqual(message);
  });

  it("never anything but a status word or #VALUE! (no NaN, no thrown exception)", () => {
    for (const actual of [NaN, Infinity, {}, [[1]], "", "0.5"])
      for (const checkpoint of [NaN, 3, "q1", {}, 12.5]) {
        const r = call(BY_ID.PROGRESS_STATUS, actual, checkpoint);
        if ("value" in r) expect(["达标", "预警", "落后"]).toContain(r.value);
        else expect(r).toEqual({ code: "#VALUE!", message: expect.stringMatching(/\S/) });
      }
  });
});

describe("the workbook's own framework, once the task pane has read it", () => {
  // example-2025 checks 40% at the end of July, 80% November, 100% December; 预警 from 5 points behind (included),
  // 落后 from 10 (included): so 4 points behind is still 达标 there.
  const example = loadFrameworkText(readFileSync(join(ROOT, "frameworks", "example-2025.yaml"), "utf8")).framework!;
  beforeAll(() => setWorkbookFramework(example));
  afterAll(() => setWorkbookFramework(undefined));

  it.each([
    [0.36, "m7", "达标"],
    [0.35, "7 月", "预警"],
    [0.3001, 7, "预警"],
    [0.3, 7, "落后"],
  ])("%p at %p → %s", (actual, checkpoint, expected) => {
    expect(BY_ID.PROGRESS_STATUS(actual, checkpoint)).toBe(expected);
    expect(BY_ID.PROGRESS_STATUS(actual, checkpoint, "example-2025")).toBe(expected);
  });

  it("SPEND_NEEDED by its checkpoints: 1,000 × 80% − 350 = 450 by November", () => {
    expect(BY_ID.SPEND_NEEDED(1000, 350, "11 月")).toBe(450);
    expect(BY_ID.SPEND_NEEDED(1000, 350, "m11")).toBe(450);
  });

  it("dapeng-2024 still by name: its quarters", () => {
    expect(BY_ID.PROGRESS_STATUS(0.35, "q1", "dapeng-2024")).toBe("达标");
    expect(valueError(BY_ID.PROGRESS_STATUS, 0.35, "q1")).toMatch(
      /^检查点（checkpoint）应为指标框架 example-2025 的检查点：7 月（m7，7 月）/,
    );
  });
});
