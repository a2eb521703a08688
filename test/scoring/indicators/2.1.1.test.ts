import { row, score, scoreOf } from "../../helpers/seed";

// 2.1.1 政府采购执行情况 (3 分), spec §4:
//   (actual > budget ? 0 : actual / budget) + max(0, 1 − 0.2 × late_tenders) + max(0, 1 − 0.2 × interim_renewals).
// Seed: 680.11 / 913.96 = 74.41% → 0.7441; 0.7441 + 1 + 1 = 2.7441 → 2.74.
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed: 74.41% + 1 + 1", {}, "2.74"],
  ["actual = budget: 100% → 1 (大于 excludes equality)", { procurement_actual: 913.96 }, "3"],
  // 913.95 / 913.96 = 99.9989% → 100% → 1
  ["actual 0.01 below budget: rounds to 100% → 1", { procurement_actual: 913.95 }, "3"],
  ["actual 0.01 above budget → 0 (compared on amounts)", { procurement_actual: 913.97 }, "2"],
  ["actual far above budget → 0", { procurement_actual: 1200 }, "2"],
  ["nothing bought → 0", { procurement_actual: 0 }, "2"],
  ["12.5%: 2.125 → half-up 2.13", { procurement_budget: 1000, procurement_actual: 125 }, "2.13"],
  ["74.49%: 2.7449 → 2.74", { procurement_budget: 1000, procurement_actual: 744.9 }, "2.74"],
  ["74.5%: 2.745 → half-up 2.75", { procurement_budget: 1000, procurement_actual: 745 }, "2.75"],
  // 74.495% rounds half-up to 74.5% before the product: 2.745 → 2.75 (the unrounded 2.74495 would give 2.74).
  ["74.495% → 74.5% → 2.745 → 2.75", { procurement_budget: 100000, procurement_actual: 74495 }, "2.75"],
  // 4 月前未完成招标: 1 项扣 0.2 分，扣完为止.
  ["1 late tender", { late_tenders: 1 }, "2.54"], // 0.7441 + 0.8 + 1 = 2.5441
  ["2 late tenders", { late_tenders: 2 }, "2.34"], // 2.3441
  ["5 late tenders: exactly used up", { late_tenders: 5 }, "1.74"], // 1.7441
  ["6 late tenders: 扣完为止", { late_tenders: 6 }, "1.74"],
  // 过渡期、临时续签: 1 项扣 0.2 分，扣完为止.
  ["1 interim renewal", { interim_renewals: 1 }, "2.54"],
  ["3 interim renewals", { interim_renewals: 3 }, "2.14"], // 0.7441 + 1 + 0.4 = 2.1441
  ["5 interim renewals: exactly used up", { interim_renewals: 5 }, "1.74"],
  ["7 interim renewals: 扣完为止", { interim_renewals: 7 }, "1.74"],
  ["all lost", { procurement_actual: 1000, late_tenders: 5, interim_renewals: 8 }, "0"],
  // 0.5 + 0.6 + 0.8 = 1.9
  [
    "50%, 2 late, 1 renewal",
    { procurement_budget: 200, procurement_actual: 100, late_tenders: 2, interim_renewals: 1 },
    "1.9",
  ],
  // Spec §7 R2: no procurement budget. Nothing bought → the 执行率 part's full 1; anything bought → 0 for it. The
  // 招标 and 续签 parts are scored as usual.
  ["R2: no budget, nothing bought → 1 + 1 + 1", { procurement_budget: 0, procurement_actual: 0 }, "3"],
  ["R2: no budget, 0.01 bought → 0 + 1 + 1", { procurement_budget: 0, procurement_actual: 0.01 }, "2"],
  ["R2: no budget, 680.11 bought → 0 + 1 + 1", { procurement_budget: 0 }, "2"],
  [
    "R2: no budget, nothing bought, 1 late, 2 renewals → 1 + 0.8 + 0.6",
    { procurement_budget: 0, procurement_actual: 0, late_tenders: 1, interim_renewals: 2 },
    "2.4",
  ],
];

describe("2.1.1 政府采购执行情况", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("2.1.1", overrides)).toBe(expected);
  });

  it("says the ruling R2 was applied, whether it gave the point or not", () => {
    expect(row(score({ procurement_budget: 0, procurement_actual: 0 }), "2.1.1").reasons).toEqual([
      "满分 3 分",
      "第1项：本年度无政府采购预算，也未发生政府采购，本项不扣分（按 2026-11-29 裁定 R2）",
    ]);
    expect(row(score({ procurement_budget: 0, procurement_actual: 5 }), "2.1.1").reasons).toEqual([
      "第1项：无政府采购预算却发生政府采购（按 2026-11-29 裁定 R2），得 0 分，扣 1 分",
    ]);
  });

  it("shows the 执行率 product and the rounding of the seed's sum", () => {
    expect(row(score(), "2.1.1").reasons).toEqual([
      "第1项：政府采购执行率 = 680.11 ÷ 913.96 = 74.41%，按 74.41% × 1 分计，得 0.7441 分，扣 0.2559 分",
      "合计 2.7441 分，四舍五入保留两位小数为 2.74 分",
    ]);
  });
});
