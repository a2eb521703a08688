import { row, score, scoreOf } from "../../helpers/seed";

// 2.4.2 编外人员控制率 (1 分), spec §4: outside / total (rounded to 0.01%) < 5% → 1; ≤ 10% → 0.5; else 0.
// The clause: 比率＜5% 得 1 分；5%≤比率≤10% 得 0.5 分；比率＞10% 得 0 分. Seed: 19 / 42 = 45.24% → 0.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 19 of 42 = 45.24%", {}, "0"],
  ["none outside → 1", { staff_outside: 0 }, "1"],
  ["2 of 42 = 4.76% → 1", { staff_outside: 2 }, "1"],
  ["3 of 42 = 7.14% → 0.5", { staff_outside: 3 }, "0.5"],
  ["4 of 42 = 9.52% → 0.5", { staff_outside: 4 }, "0.5"],
  ["5 of 42 = 11.9% → 0", { staff_outside: 5 }, "0"],
  ["4.99% → 1", { staff_total: 10000, staff_outside: 499 }, "1"],
  ["4.994% rounds to 4.99% → 1", { staff_total: 100000, staff_outside: 4994 }, "1"],
  ["4.995% rounds onto 5% → 0.5", { staff_total: 100000, staff_outside: 4995 }, "0.5"],
  ["5% (5%≤比率) → 0.5", { staff_total: 10000, staff_outside: 500 }, "0.5"],
  ["5.01% → 0.5", { staff_total: 10000, staff_outside: 501 }, "0.5"],
  ["9.99% → 0.5", { staff_total: 10000, staff_outside: 999 }, "0.5"],
  ["10% (比率≤10%) → 0.5", { staff_total: 10000, staff_outside: 1000 }, "0.5"],
  ["10.004% rounds onto 10% → 0.5", { staff_total: 100000, staff_outside: 10004 }, "0.5"],
  ["10.005% rounds to 10.01% → 0", { staff_total: 100000, staff_outside: 10005 }, "0"],
  ["10.01% → 0", { staff_total: 10000, staff_outside: 1001 }, "0"],
];

describe("2.4.2 编外人员控制率", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.4.2", overrides)).toBe(expected);
  });

  it("shows the seed's rate and band", () => {
    expect(row(score(), "2.4.2").reasons).toEqual([
      "第1至3项：编外人员控制率 = 19 ÷ 42 = 45.24%，在“超过 10%”档，得 0 分，扣 1 分",
    ]);
  });
});
