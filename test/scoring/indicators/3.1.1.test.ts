import { row, score, scoreOf } from "../../helpers/seed";

// 3.1.1 公用经费控制率 (6 分), spec §4: for 三公 and for 日常公用 each, 控制率 = actual / (budget + remitted),
// rounded to 0.01%: < 90% → 3; ≤ 100% → 2 (90%≤率≤100% includes both ends); else 0; summed.
// Seed: 三公 1.33 / 1.47 = 90.48% → 2; 日常公用 38.69 / 50.01 = 77.36% → 3; 2 + 3 = 5.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 2 + 3", {}, "5"],
  // 三公, with 日常公用 at the seed's 3.
  ["三公 89.99% → 3", { sangong_budget: 100, sangong_actual: 89.99 }, "6"],
  ["三公 89.994% rounds to 89.99% → 3", { sangong_budget: 100, sangong_actual: 89.994 }, "6"],
  ["三公 89.995% rounds onto 90% → 2", { sangong_budget: 100, sangong_actual: 89.995 }, "5"],
  ["三公 90% (90%≤率) → 2", { sangong_budget: 100, sangong_actual: 90 }, "5"],
  ["三公 90.01% → 2", { sangong_budget: 100, sangong_actual: 90.01 }, "5"],
  ["三公 99.99% → 2", { sangong_budget: 100, sangong_actual: 99.99 }, "5"],
  ["三公 100% (率≤100%) → 2", { sangong_budget: 100, sangong_actual: 100 }, "5"],
  ["三公 100.004% rounds onto 100% → 2", { sangong_budget: 100, sangong_actual: 100.004 }, "5"],
  ["三公 100.005% rounds to 100.01% → 0", { sangong_budget: 100, sangong_actual: 100.005 }, "3"],
  ["三公 100.01% → 0", { sangong_budget: 100, sangong_actual: 100.01 }, "3"],
  ["三公 nothing spent → 3", { sangong_actual: 0 }, "6"],
  // 已上缴结余 joins the denominator: 1.33 / (1.47 + 0.01) = 89.86% → 3; 1.33 / (1.47 + 0.03) = 88.67% → 3.
  ["三公 remitted 0.01: 1.33 / 1.48 = 89.86% → 3", { sangong_remitted: 0.01 }, "6"],
  ["三公 remitted 0.03: 1.33 / 1.5 = 88.67% → 3", { sangong_remitted: 0.03 }, "6"],
  ["三公 remitted left blank counts as 0", { sangong_remitted: null }, "5"],
  [
    "三公 over budget but remitted makes up: 105 / (100 + 20) = 87.5% → 3",
    { sangong_budget: 100, sangong_actual: 105, sangong_remitted: 20 },
    "6",
  ],
  // 日常公用, with 三公 at the seed's 2.
  ["日常公用 89.99% → 3", { office_budget: 100, office_actual: 89.99 }, "5"],
  ["日常公用 90% → 2", { office_budget: 100, office_actual: 90 }, "4"],
  ["日常公用 90.01% → 2", { office_budget: 100, office_actual: 90.01 }, "4"],
  ["日常公用 99.99% → 2", { office_budget: 100, office_actual: 99.99 }, "4"],
  ["日常公用 100.01% → 0", { office_budget: 100, office_actual: 100.01 }, "2"],
  ["日常公用 45.01 / 50.01 = 90.0% → 2", { office_actual: 45.01 }, "4"],
  ["日常公用 100% → 2", { office_actual: 50.01 }, "4"],
  ["日常公用 50.02 / 50.01 = 100.02% → 0", { office_actual: 50.02 }, "2"],
  ["日常公用 remitted 10: 50.02 / 60.01 = 83.35% → 3", { office_actual: 50.02, office_remitted: 10 }, "5"],
  ["both over 100% → 0 + 0", { sangong_actual: 1.5, office_actual: 51 }, "0"],
  ["both under 90% → 3 + 3", { sangong_actual: 1.3, office_actual: 40 }, "6"], // 1.3 / 1.47 = 88.44%
  // Spec §7 R1: no budget (调整预算数 + 已上缴结余 = 0). Nothing spent → 3; anything spent → 0. Neither is an error.
  ["R1: no 三公 budget, nothing spent → 3 + 3", { sangong_budget: 0, sangong_actual: 0 }, "6"],
  ["R1: no 三公 budget, 1.33 spent → 0 + 3", { sangong_budget: 0 }, "3"],
  ["R1: no 三公 budget, 0.01 spent → 0 + 3", { sangong_budget: 0, sangong_actual: 0.01 }, "3"],
  [
    "R1: budget 0 but remitted 1.47 is a budget: 1.33 / 1.47 → 2 + 3",
    { sangong_budget: 0, sangong_remitted: 1.47 },
    "5",
  ],
  ["R1: no 日常公用 budget, nothing spent → 2 + 3", { office_budget: 0, office_actual: 0 }, "5"],
  ["R1: no 日常公用 budget, 38.69 spent → 2 + 0", { office_budget: 0 }, "2"],
  [
    "R1: neither budget, nothing spent → 3 + 3",
    { sangong_budget: 0, sangong_actual: 0, office_budget: 0, office_actual: 0 },
    "6",
  ],
];

describe("3.1.1 公用经费控制率", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("3.1.1", overrides)).toBe(expected);
  });

  it("shows the 控制率 with the remitted balance in the denominator", () => {
    expect(row(score({ sangong_budget: 100, sangong_actual: 100.01 }), "3.1.1").reasons).toEqual([
      "第1项：“三公”经费控制率 = 100.01 ÷（100 + 0）= 100.01%，在“超过 100%”档，得 0 分，扣 3 分",
    ]);
    expect(row(score(), "3.1.1").reasons).toEqual([
      "第1项：“三公”经费控制率 = 1.33 ÷（1.47 + 0）= 90.48%，在“90%（含）至 100%（含）”档，得 2 分，扣 1 分",
    ]);
  });

  it("says the ruling R1 was applied, whether it gave full marks or none", () => {
    expect(row(score({ sangong_budget: 0 }), "3.1.1").reasons).toEqual([
      "第1项：未安排“三公”经费预算却发生支出，视同控制率超过 100%（按 2026-11-29 裁定 R1），得 0 分，扣 3 分",
    ]);
    expect(row(score({ sangong_budget: 0, sangong_actual: 0 }), "3.1.1").reasons).toEqual([
      "满分 6 分",
      "第1项：未安排“三公”经费预算，也未发生支出，按控制率＜90% 计 3 分（按 2026-11-29 裁定 R1）",
    ]);
  });
});
