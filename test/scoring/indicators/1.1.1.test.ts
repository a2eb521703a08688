import { row, score, scoreOf } from "../../helpers/seed";

// 1.1.1 预算编制合理性 (8 分), spec §4:
//   mandate_fit + priority_allocation + special_fund_detail + band(财政核减率) + (调整调剂项目占比 < 25% ? 1 : 0)
//   + max(0, 1 − 0.1 × projects_adjusted_40pct) + allocation_not_fixed.
// 财政核减率 (spec §2): r < 15% → 3; 15% ≤ r < 25% → 2.5; 25% ≤ r < 35% → 2; 35% ≤ r < 45% → 1; r ≥ 45% → 0.
// Seed: 1 + 0.5 + 0.5 + 1 (41.75%) + 0 (10/21 = 47.62%) + 0.8 (2 项) + 1 = 4.8.
// With only 核减率 changed the other clauses give 1 + 0.5 + 0.5 + 0 + 0.8 + 1 = 3.8.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "4.8"],
  // 财政核减率 = (yishang − yixia) / yishang, rounded half-up to 0.01% before banding.
  ["核减率 0 (一下 = 一上) → 3", { yishang: 10000, yixia: 10000 }, "6.8"], // 3.8 + 3
  ["核减率 negative (一下 above 一上) → 低于 15% → 3", { yishang: 10000, yixia: 11000 }, "6.8"],
  ["核减率 14.99% → 3", { yishang: 10000, yixia: 8501 }, "6.8"],
  ["核减率 14.994% rounds to 14.99% → 3", { yishang: 100000, yixia: 85006 }, "6.8"],
  ["核减率 14.995% rounds onto 15% → 2.5", { yishang: 100000, yixia: 85005 }, "6.3"], // 3.8 + 2.5
  ["核减率 15% (bound, 15%-25% includes it) → 2.5", { yishang: 10000, yixia: 8500 }, "6.3"],
  ["核减率 15.01% → 2.5", { yishang: 10000, yixia: 8499 }, "6.3"],
  ["核减率 24.99% → 2.5", { yishang: 10000, yixia: 7501 }, "6.3"],
  ["核减率 24.995% rounds onto 25% → 2", { yishang: 100000, yixia: 75005 }, "5.8"], // 3.8 + 2
  ["核减率 25% → 2", { yishang: 10000, yixia: 7500 }, "5.8"],
  ["核减率 25.01% → 2", { yishang: 10000, yixia: 7499 }, "5.8"],
  ["核减率 34.99% → 2", { yishang: 10000, yixia: 6501 }, "5.8"],
  ["核减率 34.995% rounds onto 35% → 1", { yishang: 100000, yixia: 65005 }, "4.8"], // 3.8 + 1
  ["核减率 35% → 1", { yishang: 10000, yixia: 6500 }, "4.8"],
  ["核减率 35.01% → 1", { yishang: 10000, yixia: 6499 }, "4.8"],
  ["核减率 44.99% → 1", { yishang: 10000, yixia: 5501 }, "4.8"],
  ["核减率 44.994% rounds to 44.99% → 1", { yishang: 100000, yixia: 55006 }, "4.8"],
  ["核减率 44.995% rounds onto 45% → 0", { yishang: 100000, yixia: 55005 }, "3.8"], // 3.8 + 0
  ["核减率 45% (45%以上 includes it) → 0", { yishang: 10000, yixia: 5500 }, "3.8"],
  ["核减率 45.01% → 0", { yishang: 10000, yixia: 5499 }, "3.8"],
  ["核减率 100% (一下 0) → 0", { yishang: 10000, yixia: 0 }, "3.8"],
  // 1 + 0.5 + 0.5 + 2.5 + 0 + 0.8 + 1 = 6.3: (4704.37 − 3783.36) / 4704.37 = 19.58%.
  ["the seed's other 一上/一下 pair, 19.58% → 2.5", { yishang: 4704.37, yixia: 3783.36 }, "6.3"],

  // 调整调剂项目占比 = adjusted / secondary: 低于 25% → 1 (excludes 25%), else 0. Others: 1 + 0.5 + 0.5 + 1 + 0.8 + 1 = 4.8.
  ["占比 5/21 = 23.81% → 1", { adjusted_projects: 5 }, "5.8"],
  ["占比 6/21 = 28.57% → 0", { adjusted_projects: 6 }, "4.8"],
  ["占比 24.99% → 1", { secondary_projects: 10000, adjusted_projects: 2499 }, "5.8"],
  ["占比 24.994% rounds to 24.99% → 1", { secondary_projects: 100000, adjusted_projects: 24994 }, "5.8"],
  ["占比 24.995% rounds onto 25% → 0", { secondary_projects: 100000, adjusted_projects: 24995 }, "4.8"],
  ["占比 25% (低于 25% excludes it) → 0", { secondary_projects: 20, adjusted_projects: 5 }, "4.8"],
  ["占比 25.01% → 0", { secondary_projects: 10000, adjusted_projects: 2501 }, "4.8"],
  // 1 + 0.5 + 0.5 + 1 + 1 + 1 + 1 = 6
  ["no project adjusted (占比 0) and none ≥ 40%", { adjusted_projects: 0, projects_adjusted_40pct: 0 }, "6"],

  // 累计调剂金额占比 ≥ 40% 的项目: 每项扣 0.1 分，扣完为止. Others: 1 + 0.5 + 0.5 + 1 + 0 + 1 = 4.
  ["0 projects ≥ 40% → 1", { projects_adjusted_40pct: 0 }, "5"],
  ["1 project ≥ 40% → 0.9", { projects_adjusted_40pct: 1 }, "4.9"],
  ["5 projects ≥ 40% → 0.5", { projects_adjusted_40pct: 5 }, "4.5"],
  ["9 projects ≥ 40% → 0.1", { projects_adjusted_40pct: 9 }, "4.1"],
  ["10 projects ≥ 40% → 0", { projects_adjusted_40pct: 10 }, "4"],
  ["11 projects ≥ 40% → 0 (扣完为止)", { adjusted_projects: 11, projects_adjusted_40pct: 11 }, "4"],
  ["15 projects ≥ 40% → 0 (扣完为止)", { adjusted_projects: 15, projects_adjusted_40pct: 15 }, "4"],

  // Judgment sub-items: the points awarded, TRUE/是 the full points, FALSE/否 none.
  ["mandate_fit 0.7 of 1", { mandate_fit: 0.7 }, "4.5"], // 4.8 − 0.3
  ["mandate_fit FALSE", { mandate_fit: false }, "3.8"],
  ["priority_allocation 0.3 of 0.5", { priority_allocation: 0.3 }, "4.6"], // 4.8 − 0.2
  ["priority_allocation 否", { priority_allocation: "否" }, "4.3"],
  ["special_fund_detail 0.25 of 0.5", { special_fund_detail: 0.25 }, "4.55"],
  ["special_fund_detail 是", { special_fund_detail: "是", priority_allocation: true }, "4.8"],
  ["allocation_not_fixed 0.5 of 1", { allocation_not_fixed: 0.5 }, "4.3"],
  ["allocation_not_fixed FALSE as text", { allocation_not_fixed: "FALSE" }, "3.8"],
  ["mandate_fit 1.2 is above its 1 point: an issue, not a score", { mandate_fit: 1.2 }, "null"],
  [
    "everything lost: 0 + 0 + 0 + 0 (核减率 50%) + 0 + 0 (10 项) + 0",
    {
      mandate_fit: 0,
      priority_allocation: 0,
      special_fund_detail: 0,
      yishang: 1000,
      yixia: 500,
      adjusted_projects: 21,
      projects_adjusted_40pct: 10,
      allocation_not_fixed: 0,
    },
    "0",
  ],
  [
    "full marks: 1 + 0.5 + 0.5 + 3 + 1 + 1 + 1 = 8",
    { yishang: 1000, yixia: 900, adjusted_projects: 2, projects_adjusted_40pct: 0 },
    "8",
  ],
];

describe("1.1.1 预算编制合理性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("1.1.1", overrides)).toBe(expected);
  });

  it("shows the 核减率 arithmetic and its band at the 15% bound", () => {
    expect(row(score({ yishang: 10000, yixia: 8500 }), "1.1.1").reasons).toContain(
      "第4项：财政核减率 =（10000 − 8500）÷ 10000 = 15%，在“15%（含）至 25%”档，得 2.5 分，扣 0.5 分",
    );
  });

  it("says 扣完为止 when the count would take the clause below 0", () => {
    expect(row(score({ adjusted_projects: 11, projects_adjusted_40pct: 11 }), "1.1.1").reasons).toContain(
      "第6项：累计调剂金额占比 ≥ 40% 的项目数为 11，每项扣 0.1 分，扣完为止，得 0 分，扣 1 分",
    );
  });
});
