import { row, score, scoreOf } from "../../helpers/seed";

// 3.2.3 项目完成及时率 (6 分), spec §4: 6 × completed / planned; the rate rounded half-up to 0.01% first,
// the product half-up to 0.01. Seed: 21 / 22 = 95.45% × 6 = 5.727 → 5.73.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 21 of 22", {}, "5.73"],
  ["22 of 22", { projects_completed: 22 }, "6"],
  ["11 of 22", { projects_completed: 11 }, "3"],
  ["none completed", { projects_completed: 0 }, "0"],
  ["20 of 21: 95.24% × 6 = 5.7144", { projects_planned: 21, projects_completed: 20 }, "5.71"],
  ["1 of 3: 33.33% × 6 = 1.9998", { projects_planned: 3, projects_completed: 1 }, "2"],
  ["2 of 3: 66.67% × 6 = 4.0002", { projects_planned: 3, projects_completed: 2 }, "4"],
  ["3 of 16: 18.75% × 6 = 1.125 → half-up 1.13", { projects_planned: 16, projects_completed: 3 }, "1.13"],
  ["15 of 16: 93.75% × 6 = 5.625 → half-up 5.63", { projects_planned: 16, projects_completed: 15 }, "5.63"],
  // 13 / 102 = 12.745…% → 12.75%; × 6 = 0.765 → 0.77 (the unrounded rate would give 0.7647 → 0.76).
  [
    "13 of 102: the rate rounded to 12.75% first, 0.765 → 0.77",
    { projects_planned: 102, projects_completed: 13 },
    "0.77",
  ],
];

describe("3.2.3 项目完成及时率", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("3.2.3", overrides)).toBe(expected);
  });

  it("shows the product and its rounding", () => {
    expect(row(score(), "3.2.3").reasons).toEqual([
      "第1、2项：项目完成及时率 = 21 ÷ 22 = 95.45%，按 95.45% × 6 分计，得 5.727 分，扣 0.273 分",
      "合计 5.727 分，四舍五入保留两位小数为 5.73 分",
    ]);
  });
});
