import { fmt } from "../../src/scoring";
import { row, score } from "../helpers/seed";

// The seed's appendix (附件 部门整体绩效评价共性指标体系框架), 得分 column in table order; spec §6.
const SEED_SCORES: [string, string][] = [
  ["1.1.1", "4.8"],
  ["1.1.2", "3"],
  ["1.2.1", "3"],
  ["1.2.2", "4"],
  ["1.2.3", "2"],
  ["2.1.1", "2.74"],
  ["2.1.2", "3"],
  ["2.1.3", "3"],
  ["2.2.1", "1"],
  ["2.2.2", "2"],
  ["2.3.1", "1"],
  ["2.3.2", "2"],
  ["2.3.3", "1"],
  ["2.4.1", "1"],
  ["2.4.2", "0"],
  ["2.5.1", "2"],
  ["3.1.1", "5"],
  ["3.2.1", "5.48"],
  ["3.2.2", "8"],
  ["3.2.3", "5.73"],
  ["3.3.1", "6"],
  ["3.3.2", "6"],
  ["3.3.3", "6"],
  ["3.3.4", "5"],
  ["3.3.5", "0"],
  ["3.4.1", "3"],
  ["3.4.2", "6"],
];

// Sums of the seed's 三级 scores: 4.8 + 3 = 7.8; 3 + 4 + 2 = 9; 2.74 + 3 + 3 = 8.74; …
const SUBTOTALS: [string, string][] = [
  ["1", "16.8"],
  ["1.1", "7.8"],
  ["1.2", "9"],
  ["2", "18.74"],
  ["2.1", "8.74"],
  ["2.2", "3"],
  ["2.3", "4"],
  ["2.4", "1"],
  ["2.5", "2"],
  ["3", "56.21"],
  ["3.1", "5"],
  ["3.2", "19.21"],
  ["3.3", "23"],
  ["3.4", "9"],
];

describe("the seed's case (spec §6)", () => {
  const result = score();

  it("has 27 三级 indicators in the seed's order", () => {
    expect(result.indicators.filter((r) => r.level === 3).map((r) => r.code)).toEqual(SEED_SCORES.map(([c]) => c));
  });

  it.each(SEED_SCORES)("%s scores %s as in the seed's appendix", (code, expected) => {
    expect(fmt(row(result, code).score!)).toBe(expected);
  });

  it.each(SUBTOTALS)("二级/一级 %s totals %s", (code, expected) => {
    expect(fmt(row(result, code).score!)).toBe(expected);
  });

  it("totals 91.75, grade 优, with no issues", () => {
    expect(fmt(result.total!)).toBe("91.75");
    expect(result.grade).toBe("优");
    expect(result.issues).toEqual([]);
  });

  it("explains the lost points of 1.1.1 with the clause and the arithmetic", () => {
    expect(row(result, "1.1.1").reasons).toEqual([
      "第4项：财政核减率 =（4502.03 − 2622.4）÷ 4502.03 = 41.75%，在“35%（含）至 45%”档，得 1 分，扣 2 分",
      "第5项：调整调剂项目占比 = 10 ÷ 21 = 47.62%，在“25%（含）以上”档，得 0 分，扣 1 分",
      "第6项：累计调剂金额占比 ≥ 40% 的项目数为 2，每项扣 0.1 分，得 0.8 分，扣 0.2 分",
    ]);
  });

  it("says briefly when an indicator is at full points", () => {
    expect(row(result, "1.1.2").reasons).toEqual(["满分 3 分"]);
  });

  it("names the rounding when the sum of clauses has more than two decimals", () => {
    expect(row(result, "3.2.1").reasons).toContain("合计 5.4826 分，四舍五入保留两位小数为 5.48 分");
  });

  it("the seed's other 一上/一下 pair (section 一(三)1(1)) gives 1.1.1 6.3, not 4.8", () => {
    // 核减率 (4704.37 − 3783.36) / 4704.37 = 19.58% → 2.5 instead of 1: 4.8 + 1.5 = 6.3.
    const other = score({ yishang: 4704.37, yixia: 3783.36 });
    expect(fmt(row(other, "1.1.1").score!)).toBe("6.3");
    expect(fmt(other.total!)).toBe("93.25");
  });
});
