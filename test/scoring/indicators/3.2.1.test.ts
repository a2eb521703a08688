import { row, score, scoreOf } from "../../helpers/seed";

// 3.2.1 预算执行率 (6 分), spec §4: for quarter k with 序时进度 25%, 50%, 75%, 100%,
//   执行率 k = min(1, progress_qk / 序时进度 k) (rounded to 0.01%), worth 1 each; plus 2 × the mean of the four 执行率
//   (the mean is itself a rate, rounded to 0.01%); the sum rounded half-up to 0.01.
// Seed: 35.48/25 = 141.92% → 100%; 59.88/50 = 119.76% → 100%; 64.77/75 = 86.36%; 79.14/100 = 79.14%.
//   1 + 1 + 0.8636 + 0.7914 = 3.655; mean 3.655 / 4 = 91.375% → 91.38% × 2 = 1.8276; 3.655 + 1.8276 = 5.4826 → 5.48.
const FULL = { progress_q1: 0.25, progress_q2: 0.5, progress_q3: 0.75 };
const CASES: [string, Record<string, unknown>, string][] = [
  ["the seed", {}, "5.48"],
  ["every quarter exactly on schedule → 4 + 2", { ...FULL, progress_q4: 1 }, "6"],
  [
    "every quarter ahead of schedule: capped at 100% → 6",
    { progress_q1: 0.3, progress_q2: 0.6, progress_q3: 0.8, progress_q4: 1 },
    "6",
  ],
  ["nothing spent → 0", { progress_q1: 0, progress_q2: 0, progress_q3: 0, progress_q4: 0 }, "0"],
  // 0.8 × 4 = 3.2; mean 80% × 2 = 1.6; 4.8
  [
    "every quarter at 80% of schedule",
    { progress_q1: 0.2, progress_q2: 0.4, progress_q3: 0.6, progress_q4: 0.8 },
    "4.8",
  ],
  // Capping: q1 30/25 = 120% counts as 100%; 1 + 0.6 + 0.6 + 0.6 = 2.8; mean 70% × 2 = 1.4; 4.2 (uncapped would be 4.5).
  [
    "q1 ahead (120%) is capped before the mean",
    { progress_q1: 0.3, progress_q2: 0.3, progress_q3: 0.45, progress_q4: 0.6 },
    "4.2",
  ],
  // 1 + 1 + 0.8636 + 1 = 3.8636; mean 96.59% × 2 = 1.9318; 5.7954 → 5.8
  ["the seed with q4 at 100%", { progress_q4: 1 }, "5.8"],
  // q2 49.99/50 = 99.98%; 3.9998; mean 99.995% → 100% × 2 = 2; 5.9998 → 6
  ["q2 just short of schedule: 5.9998 → 6", { ...FULL, progress_q2: 0.4999, progress_q4: 1 }, "6"],
  // 3 + 0.79 = 3.79; mean 94.75% × 2 = 1.895; 5.685 → half-up 5.69 (half-even would give 5.68)
  ["q4 at 79%: 5.685 → 5.69", { ...FULL, progress_q4: 0.79 }, "5.69"],
  // 1 + 1 + 0.8 + 0.8166 = 3.6166; mean 90.415% → half-up 90.42% × 2 = 1.8084; 5.425 → 5.43
  // (without rounding the mean to 0.01% the sum would be 5.4249 → 5.42).
  ["q3 60%, q4 81.66%: the mean rounded half-up, then 5.425 → 5.43", { progress_q3: 0.6, progress_q4: 0.8166 }, "5.43"],
  ["a rate typed as a percentage", { progress_q4: "79.14%" }, "5.48"],
  ["a progress above 100% is an issue", { progress_q4: 1.02 }, "null"],
];

describe("3.2.1 预算执行率", () => {
  it.each(CASES)("%s", (_description, overrides, expected) => {
    expect(scoreOf("3.2.1", overrides)).toBe(expected);
  });

  it("shows each 执行率, the mean and the rounding", () => {
    expect(row(score({ progress_q3: 0.6, progress_q4: 0.8166 }), "3.2.1").reasons).toEqual([
      "第3项：三季度预算执行率 = 60% ÷ 75% = 80%，按 80% × 1 分计，得 0.8 分，扣 0.2 分",
      "第4项：四季度预算执行率 = 81.66% ÷ 100% = 81.66%，按 81.66% × 1 分计，得 0.8166 分，扣 0.1834 分",
      "第5项：全年平均执行率 =（100% + 100% + 80% + 81.66%）÷ 4 = 90.42%，按 90.42% × 2 分计，得 1.8084 分，扣 0.1916 分",
      "合计 5.425 分，四舍五入保留两位小数为 5.43 分",
    ]);
  });
});
