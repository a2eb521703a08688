import { row, score, scoreOf } from "../../helpers/seed";

// 1.2.3 绩效目标合理性 (2 分), spec §4: funds_coverage_80 + max(0, 1 − 0.1 × indicators_over_50pct).
// Seed: 1 + 1 = 2.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "2"],
  ["1 indicator over 50%", { indicators_over_50pct: 1 }, "1.9"],
  ["3 indicators over 50%", { indicators_over_50pct: 3 }, "1.7"],
  ["9 indicators over 50%", { indicators_over_50pct: 9 }, "1.1"],
  ["10 indicators over 50%: exactly used up", { indicators_over_50pct: 10 }, "1"],
  ["11 indicators over 50%: 扣完为止", { indicators_over_50pct: 11 }, "1"],
  ["25 indicators over 50%: 扣完为止", { indicators_over_50pct: 25 }, "1"],
  ["funds coverage 0.4 of 1", { funds_coverage_80: 0.4 }, "1.4"],
  ["funds coverage 是, 2 over", { funds_coverage_80: "是", indicators_over_50pct: 2 }, "1.8"], // 1 + 0.8
  ["funds coverage FALSE, 12 over", { funds_coverage_80: false, indicators_over_50pct: 12 }, "0"],
  ["funds coverage 0.35, 4 over", { funds_coverage_80: 0.35, indicators_over_50pct: 4 }, "0.95"], // 0.35 + 0.6
];

describe("1.2.3 绩效目标合理性", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("1.2.3", overrides)).toBe(expected);
  });

  it("names the count", () => {
    expect(row(score({ indicators_over_50pct: 3 }), "1.2.3").reasons).toEqual([
      "第2项：实际完成值超目标值 50% 的指标数为 3，每项扣 0.1 分，得 0.7 分，扣 0.3 分",
    ]);
  });
});
