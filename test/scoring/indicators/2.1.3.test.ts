import { row, score, scoreOf } from "../../helpers/seed";

// 2.1.3 预决算信息公开 (3 分), spec §4: classified_unit ? 3 : disclosure(budget) + disclosure(final),
// where 合规 1.5, 不完全合规 1, 未公开 0. Seed: 合规 + 合规 = 3.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 合规 + 合规", {}, "3"],
  ["预算 不完全合规", { budget_disclosure: "不完全合规" }, "2.5"], // 1 + 1.5
  ["决算 不完全合规", { final_disclosure: "不完全合规" }, "2.5"],
  ["both 不完全合规", { budget_disclosure: "不完全合规", final_disclosure: "不完全合规" }, "2"],
  ["预算 未公开", { budget_disclosure: "未公开" }, "1.5"],
  ["决算 未公开, 预算 不完全合规", { budget_disclosure: "不完全合规", final_disclosure: "未公开" }, "1"],
  ["both 未公开", { budget_disclosure: "未公开", final_disclosure: "未公开" }, "0"],
  // 涉密部门按规定不需要公开的直接得分.
  [
    "classified unit → 3 whatever was disclosed",
    { classified_unit: true, budget_disclosure: "未公开", final_disclosure: "未公开" },
    "3",
  ],
  ["classified unit 是", { classified_unit: "是", budget_disclosure: "未公开" }, "3"],
  ["classified unit 否 → as disclosed", { classified_unit: "否", budget_disclosure: "未公开" }, "1.5"],
  ["an option outside the three is an issue", { budget_disclosure: "部分公开" }, "null"],
];

describe("2.1.3 预决算信息公开", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.1.3", overrides)).toBe(expected);
  });

  it("names the finding that lost points", () => {
    expect(row(score({ final_disclosure: "不完全合规" }), "2.1.3").reasons).toEqual([
      "第2项：部门决算公开：不完全合规，得 1 分，扣 0.5 分",
    ]);
  });
});
