import { fmt } from "../../../src/scoring";
import { row, score, scoreOf } from "../../helpers/seed";

// 3.3.5 项目推广 (2 分), spec §4: promoted ? 2 : 0. Seed: FALSE → 0.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: not promoted", {}, "0"],
  ["promoted TRUE", { promoted: true }, "2"],
  ["promoted 是", { promoted: "是" }, "2"],
  ["promoted 否", { promoted: "否" }, "0"],
  ["promoted as text TRUE", { promoted: "TRUE" }, "2"],
  ["a flag that is neither 是 nor 否 is an issue", { promoted: "部分" }, "null"],
];

describe("3.3.5 项目推广", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("3.3.5", overrides)).toBe(expected);
  });

  it("adds its 2 points to 3.3 效果性: the seed's 23 becomes 25", () => {
    expect(fmt(row(score({ promoted: true }), "3.3").score!)).toBe("25");
  });
});
