import { row, score, scoreOf } from "../../helpers/seed";

// 2.2.2 项目监管 (2 分), spec §4: oversight_failure ? 0 : monthly_tracking + large_project_oversight. Seed: 1 + 1 = 2.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "2"],
  ["monthly tracking 0.5 of 1", { monthly_tracking: 0.5 }, "1.5"],
  ["large-project oversight FALSE", { large_project_oversight: false }, "1"],
  ["large-project oversight 是 (or no such project)", { large_project_oversight: "是" }, "2"],
  ["0.7 + 0.45", { monthly_tracking: 0.7, large_project_oversight: 0.45 }, "1.15"],
  ["both 否", { monthly_tracking: "否", large_project_oversight: "否" }, "0"],
  // 无法提供开展检查监督相关证明材料，或专项资金绩效评价结果为差的，此评价指标得 0 分.
  ["oversight failure → 0", { oversight_failure: true }, "0"],
  ["oversight failure 是 → 0", { oversight_failure: "是" }, "0"],
  ["oversight failure 否 → as usual", { oversight_failure: "否", monthly_tracking: 0.5 }, "1.5"],
  ["monthly tracking 2 is above its 1 point: an issue", { monthly_tracking: 2 }, "null"],
];

describe("2.2.2 项目监管", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.2.2", overrides)).toBe(expected);
  });

  it("names the failure as the reason for 0", () => {
    const reasons = row(score({ oversight_failure: true }), "2.2.2").reasons;
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBe("不得分情形：无法提供监督证明或专项资金评价为差（是），得 0 分，扣 2 分");
    expect(reasons[0]).toContain("扣 2 分");
  });
});
