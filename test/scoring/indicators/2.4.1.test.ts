import { scoreOf } from "../../helpers/seed";

// 2.4.1 在职人员控制率 (1 分), spec §4: on_payroll / quota (rounded to 0.01%) ≤ 100% → 1, else 0.
// Seed: 23 / 26 = 88.46% → 1.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 23 of 26", {}, "1"],
  ["26 of 26 = 100% (≤ 100%) → 1", { staff_on_payroll: 26 }, "1"],
  ["27 of 26 = 103.85% → 0", { staff_on_payroll: 27 }, "0"],
  ["99.99% → 1", { staff_quota: 10000, staff_on_payroll: 9999 }, "1"],
  ["100% → 1", { staff_quota: 10000, staff_on_payroll: 10000 }, "1"],
  ["100.004% rounds onto 100% → 1", { staff_quota: 100000, staff_on_payroll: 100004 }, "1"],
  ["100.005% rounds to 100.01% → 0", { staff_quota: 100000, staff_on_payroll: 100005 }, "0"],
  ["100.01% → 0", { staff_quota: 10000, staff_on_payroll: 10001 }, "0"],
  ["nobody on the payroll → 1", { staff_on_payroll: 0 }, "1"],
];

describe("2.4.1 在职人员控制率", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.4.1", overrides)).toBe(expected);
  });
});
