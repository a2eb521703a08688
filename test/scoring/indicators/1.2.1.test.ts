import { row, score, scoreOf } from "../../helpers/seed";

// 1.2.1 绩效目标完整性 (3 分), spec §4: dept_target_submitted + 1.5 × approved / required (required 0 → 1.5).
// The coverage is a rate, rounded half-up to 0.01% before the product; the sum is rounded half-up to 0.01.
// Seed: 1.5 + 1.5 × 14/14 = 3.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 14 of 14", {}, "3"],
  ["13 of 14: 92.86% × 1.5 = 1.3929", { project_targets_approved: 13 }, "2.89"], // 1.5 + 1.3929 = 2.8929
  ["7 of 14: 50% × 1.5 = 0.75", { project_targets_approved: 7 }, "2.25"],
  ["0 of 14", { project_targets_approved: 0 }, "1.5"],
  [
    "no project owes a target (required 0) → full 1.5",
    { project_targets_required: 0, project_targets_approved: 0 },
    "3",
  ],
  // 1.5 + 1.5 × 3% = 1.545 → half-up 1.55 (half-even would give 1.54)
  ["3 of 100: 1.545 rounds half-up", { project_targets_required: 100, project_targets_approved: 3 }, "1.55"],
  // 1/3 = 33.33%; 1.5 + 0.49995 = 1.99995 → 2.00
  ["1 of 3: 1.99995 → 2", { project_targets_required: 3, project_targets_approved: 1 }, "2"],
  // 2/3 = 66.67%; 1.5 + 1.00005 = 2.50005 → 2.50
  ["2 of 3: 2.50005 → 2.5", { project_targets_required: 3, project_targets_approved: 2 }, "2.5"],
  // Judgment: points awarded of 1.5.
  ["dept target 1.2 of 1.5", { dept_target_submitted: 1.2 }, "2.7"],
  ["dept target FALSE", { dept_target_submitted: false }, "1.5"],
  ["dept target 否, 7 of 14", { dept_target_submitted: "否", project_targets_approved: 7 }, "0.75"],
  ["dept target TRUE", { dept_target_submitted: true }, "3"],
  ["dept target 是", { dept_target_submitted: "是" }, "3"],
  ["dept target 1.6 is above its 1.5 points: an issue", { dept_target_submitted: 1.6 }, "null"],
];

describe("1.2.1 绩效目标完整性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("1.2.1", overrides)).toBe(expected);
  });

  it("shows the coverage product and the rounding of the sum", () => {
    expect(row(score({ project_targets_required: 100, project_targets_approved: 3 }), "1.2.1").reasons).toEqual([
      "第2项：项目绩效目标覆盖率 = 3 ÷ 100 = 3%，按 3% × 1.5 分计，得 0.045 分，扣 1.455 分",
      "合计 1.545 分，四舍五入保留两位小数为 1.55 分",
    ]);
  });
});
