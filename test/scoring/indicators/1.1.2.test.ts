import { row, score, scoreOf } from "../../helpers/seed";

// 1.1.2 预算编制规范性 (3 分), spec §4: max(0, 2 − budget_rule_violations) + max(0, 1 − 0.2 × new_projects_unassessed).
// Seed: 0 and 0 → 2 + 1 = 3.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: no violation, no unassessed project", {}, "3"],
  // 发现一项不符合的扣 1 分，扣完为止 (2 分)
  ["1 violation", { budget_rule_violations: 1 }, "2"], // 1 + 1
  ["2 violations: exactly used up", { budget_rule_violations: 2 }, "1"], // 0 + 1
  ["3 violations: 扣完为止", { budget_rule_violations: 3 }, "1"],
  ["10 violations: 扣完为止", { budget_rule_violations: 10 }, "1"],
  // 存在一项未开展…扣 0.2 分，扣完为止；未有新增项目的默认得分 (1 分)
  ["1 new project unassessed", { new_projects_unassessed: 1 }, "2.8"], // 2 + 0.8
  ["2 new projects unassessed", { new_projects_unassessed: 2 }, "2.6"],
  ["4 new projects unassessed", { new_projects_unassessed: 4 }, "2.2"],
  ["5 new projects unassessed: exactly used up", { new_projects_unassessed: 5 }, "2"],
  ["6 new projects unassessed: 扣完为止", { new_projects_unassessed: 6 }, "2"],
  ["1 violation and 3 unassessed", { budget_rule_violations: 1, new_projects_unassessed: 3 }, "1.4"], // 1 + 0.4
  ["both used up", { budget_rule_violations: 4, new_projects_unassessed: 7 }, "0"],
  ["a count must be whole: 1.5 violations is an issue", { budget_rule_violations: 1.5 }, "null"],
];

describe("1.1.2 预算编制规范性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("1.1.2", overrides)).toBe(expected);
  });

  it("names the count and the deduction", () => {
    expect(row(score({ budget_rule_violations: 3, new_projects_unassessed: 2 }), "1.1.2").reasons).toEqual([
      "第1项：不符合预算编制要求的事项数为 3，每项扣 1 分，扣完为止，得 0 分，扣 2 分",
      "第2项：未开展事前绩效评估的新增项目数为 2，每项扣 0.2 分，得 0.6 分，扣 0.4 分",
    ]);
  });
});
