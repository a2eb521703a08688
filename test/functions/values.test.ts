import { BY_ID, seed } from "./helpers/functions";
import { call } from "./helpers/custom-functions";

/**
 * Each function on the seed's figures (spec §3, §6) and at the bounds of its bands (spec §2, §4). Rates are
 * fractions rounded to 0.01%; scores are points. Expected values are written with their derivation.
 */
type Case = [string, unknown[], number | string];

const SEED: Case[] = [
  // 核减率 (4502.03 − 2622.4) ÷ 4502.03 = 41.75% → 35%–45% → 1 point (spec §6: 1.1.1 is 4.8)
  ["HEXIAN_RATE", [seed("yishang"), seed("yixia")], 0.4175],
  ["SCORE_HEXIAN", [0.4175], 1],
  // 一季度 35.48% ÷ 25% → 100%; 二 59.88% ÷ 50% → 100%; 三 64.77% ÷ 75% = 86.36%; 四 79.14%
  ["EXEC_RATE", [seed("progress_q1"), 1], 1],
  ["EXEC_RATE", [seed("progress_q2"), 2], 1],
  ["EXEC_RATE", [seed("progress_q3"), 3], 0.8636],
  ["EXEC_RATE", [seed("progress_q4"), 4], 0.7914],
  // 1 + 1 + 0.8636 + 0.7914 + 2 × 91.38% = 5.4826 → 5.48
  ["SCORE_EXEC", [seed("progress_q1"), seed("progress_q2"), seed("progress_q3"), seed("progress_q4")], 5.48],
  // 三公 1.33 ÷ 1.47 = 90.48% → 2; 日常公用 38.69 ÷ 50.01 = 77.36% → 3; 3.1.1 = 5
  ["CONTROL_RATE", [seed("sangong_actual"), seed("sangong_budget"), seed("sangong_remitted")], 0.9048],
  ["CONTROL_RATE", [seed("office_actual"), seed("office_budget")], 0.7736],
  ["SCORE_CONTROL", [seed("sangong_actual"), seed("sangong_budget"), seed("sangong_remitted")], 2],
  ["SCORE_CONTROL", [seed("office_actual"), seed("office_budget")], 3],
  // 680.11 ÷ 913.96 = 74.41% × 1 + 1 + 1 = 2.7441 → 2.74
  ["SCORE_PROCUREMENT", [seed("procurement_budget"), seed("procurement_actual"), 0, 0], 2.74],
  ["SCORE_PROCUREMENT", [seed("procurement_budget"), seed("procurement_actual")], 2.74],
  // 351.85 ÷ 3763.51 = 9.35%, within 10%
  ["SCORE_ADJUSTMENT", [seed("adjusted_funds"), seed("budget_scale")], 1],
  ["SCORE_ASSET_MATCH", [seed("assets_physical"), seed("assets_book")], 1],
  ["SCORE_ASSET_USE", [seed("assets_in_use"), seed("assets_total")], 1],
  // 23 ÷ 26 = 88.46% ≤ 100%
  ["SCORE_PAYROLL", [seed("staff_on_payroll"), seed("staff_quota")], 1],
  // 19 ÷ 42 = 45.24% > 10%
  ["SCORE_OUTSIDE_STAFF", [seed("staff_outside"), seed("staff_total")], 0],
  // 5 ÷ 41 = 12.2% ≤ 15%
  ["SCORE_QUALITATIVE_SHARE", [seed("indicators_qualitative"), seed("indicators_total")], 1],
  // 6 × 21 ÷ 22 = 6 × 95.45% = 5.727 → 5.73
  ["SCORE_COMPLETION", [seed("projects_completed"), seed("projects_planned")], 5.73],
  ["SCORE_KEY_TASKS", [seed("key_tasks"), seed("key_tasks_unfinished")], 8],
  ["SCORE_SATISFACTION", [seed("satisfaction")], 6],
  // The seed's 个性 sub-items are all fully achieved: 3.3.1 is 6 × 100%
  ["SCORE_ACHIEVEMENT", [6, 1], 6],
  ["ACHIEVEMENT_LEVEL", [1], "基本达成目标"],
  // 1.1.1 第6项: 2 projects × 0.1 from 1 point
  ["DEDUCT", [1, 0.1, seed("projects_adjusted_40pct")], 0.8],
  ["GRADE", [91.75], "优"],
];

const BOUNDS: Case[] = [
  // The seed's other 一上/一下 pair: (4704.37 − 3783.36) ÷ 4704.37 = 19.58% → 2.5
  ["HEXIAN_RATE", [4704.37, 3783.36], 0.1958],
  ["HEXIAN_RATE", [100, 100], 0],
  ["HEXIAN_RATE", [100, 0], 1],
  ["HEXIAN_RATE", [100, 120], -0.2], // 一下 above 一上: a negative rate, scored as 低于 15%
  ["SCORE_HEXIAN", [-0.2], 3],
  ["SCORE_HEXIAN", [0], 3],
  ["SCORE_HEXIAN", [0.1499], 3],
  ["SCORE_HEXIAN", [0.14995], 2.5], // rounded to 0.01% first: 15.00%
  ["SCORE_HEXIAN", [0.15], 2.5],
  ["SCORE_HEXIAN", ["15%"], 2.5],
  ["SCORE_HEXIAN", [0.2499], 2.5],
  ["SCORE_HEXIAN", [0.25], 2],
  ["SCORE_HEXIAN", [0.3499], 2],
  ["SCORE_HEXIAN", [0.35], 1],
  ["SCORE_HEXIAN", [0.4499], 1],
  ["SCORE_HEXIAN", [0.45], 0],
  ["SCORE_HEXIAN", [1], 0],
  ["EXEC_RATE", [0, 1], 0],
  ["EXEC_RATE", [0.2, 1], 0.8],
  ["EXEC_RATE", [0.25, 1], 1],
  ["EXEC_RATE", ["35.48%", 1], 1],
  ["EXEC_RATE", [1, 4], 1],
  ["SCORE_EXEC", [0, 0, 0, 0], 0],
  ["SCORE_EXEC", [0.25, 0.5, 0.75, 1], 6],
  ["SCORE_EXEC", [1, 1, 1, 1], 6],
  ["CONTROL_RATE", [1, 1.2, 0.05], 0.8],
  ["CONTROL_RATE", [1.2, 1], 1.2],
  ["SCORE_CONTROL", [0.8999, 1], 3],
  ["SCORE_CONTROL", [0.9, 1], 2],
  ["SCORE_CONTROL", [1, 1], 2],
  ["SCORE_CONTROL", [1.0001, 1], 0],
  ["SCORE_CONTROL", [1, 1, 0.2], 3], // 1 ÷ (1 + 0.2) = 83.33%: the remitted surplus counts with the budget
  ["SCORE_PROCUREMENT", [100, 100], 3],
  ["SCORE_PROCUREMENT", [100, 100.01], 2], // actual above budget: 第1项 0
  ["SCORE_PROCUREMENT", [100, 50, 1, 0], 2.3], // 0.5 + 0.8 + 1
  ["SCORE_PROCUREMENT", [100, 0, 5, 6], 0], // 0 + 0 + 0, 扣完为止
  ["SCORE_ADJUSTMENT", [10, 100], 1],
  ["SCORE_ADJUSTMENT", [11, 100], 0.9],
  ["SCORE_ADJUSTMENT", [12.5, 100], 0.75], // pro rata: 2.5 points over → 0.25
  ["SCORE_ADJUSTMENT", [20, 100], 0],
  ["SCORE_ADJUSTMENT", [35, 100], 0],
  ["SCORE_ADJUSTMENT", [0, 100], 1],
  ["SCORE_ASSET_MATCH", [105, 100], 0.5],
  ["SCORE_ASSET_MATCH", [95, 100], 0.5],
  ["SCORE_ASSET_MATCH", [105.01, 100], 0],
  ["SCORE_ASSET_MATCH", [94.99, 100], 0],
  ["SCORE_ASSET_MATCH", [100.001, 100], 1], // 100.001% rounds to 100.00%
  ["SCORE_ASSET_USE", [90, 100], 1],
  ["SCORE_ASSET_USE", [89.99, 100], 0.7],
  ["SCORE_ASSET_USE", [75, 100], 0.7],
  ["SCORE_ASSET_USE", [74.99, 100], 0.4],
  ["SCORE_ASSET_USE", [60, 100], 0.4],
  ["SCORE_ASSET_USE", [59.99, 100], 0],
  ["SCORE_ASSET_USE", [0, 100], 0],
  ["SCORE_PAYROLL", [26, 26], 1],
  ["SCORE_PAYROLL", [27, 26], 0],
  ["SCORE_PAYROLL", [0, 26], 1],
  ["SCORE_OUTSIDE_STAFF", [4, 100], 1],
  ["SCORE_OUTSIDE_STAFF", [5, 100], 0.5],
  ["SCORE_OUTSIDE_STAFF", [10, 100], 0.5],
  ["SCORE_OUTSIDE_STAFF", [11, 100], 0],
  ["SCORE_OUTSIDE_STAFF", [0, 100], 1],
  ["SCORE_QUALITATIVE_SHARE", [15, 100], 1],
  ["SCORE_QUALITATIVE_SHARE", [16, 100], 0.5],
  ["SCORE_QUALITATIVE_SHARE", [25, 100], 0.5],
  ["SCORE_QUALITATIVE_SHARE", [26, 100], 0],
  ["SCORE_QUALITATIVE_SHARE", [0, 100], 1],
  ["SCORE_COMPLETION", [22, 22], 6],
  ["SCORE_COMPLETION", [0, 22], 0],
  ["SCORE_COMPLETION", [1, 3], 2], // 6 × 33.33% = 1.9998 → 2
  ["SCORE_KEY_TASKS", [0, 0], 6], // 无下达重点工作任务，默认得 6 分
  ["SCORE_KEY_TASKS", [2, 1], 4],
  ["SCORE_KEY_TASKS", [2, 2], 0],
  ["SCORE_KEY_TASKS", [5, 3], 0], // 扣完为止
  ["SCORE_SATISFACTION", [1], 6],
  ["SCORE_SATISFACTION", [0.95], 6],
  ["SCORE_SATISFACTION", [0.9499], 4],
  ["SCORE_SATISFACTION", [0.9], 4],
  ["SCORE_SATISFACTION", [0.8999], 2],
  ["SCORE_SATISFACTION", [0.8], 2],
  ["SCORE_SATISFACTION", [0.7999], 1],
  ["SCORE_SATISFACTION", [0], 1],
  ["SCORE_SATISFACTION", ["96%"], 6],
  ["SCORE_ACHIEVEMENT", [2, 0.8], 1.6],
  ["SCORE_ACHIEVEMENT", [3, 0.8333], 2.4999], // not rounded: 3.3.x adds its sub-items, then rounds
  ["SCORE_ACHIEVEMENT", [3, 0.83333], 2.4999], // the achievement is a rate, rounded to 0.01% first
  ["SCORE_ACHIEVEMENT", [5, 0], 0],
  ["SCORE_ACHIEVEMENT", [23, "100%"], 23],
  ["ACHIEVEMENT_LEVEL", [0.8], "基本达成目标"],
  ["ACHIEVEMENT_LEVEL", [0.79995], "基本达成目标"], // 80.00% after rounding
  ["ACHIEVEMENT_LEVEL", [0.7999], "部分实现目标"],
  ["ACHIEVEMENT_LEVEL", [0.6], "部分实现目标"],
  ["ACHIEVEMENT_LEVEL", [0.5999], "实现目标程度较低"],
  ["ACHIEVEMENT_LEVEL", [0], "实现目标程度较低"],
  ["DEDUCT", [2, 1, 0], 2],
  ["DEDUCT", [2, 1, 1], 1],
  ["DEDUCT", [2, 1, 3], 0],
  ["DEDUCT", [8, 4, 1], 4],
  ["DEDUCT", [1, 0.2, 5], 0],
  ["DEDUCT", [1, 0.2, 4], 0.2],
  ["GRADE", [100], "优"],
  ["GRADE", [90], "优"],
  ["GRADE", [89.99], "良"],
  ["GRADE", [80], "良"],
  ["GRADE", [79.99], "中"],
  ["GRADE", [60], "中"],
  ["GRADE", [59.99], "差"],
  ["GRADE", [0], "差"],
];

/** Spec §7 R1, R2: a zero budget is scored by the ruling, not refused (the rates themselves still have no value). */
const RULINGS: Case[] = [
  ["SCORE_PROCUREMENT", [0, 0], 3], // R2: no budget, nothing bought: 1 + 1 + 1
  ["SCORE_PROCUREMENT", [0, 5], 2], // R2: no budget, 5 bought: 0 + 1 + 1
  ["SCORE_PROCUREMENT", [0, 0, 1, 0], 2.8], // 1 + 0.8 + 1
  ["SCORE_CONTROL", [1, 0], 0], // R1: spent without a budget, as over 100%
  ["SCORE_CONTROL", [0, 0], 3], // R1: no budget, nothing spent, as under 90%
  ["SCORE_CONTROL", [0, 0, 0], 3],
];

describe.each([
  ["the seed's figures", SEED],
  ["bounds", BOUNDS],
  ["spec §7 rulings", RULINGS],
])("%s", (_, cases) => {
  it.each(cases)("%s(%j) = %j", (id, args, expected) => {
    expect(call(BY_ID[id], ...args)).toEqual({ value: expected });
  });
});

describe("arguments as Excel passes them", () => {
  it("reads a percent-formatted cell (a fraction) and percentage text alike", () => {
    expect(BY_ID.SCORE_SATISFACTION(0.96)).toBe(BY_ID.SCORE_SATISFACTION("96%"));
  });

  it("treats an omitted optional argument, null and an empty cell as its default", () => {
    for (const blank of [undefined, null, ""]) {
      expect(BY_ID.SCORE_PROCUREMENT(100, 50, blank, blank)).toBe(2.5);
      expect(BY_ID.CONTROL_RATE(1, 1.25, blank)).toBe(0.8);
    }
  });

  it("returns plain JS numbers and strings, never a promise", () => {
    expect(typeof BY_ID.SCORE_EXEC(0.3548, 0.5988, 0.6477, 0.7914)).toBe("number");
    expect(typeof BY_ID.GRADE(91.75)).toBe("string");
  });
});
